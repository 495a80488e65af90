"""The language of a document, decided where it is made: the receipt when it prints (a reprint
too), the invoice or credit note PDF when it is rendered, the email when it is queued.

The customer's record as it is at that moment decides (``domain/document_language.py``): their
language, else their country's. A sale without a customer, or a customer with neither, gets
the till's default: ``[documents] language``, else the exhibition's language, else English.
"""

from __future__ import annotations

from pos_desktop.adapters.document_catalogues import documents_text
from pos_desktop.config import DocumentSettings
from pos_desktop.domain.document_language import document_language
from pos_desktop.domain.document_text import DocumentText
from pos_desktop.storage.models import Customer, Exhibition


def default_language(documents: DocumentSettings | None, exhibition: Exhibition | None) -> str:
    """The till's default: the setting, else the exhibition's language (may be ``""``)."""
    chosen = documents.language if documents is not None else ""
    return chosen or (exhibition.language if exhibition is not None else "") or ""


def language_for(customer: Customer | None, default: str) -> str:
    if customer is None:
        return document_language(None, None, default)
    return document_language(customer.language, customer.country, default)


def text_for(customer: Customer | None, default: str) -> DocumentText:
    """The words and formats of ``customer``'s documents (``default``: the till's)."""
    return documents_text(language_for(customer, default))
