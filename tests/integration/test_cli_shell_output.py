"""In-process: the text tables people read line up on a terminal whatever script the names are
written in (a Japanese name takes two columns per character, an accent none)."""

from __future__ import annotations

import unicodedata

from tests.support.cli import Cli


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes (wide East Asian: 2; combining marks: 0)."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def test_customer_table_lines_up_with_wide_and_combining_characters(cli: Cli) -> None:
    emails = {
        "山田 花子": "hanako@example.jp",
        "Ada Lovelace": "ada@example.com",
        "Zoe\u0301 Martin": "zoe@example.fr",  # e + combining acute
    }
    for name, email in emails.items():
        cli.register(name, email)
    lines = cli.ok("customer", "search", "example").stdout.splitlines()
    header, rows = lines[0], lines[2:]
    assert len(rows) == 3
    email_column = columns(header[: header.index("email")])
    for row, email in ((row, next(e for e in emails.values() if e in row)) for row in rows):
        assert columns(row[: row.index(email)]) == email_column, "\n".join(lines)
