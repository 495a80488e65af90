"""Writing tables people open in a spreadsheet: CSV (UTF-8 with BOM, so Excel reads accents)
and XLSX (openpyxl's write-only mode: rows go to disk as they come, memory stays flat).

Every cell written here, headers included, passes ``safe_cell`` (domain/spreadsheet_cells.py):
text a spreadsheet would run as a formula arrives as text. That is why every CSV or XLSX the
app writes goes through :func:`table_writer` or :func:`safe_csv_writer`.

Thread rule: a writer belongs to the thread that opened it (the export or import worker).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.spreadsheet_cells import Cell, safe_row

FORMATS = ("csv", "xlsx")


class RowSink(Protocol):
    def __call__(self, row: Sequence[Cell]) -> None: ...


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


def format_for(path: Path, requested: str | None = None) -> str:
    """``--format`` if given, else the file's extension; CSV when neither says."""
    kind = (requested or path.suffix.lstrip(".") or "csv").lower()
    if kind not in FORMATS:
        raise ValidationError.single("format", f"{kind!r} is not one of {', '.join(FORMATS)}")
    return kind


@contextmanager
def table_writer(path: Path, kind: str, headers: Sequence[str]) -> Iterator[RowSink]:
    """Rows written as they are produced; the file is complete when the block ends."""
    try:
        if kind == "xlsx":
            from openpyxl import Workbook  # noqa: PLC0415 (only XLSX pays for the import)

            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            sheet.append(safe_row(headers))
            yield lambda row: sheet.append(safe_row(row))
            book.save(path)
            return
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = SafeCsvWriter(stream)
            writer.writerow(headers)
            yield writer.writerow
    except OSError as error:
        raise ValidationError.single(
            "file", f"{path} cannot be written: {error.strerror}"
        ) from None
