"""Cells that a spreadsheet would run as a formula are written as text.

A customer named ``=HYPERLINK("http://evil", "click")`` or a note starting with ``@SUM(...)``
must not become a formula in the manager's Excel: cells starting with ``=``, ``+``, ``-``,
``@`` (or a tab or carriage return, which some programs skip before looking) get a leading
apostrophe. The import strips it again, so an export imports back unchanged.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_STARTS) else value
