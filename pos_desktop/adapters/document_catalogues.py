"""The documents' catalogues: ``resources/i18n/documents/<code>.po``, read with Babel.

One gettext catalogue per language for what receipts, invoice and credit note PDFs and the
code-made parts of emails say (the emails' own paragraphs are templates per language:
``adapters/email_templates.py``). The ``.po`` files are read as they are, no compiled ``.mo``:
there is no build step to forget and no second file to fall out of step, and reading one
takes a few milliseconds, once per language per process. Fuzzy and empty entries are left
out, so their English shows. No Qt: the print loop, the outbox sender and the CLI use them.

``documents_text(language)`` gives the language's :class:`DocumentText` (English for a
language without a catalogue). Threading: the cache only gains complete, immutable values.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import MappingProxyType

from pos_desktop import resources_dir
from pos_desktop.domain.document_text import ENGLISH, DocumentText
from pos_desktop.domain.languages import LANGUAGES, SOURCE_LANGUAGE


def catalogue_dir() -> Path:
    return resources_dir() / "i18n" / "documents"


def read_catalogue(path: Path) -> dict[str, str]:
    """msgid -> msgstr of the finished entries of a ``.po`` file."""
    from babel.messages.pofile import read_po  # noqa: PLC0415 - loaded with the first document

    with path.open("rb") as stream:
        catalog = read_po(stream)
    return {
        str(message.id): str(message.string)
        for message in catalog
        if message.id and isinstance(message.id, str) and message.string and not message.fuzzy
    }


@cache
def documents_text(language: str) -> DocumentText:
    """The words and formats of documents in ``language`` (a code of ``LANGUAGES``)."""
    code = language.strip().replace("-", "_").split("_")[0].lower()
    if code == SOURCE_LANGUAGE or code not in LANGUAGES:
        return ENGLISH
    path = catalogue_dir() / f"{code}.po"
    messages = read_catalogue(path) if path.is_file() else {}
    return DocumentText(code, MappingProxyType(messages))
