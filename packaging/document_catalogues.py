"""The documents' catalogues: what receipts, invoice and credit note PDFs and emails say.

    python packaging/document_catalogues.py     # what `make translations` runs after the UI's

Babel reads every module of pos_desktop/ for ``gettext("...")``, ``_("...")`` and
``N_("...")`` (the UI's ``tr`` is Qt's, not these) and writes the template
resources/i18n/documents/documents.pot; each resources/i18n/documents/<code>.po is updated
from it: new messages added empty, translations kept, messages gone from the code dropped.
Each message names the modules that ask for it (no line numbers: an edit elsewhere in a module
does not touch the catalogues). The app reads the .po files as they are
(adapters/document_catalogues.py): no compiled file.
tests/unit/test_document_catalogues.py fails while a message of the code lacks a translation
in any language, or a translation lost a placeholder. See docs/translations.md.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "i18n" / "documents"
#: The languages with a catalogue (English is the source: the text in the code).
LANGUAGES = ("de", "fr", "es", "it", "nl", "pl")
KEYWORDS = {"gettext": None, "_": None, "N_": None}


def messages(root: Path = ROOT) -> dict[str, list[str]]:
    """msgid -> the places (``path:line``) that ask for it, in the order found."""
    from babel.messages.extract import extract_from_file  # noqa: PLC0415 - a tool, not the app

    found: dict[str, list[str]] = {}
    for path in sorted((root / "pos_desktop").rglob("*.py")):
        if "pos_desktop/ui/" in path.as_posix():
            continue  # the UI's text goes through Qt's tr (packaging/translations.py)
        for line, message, _comments, _context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            if isinstance(message, str) and message:
                where = f"{path.relative_to(root).as_posix()}:{line}"
                found.setdefault(message, []).append(where)
    return found


def update(folder: Path = FOLDER, root: Path = ROOT) -> None:
    from babel.messages.catalog import Catalog  # noqa: PLC0415 - see messages
    from babel.messages.pofile import read_po, write_po  # noqa: PLC0415

    template = Catalog(project="Booth POS documents", fuzzy=False)
    for message, places in messages(root).items():
        where = [(path, int(line)) for path, line in (p.rsplit(":", 1) for p in places)]
        template.add(message, locations=where)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "documents.pot").open("wb") as stream:
        write_po(stream, template, width=100, omit_header=True, include_lineno=False)
    for code in LANGUAGES:
        path = folder / f"{code}.po"
        if path.exists():
            with path.open("rb") as stream:
                catalog = read_po(stream, locale=code)
        else:
            catalog = Catalog(locale=code, project="Booth POS documents", fuzzy=False)
        catalog.update(template, no_fuzzy_matching=True)
        with path.open("wb") as stream:
            write_po(
                stream,
                catalog,
                width=100,
                omit_header=True,
                ignore_obsolete=True,
                include_lineno=False,
            )


if __name__ == "__main__":
    update()
    for code in LANGUAGES:
        print(FOLDER / f"{code}.po")
