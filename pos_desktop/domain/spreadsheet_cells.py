"""Cells that a spreadsheet would run as a formula are written as text.

A customer named ``=HYPERLINK("http://evil", "click")`` or a note starting with ``@SUM(...)``
must not become a formula in the manager's Excel: cells starting with ``=``, ``+``, ``-``,
``@`` (or a tab or carriage return, which some programs skip before looking), and their
full-width forms ``＝ ＋ － ＠`` (a Japanese or Chinese Excel takes those for the ASCII ones),
get a leading apostrophe. The import strips it again, so an export imports back unchanged.

A plain negative number (``-12.50``) stays as it is: it is no formula, and a refund total that
arrived as text would no longer add up in the accountant's sheet.

Every file the app writes goes through :func:`safe_cell` (adapters/table_writers.py does it for
each row), so a new export cannot forget it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
#: What a neutralised cell starts with; the import removes the apostrophe again.
NEUTRALISED_STARTS = tuple("'" + start for start in FORMULA_STARTS)
_NEGATIVE_NUMBER = re.compile(r"-\d+(?:\.\d+)?")

Cell = str | int | float | None


def neutralise(value: str) -> str:
    """``value``, with an apostrophe in front if a spreadsheet would read it as a formula."""
    if not value.startswith(FORMULA_STARTS) or _NEGATIVE_NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_cell(value: Cell) -> Cell:
    """Text neutralised; numbers and empty cells as they are (no number is a formula)."""
    return neutralise(value) if isinstance(value, str) else value


def safe_row(values: Iterable[Cell]) -> list[Cell]:
    return [neutralise(v) if isinstance(v, str) else v for v in values]


def restore(value: str) -> str:
    """A cell as it was before :func:`neutralise` (for reading an export back in)."""
    return value[1:] if value.startswith(NEUTRALISED_STARTS) else value
