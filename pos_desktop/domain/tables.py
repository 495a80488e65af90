"""Tables people exchange as files (CSV, XLSX), as values: what was detected about a file, its
rows, and the format a name asks for.

The reading and writing is I/O and lives in adapters/table_files.py and table_writers.py; the
services see them through the table-files port (services/file_ports.py) and these values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Protocol

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.spreadsheet_cells import Cell

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True, slots=True)
class TableInfo:
    """What was detected, shown in the wizard and the report so a surprise is visible."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    headers: tuple[str, ...]
    #: Mixed or guessed encoding: what to check before importing (``None``: nothing).
    encoding_note: str | None = None


@dataclass(frozen=True, slots=True)
class UnreadableRow:
    """A record the CSV parser gave up on; the importer rejects it and goes on."""

    row: int
    reason: str


#: A data row: its number and its cells, or why it could not be read.
Record = tuple[int, list[str] | UnreadableRow]
#: The same with what to check about the row's encoding (``None``: nothing).
NotedRecord = tuple[int, list[str] | UnreadableRow, str | None]


class RowSink(Protocol):
    """Takes one row of a table being written."""

    def __call__(self, row: Sequence[Cell]) -> None: ...


def format_for(path: PurePath, requested: str | None = None) -> str:
    """``--format`` if given, else the file's extension; CSV when neither says."""
    kind = (requested or path.suffix.lstrip(".") or "csv").lower()
    if kind not in FORMATS:
        raise ValidationError.single(
            say("format"),
            say("{value!r} is not one of {allowed}", value=kind, allowed=", ".join(FORMATS)),
        )
    return kind
