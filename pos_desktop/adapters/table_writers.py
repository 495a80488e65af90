"""Writing tables people open in a spreadsheet: CSV (UTF-8 with BOM, so Excel reads accents)
and XLSX (openpyxl's write-only mode: rows go to disk as they come, memory stays flat).

Thread rule: a writer belongs to the thread that opened it (the export or import worker).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from pos_desktop.domain.errors import ValidationError

FORMATS = ("csv", "xlsx")


class RowSink(Protocol):
    def __call__(self, row: Sequence[str | int | float | None]) -> None: ...


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
            sheet.append(list(headers))
            yield lambda row: sheet.append(list(row))
            book.save(path)
            return
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow(headers)
            yield writer.writerow
    except OSError as error:
        raise ValidationError.single(
            "file", f"{path} cannot be written: {error.strerror}"
        ) from None
