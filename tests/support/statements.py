"""The SQL a piece of code sends, for tests that count round trips."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, event


@contextmanager
def recorded_statements(engine: Engine) -> Iterator[list[str]]:
    """Every statement ``engine`` executes inside the block, as text, in order."""
    statements: list[str] = []

    def remember(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", remember)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", remember)
