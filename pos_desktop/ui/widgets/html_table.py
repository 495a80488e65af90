"""A report's table as rich text for a ``QTextBrowser``: first column left, figures right."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape


def html_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def cells(row: Sequence[str], tag: str) -> str:
        return "".join(
            f"<{tag} align='{'left' if i == 0 else 'right'}'>{escape(cell)}</{tag}>"
            for i, cell in enumerate(row)
        )

    body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in rows)
    return (
        "<table cellspacing='0' cellpadding='4' border='1'>"
        f"<tr>{cells(headers, 'th')}</tr>{body}</table>"
    )
