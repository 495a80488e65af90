"""The UI's translation catalogues: extract the strings (lupdate), compile them (lrelease).

    python packaging/translations.py          # what `make translations` runs
    python packaging/translations.py --take OTHER.ts [OTHER.ts ...]
                                              # fill unfinished entries from a translator's file

``pyside6-lupdate`` reads every module of pos_desktop/ui/ and updates
resources/i18n/pos_desktop_<code>.ts (new strings added as unfinished, translations kept,
strings gone from the code dropped); ``pyside6-lrelease`` compiles each .ts into the .qm the
app loads. Both .ts and .qm are committed, so a checkout runs without this step; a test
(tests/unit/test_translations.py) fails when a .qm is older than its .ts or a string of the
code lacks its German. See docs/translations.md.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "i18n"
#: The languages with a catalogue (English is the source: the text in the code).
LANGUAGES = ("de", "fr", "es", "it", "nl", "pl")
#: ``tr(context, text)`` (pos_desktop/ui/i18n.py) is read as ``QCoreApplication.translate``;
#: ``say(template, ...)`` (pos_desktop/domain/phrases.py), the services' messages, as a
#: ``QT_TR_NOOP`` outside any class: the empty context, where ``said`` looks them up.
LUPDATE_OPTIONS = (
    "-tr-function-alias",
    "translate+=tr,QT_TR_NOOP+=say",
    "-locations",
    "none",
    "-no-obsolete",
)
#: The folders whose modules hold texts people read: the UI's, and the services' messages.
SOURCE_FOLDERS = ("ui", "domain", "services", "adapters", "config", "bootstrap")


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def sources(root: Path = ROOT) -> list[str]:
    package = root / "pos_desktop"
    found = (p for folder in SOURCE_FOLDERS for p in (package / folder).rglob("*.py"))
    return sorted(str(p.relative_to(root)) for p in found)


def catalogue(code: str, suffix: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"pos_desktop_{code}{suffix}"


def extract(ts_files: list[Path], root: Path = ROOT) -> None:
    """Update (or create) ``ts_files`` with the strings of the code now."""
    command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *sources(root), "-ts"]
    run = [*command, *map(str, ts_files)]
    subprocess.run(run, cwd=root, check=True, capture_output=True)  # noqa: S603 - no shell
    for ts_file in ts_files:
        _drop_comments(ts_file)


#: lupdate reads ``#:`` as a note to translators; ours document attributes and constants, and
#: lupdate pins them on whichever string follows, where they mislead: dropped.
_COMMENT = re.compile(r"\n\s*<extracomment>.*?</extracomment>", re.DOTALL)


def _drop_comments(ts_file: Path) -> None:
    text = ts_file.read_text(encoding="utf-8")
    kept = _COMMENT.sub("", text)
    if kept != text:
        ts_file.write_text(kept, encoding="utf-8")


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(  # noqa: S603 - our own argument list, no shell
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def _language(ts_file: Path) -> str:
    return ET.parse(ts_file).getroot().get("language", "").split("_")[0]  # noqa: S314 - ours


def take(others: list[Path], folder: Path = CATALOGUES) -> int:
    """Fill the unfinished entries of our catalogues from ``others`` (a translator's file, or
    a branch's): the same language, the same context and source text. Returns how many."""
    done: dict[str, dict[tuple[str, str], str]] = {}
    for other in others:
        found = done.setdefault(_language(other), {})
        for context in ET.parse(other).getroot().iter("context"):  # noqa: S314 - ours
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                text = message.find("translation")
                if text is not None and text.get("type") is None and text.text:
                    found[(name, message.findtext("source") or "")] = text.text
    filled = 0
    for code, found in done.items():
        ts_file = catalogue(code, ".ts", folder)
        tree = ET.parse(ts_file)  # noqa: S314 - ours
        for context in tree.getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                text = message.find("translation")
                key = (name, message.findtext("source") or "")
                if text is not None and text.get("type") == "unfinished" and key in found:
                    text.text = found[key]
                    del text.attrib["type"]
                    filled += 1
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--take", nargs="+", type=Path, default=[], metavar="OTHER.ts")
    options = parser.parse_args()
    ts_files = [catalogue(code, ".ts") for code in LANGUAGES]
    extract(ts_files)  # the code's strings first: what is taken may be new to the catalogue
    if options.take:
        print(f"{take(options.take)} translations taken")
        extract(ts_files)  # lupdate's own layout again
    for code in LANGUAGES:
        compile_catalogue(catalogue(code, ".ts"), catalogue(code, ".qm"))
        print(f"{catalogue(code, '.qm').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
