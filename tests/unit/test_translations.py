"""The UI's catalogues (resources/i18n/): every language complete and in step with the code,
and the committed .qm files compiled from the .ts files as they are.

Runs pyside6-lupdate / pyside6-lrelease (they ship with PySide6) into a temporary folder.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "i18n"
_spec = importlib.util.spec_from_file_location(
    "translations", ROOT / "packaging" / "translations.py"
)
assert _spec is not None and _spec.loader is not None
translations: ModuleType = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

Key = tuple[str, str]  # (context, source text)
PLACEHOLDER = re.compile(r"\{\w+\}")
#: Every language with a catalogue: none may have an unfinished or missing entry.
COMPLETE = translations.LANGUAGES


def messages(ts_file: Path) -> dict[Key, tuple[str, bool]]:
    """(context, source) -> (translation, unfinished) of a .ts file."""
    found: dict[Key, tuple[str, bool]] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            unfinished = translation.get("type") == "unfinished"
            found[(name, message.findtext("source") or "")] = (translation.text or "", unfinished)
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[Key]:
    """What lupdate finds in the code now (into a new, empty catalogue)."""
    folder = tmp_path_factory.mktemp("lupdate")
    ts_file = folder / "now.ts"
    translations.extract([ts_file])
    return set(messages(ts_file))


@pytest.mark.parametrize("code", translations.LANGUAGES)
def test_each_catalogue_has_every_string_of_the_code_and_no_other(
    code: str, extracted: set[Key]
) -> None:
    found = set(messages(CATALOGUES / f"pos_desktop_{code}.ts"))
    assert extracted - found == set(), "strings of the code not in the catalogue: make translations"
    assert found - extracted == set(), "strings no longer in the code: make translations"
    assert len(extracted) > 90  # the sidebar, the checkout, the payment dialog at least


@pytest.mark.parametrize("code", COMPLETE)
def test_a_complete_catalogue_has_no_unfinished_or_empty_translation(code: str) -> None:
    found = messages(CATALOGUES / f"pos_desktop_{code}.ts")
    unfinished = [key for key, (_text, open_) in found.items() if open_]
    empty = [key for key, (text, _open) in found.items() if not text.strip()]
    assert unfinished == [] and empty == []


@pytest.mark.parametrize("code", COMPLETE)
def test_translations_keep_the_placeholders_of_the_source(code: str) -> None:
    """``{amount}`` is filled after the translation: a lost or renamed one would fail there."""
    found = messages(CATALOGUES / f"pos_desktop_{code}.ts")
    wrong = {
        source: text
        for (_context, source), (text, _open) in found.items()
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    }
    assert wrong == {}


@pytest.mark.parametrize("code", translations.LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_committed_ts(code: str, tmp_path: Path) -> None:
    if shutil.which(translations.tool("pyside6-lrelease")) is None:
        pytest.fail("pyside6-lrelease is missing: it ships with PySide6")
    built = tmp_path / f"{code}.qm"
    translations.compile_catalogue(CATALOGUES / f"pos_desktop_{code}.ts", built)
    committed = CATALOGUES / f"pos_desktop_{code}.qm"
    assert committed.read_bytes() == built.read_bytes(), "run: make translations"
