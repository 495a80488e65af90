"""Writing tables people open in a spreadsheet: CSV (UTF-8 with BOM, so Excel reads accents)
and XLSX (openpyxl's write-only mode: rows go to disk as they come, memory stays flat).

Every cell written here, headers included, passes ``safe_cell`` (domain/spreadsheet_cells.py):
text a spreadsheet would run as a formula arrives as text. That is why every CSV or XLSX the
app writes goes through :func:`table_writer` or :func:`safe_csv_writer` (adapters/csv_text.py).

Thread rule: a writer belongs to the thread that opened it (the export or import worker).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from pos_desktop.adapters.csv_text import SafeCsvWriter, safe_csv_writer
from pos_desktop.config.file_modes import private_opener
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.spreadsheet_cells import safe_row
from pos_desktop.domain.tables import FORMATS, RowSink, format_for

__all__ = ["FORMATS", "RowSink", "SafeCsvWriter", "format_for", "safe_csv_writer", "table_writer"]


@contextmanager
def table_writer(path: Path, kind: str, headers: Sequence[str]) -> Iterator[RowSink]:
    """Rows written as they are produced; the file is complete when the block ends.

    The file is opened first, readable by its owner only (customers' names and emails, the
    takings: like the database, config/file_modes.py): a target that cannot be written fails
    before any row is read, and XLSX never leaves a half-built workbook behind."""
    try:
        if kind == "xlsx":
            from openpyxl import Workbook  # noqa: PLC0415 (only XLSX pays for the import)

            with open(path, "wb", opener=private_opener) as target:
                book = Workbook(write_only=True)
                sheet = book.create_sheet()
                sheet.append(safe_row(headers))
                yield lambda row: sheet.append(safe_row(row))
                book.save(target)
            return
        with open(path, "w", encoding="utf-8-sig", newline="", opener=private_opener) as stream:
            writer = SafeCsvWriter(stream)
            writer.writerow(headers)
            yield writer.writerow
    except OSError as error:
        raise ValidationError.single(
            say("file"), say("{path} cannot be written: {why}", path=path, why=error.strerror)
        ) from None
