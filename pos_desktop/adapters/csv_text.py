"""CSV built in memory (a report, a journal) with every cell spreadsheet-safe.

Pure: it writes to the text stream it is given (a ``StringIO``), never to a file, so services
may use it directly (pyproject.toml's import contracts name it as allowed).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, Protocol

from pos_desktop.domain.spreadsheet_cells import Cell, safe_row


class _TextStream(Protocol):
    def write(self, text: str, /) -> Any: ...


class SafeCsvWriter:
    """``csv.writer`` whose rows are made spreadsheet-safe (for CSV built in memory)."""

    def __init__(self, stream: _TextStream) -> None:
        self._writer = csv.writer(stream)

    def writerow(self, row: Iterable[Cell]) -> None:
        self._writer.writerow(safe_row(row))

    def writerows(self, rows: Iterable[Iterable[Cell]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_csv_writer(stream: _TextStream) -> SafeCsvWriter:
    return SafeCsvWriter(stream)
