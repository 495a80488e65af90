"""The documents speak seven languages completely: every message the receipt, PDF and email code
asks for has a translation in every catalogue (resources/i18n/documents/), keeping its
placeholders; every email template exists in every language with the same placeholders."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from string import Template
from types import ModuleType

import pytest
from babel.messages.pofile import read_po

from pos_desktop.adapters.document_catalogues import catalogue_dir, documents_text, read_catalogue
from pos_desktop.adapters.email_templates import SUBJECT_PREFIX
from pos_desktop.domain.document_text import ENGLISH
from pos_desktop.domain.languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "document_catalogues", ROOT / "packaging" / "document_catalogues.py"
)
assert _spec is not None and _spec.loader is not None
catalogues: ModuleType = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogues)

TRANSLATED = tuple(code for code in LANGUAGES if code != "en")
BRACES = re.compile(r"\{\w*\}")
EMAILS = ROOT / "resources" / "email"


@pytest.fixture(scope="module")
def asked() -> dict[str, list[str]]:
    """What the code asks for now (Babel's extraction, as the update script does it)."""
    found: dict[str, list[str]] = catalogues.messages(ROOT)
    return found


def test_the_code_asks_for_the_documents_words(asked: dict[str, list[str]]) -> None:
    """A sanity check of the extraction: the receipt, the PDFs and the emails are in it."""
    for message in ("TOTAL", "Till {terminal}", "INVOICE", "Seller", "at the booth", "Cash"):
        assert message in asked
    assert set(catalogues.LANGUAGES) == set(TRANSLATED)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_has_a_translation_keeping_its_placeholders(
    code: str, asked: dict[str, list[str]]
) -> None:
    translated = read_catalogue(catalogue_dir() / f"{code}.po")
    missing = [message for message in asked if not translated.get(message, "").strip()]
    assert missing == [], f"{code}.po lacks: run packaging/document_catalogues.py, translate"
    for message in asked:
        text = translated[message]
        assert sorted(BRACES.findall(text)) == sorted(BRACES.findall(message)), (code, message)
        assert text == text.strip(), (code, message)  # spaces around are the code's
    assert set(translated) == set(asked), "messages the code no longer asks for"


def test_the_template_is_in_step_with_the_code(asked: dict[str, list[str]]) -> None:
    assert set(read_catalogue_ids(catalogue_dir() / "documents.pot")) == set(asked)


def read_catalogue_ids(path: Path) -> list[str]:
    with path.open("rb") as stream:
        return [str(m.id) for m in read_po(stream) if m.id]


def test_english_is_the_text_of_the_code_and_an_unknown_language_is_english() -> None:
    assert documents_text("en") is ENGLISH
    assert documents_text("tlh") is ENGLISH
    assert documents_text("de-AT").language == "de"
    assert documents_text("pl").gettext("TOTAL") == "RAZEM"
    assert documents_text("pl").gettext("no such message") == "no such message"


def _placeholders(template: str) -> set[str]:
    return {m.group("named") or m.group("braced") for m in Template.pattern.finditer(template)} - {
        None
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_email_template_exists_in_every_language_with_its_placeholders(code: str) -> None:
    english = sorted(p.name for p in (EMAILS / "en").iterdir())
    assert sorted(p.name for p in (EMAILS / code).iterdir()) == english
    for name in english:
        theirs = (EMAILS / code / name).read_text(encoding="utf-8")
        ours = (EMAILS / "en" / name).read_text(encoding="utf-8")
        assert _placeholders(theirs) == _placeholders(ours), (code, name)
        if name.endswith(".txt"):
            subject = theirs.partition("\n")[0]
            assert subject.startswith(SUBJECT_PREFIX) and subject[len(SUBJECT_PREFIX) :].strip()
            assert _placeholders(subject) == _placeholders(ours.partition("\n")[0]), (code, name)
