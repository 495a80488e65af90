"""The customer display's words in the visitor's language, not the cashier's.

The display faces the visitor: once their card is scanned, it speaks the language of their
receipts (their record's, else their country's: ``domain/document_language.py``), while the
till around it stays in the cashier's. Qt's ``tr`` knows one language per process, so the
visitor's comes from a translator of our catalogue loaded for them (kept, one per language),
asked directly; their amounts are written their way too (``1.234,50``).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QTranslator

from pos_desktop.domain.languages import SOURCE_LANGUAGE
from pos_desktop.domain.money import amount_in, comma_locale, display_amount
from pos_desktop.ui.i18n import CATALOGUE_PREFIX, catalogue_dir, current_language, tr

CONTEXT = "CustomerDisplay"
_translators: dict[str, QTranslator | None] = {}


def _translator(language: str) -> QTranslator | None:
    if language not in _translators:
        translator = QTranslator()
        found = translator.load(f"{CATALOGUE_PREFIX}{language}", str(catalogue_dir()))
        _translators[language] = translator if found else None
    return _translators[language]


@dataclass(frozen=True, slots=True)
class VisitorWords:
    """Says the display's texts to one visitor; ``language`` ``None``: the till's own."""

    language: str | None = None

    def __call__(self, text: str) -> str:
        """``text`` (marked ``QT_TRANSLATE_NOOP("CustomerDisplay", ...)``) for the visitor."""
        language = self.language
        if language is None or language == current_language():
            return tr(CONTEXT, text)
        if language == SOURCE_LANGUAGE:
            return text
        translator = _translator(language)
        return (translator.translate(CONTEXT, text) if translator else "") or text

    def money(self, amount: Decimal, currency: str) -> str:
        """``25,00 EUR``: the amount with the currency, as the visitor writes numbers."""
        if self.language is None:
            return f"{display_amount(amount, currency)} {currency}"
        return f"{amount_in(amount, currency, comma_locale(self.language))} {currency}"
