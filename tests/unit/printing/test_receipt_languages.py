"""Receipts in the customer's language: every language fits every paper, English is as it always
was, and Polish letters reach the paper (its own code page, else spelled without accents)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from pos_desktop.adapters.document_catalogues import documents_text
from pos_desktop.adapters.printing.escpos_render import EscposOptions, render_escpos
from pos_desktop.domain.document_text import ENGLISH
from pos_desktop.domain.languages import LANGUAGES
from pos_desktop.domain.parties import REVERSE_CHARGE_NOTE
from pos_desktop.domain.receipt import Receipt, TextRow, receipt_layout, receipt_text
from tests.support.escpos_decoder import decode
from tests.support.receipts import sample_receipt


def every_mark(language: str) -> Receipt:
    """A credit note copy printed late, voided, with a buyer block and a reverse-charge note:
    every optional row of the layout at once."""
    text = documents_text(language)
    return dataclasses.replace(
        sample_receipt(copy=True),
        text=text,
        late=True,
        void=True,
        title="CREDIT NOTE",
        number_label="Credit note",
        refers_to="EXPO26-T1-000041",
        buyer=("Analytical Engines GmbH", "Ada Lovelace", "Unter den Linden 1", "10117 Berlin"),
        notes=(text.gettext(REVERSE_CHARGE_NOTE),),
        paid=Decimal(0),
        payments=(),
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("columns", [20, 32, 42, 48])
def test_every_language_fits_the_paper(language: str, columns: int) -> None:
    for block in receipt_layout(every_mark(language), columns):
        if isinstance(block, TextRow):
            limit = columns // 2 if block.large else columns
            assert len(block.text) <= max(limit, 10), (language, block.text)


def test_english_is_the_text_receipts_always_had() -> None:
    text = receipt_text(sample_receipt(), 42)
    assert dataclasses.replace(sample_receipt(), text=ENGLISH) == sample_receipt()
    assert "TOTAL          €80.30" in text
    assert "2026-05-04 14:03                   Till T1" in text
    assert "Prices include VAT (EUR)" in text and "Thank you for your visit!" in text


@pytest.mark.parametrize(
    ("language", "total", "date"),
    [
        ("de", "80,30 €", "04.05.2026 14:03"),
        ("fr", "80,30 €", "04/05/2026 14:03"),
        ("es", "80,30 €", "04/05/2026 14:03"),
        ("it", "80,30 €", "04/05/2026 14:03"),
        ("nl", "€ 80,30", "04-05-2026 14:03"),
        ("pl", "80,30 €", "04.05.2026 14:03"),
    ],
)
def test_money_and_dates_are_written_the_languages_way(
    language: str, total: str, date: str
) -> None:
    receipt = dataclasses.replace(sample_receipt(), text=documents_text(language))
    lines = receipt_text(receipt, 42).splitlines()
    assert any(line.endswith(total) for line in lines), lines
    assert any(line.startswith(date) for line in lines), lines
    assert "Thank you for your visit!" not in lines


@pytest.mark.parametrize(
    ("profile", "thanks", "name"),
    [
        ("default", "Dziękujemy za wizytę!", "Klient: Łukasz Wałęsa (7KX2M9P9)"),  # CP852
        ("simple", "Dziekujemy za wizyte!", "Klient: Lukasz Walesa (7KX2M9P9)"),  # CP437 only
    ],
)
def test_polish_letters_print_or_are_spelled_never_lost(
    profile: str, thanks: str, name: str
) -> None:
    receipt = dataclasses.replace(
        sample_receipt(customer="Łukasz Wałęsa"), text=documents_text("pl")
    )
    options = EscposOptions(profile=profile, columns=42, native_qr=profile == "default")
    slip = decode(render_escpos(receipt, options), profile)
    assert thanks in slip.lines and name in slip.lines
    assert "?" not in slip.text
    # No line drawn as a picture: the only image is the simple printer's QR.
    assert len(slip.images) == (profile == "simple")
