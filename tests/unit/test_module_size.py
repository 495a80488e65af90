"""No module under pos_desktop/ grows past 500 lines: a long module is a concept that wants its
own name (the team guide)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "pos_desktop"
LIMIT = 500


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _line in handle)


def test_no_module_is_over_the_limit() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): _lines(path) for path in sorted(PACKAGE.rglob("*.py"))
    }
    assert len(sizes) > 100  # the walk found the package
    too_long = {name: n for name, n in sizes.items() if n > LIMIT}
    assert too_long == {}, f"over {LIMIT} lines; split along a seam: {too_long}"
