"""The UI's translation catalogues: extract the strings (lupdate), compile them (lrelease).

    python packaging/translations.py          # what `make translations` runs

``pyside6-lupdate`` reads every module of pos_desktop/ui/ and updates
resources/i18n/pos_desktop_<code>.ts (new strings added as unfinished, translations kept,
strings gone from the code dropped); ``pyside6-lrelease`` compiles each .ts into the .qm the
app loads. Both .ts and .qm are committed, so a checkout runs without this step; a test
(tests/unit/test_translations.py) fails when a .qm is older than its .ts or a string of the
code lacks its German. See docs/translations.md.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "i18n"
#: The languages with a catalogue (English is the source: the text in the code).
LANGUAGES = ("de", "fr", "es", "it", "nl", "pl")
#: ``tr(context, text)`` (pos_desktop/ui/i18n.py) is read as ``QCoreApplication.translate``.
LUPDATE_OPTIONS = ("-tr-function-alias", "translate+=tr", "-locations", "none", "-no-obsolete")


def tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` beside this Python (the venv's), else on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def sources(root: Path = ROOT) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in (root / "pos_desktop" / "ui").rglob("*.py"))


def catalogue(code: str, suffix: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"pos_desktop_{code}{suffix}"


def extract(ts_files: list[Path], root: Path = ROOT) -> None:
    """Update (or create) ``ts_files`` with the strings of the code now."""
    command = [tool("pyside6-lupdate"), *LUPDATE_OPTIONS, *sources(root), "-ts"]
    run = [*command, *map(str, ts_files)]
    subprocess.run(run, cwd=root, check=True, capture_output=True)  # noqa: S603 - no shell


def compile_catalogue(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(  # noqa: S603 - our own argument list, no shell
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
    )


def main() -> None:
    extract([catalogue(code, ".ts") for code in LANGUAGES])
    for code in LANGUAGES:
        compile_catalogue(catalogue(code, ".ts"), catalogue(code, ".qm"))
        print(f"{catalogue(code, '.qm').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
