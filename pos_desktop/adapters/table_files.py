"""Reading spreadsheets people send: CSV of any common dialect and encoding, and XLSX.

Everything streams: a file is read once to detect its encoding (in 1 MB chunks) and then row
by row, so memory stays flat for any file size. Rows come as ``(row number, cells)`` where the
row number is what a spreadsheet shows (the header is row 1; a CSV record spanning several
lines is numbered by its first line), so a person can find the row a report names.

Thread rule: a ``TableFile`` is used by one thread (the import worker).
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from pos_desktop.domain.errors import ValidationError

CHUNK = 1 << 20
SAMPLE = 64 * 1024
DELIMITERS = ",;\t|"
FIELD_LIMIT = 1 << 20  # one cell may hold at most 1 MB (a longer one is a broken row)
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_XLSX_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True, slots=True)
class TableInfo:
    """What was detected, shown in the wizard and the report so a surprise is visible."""

    kind: str  # "csv" or "xlsx"
    encoding: str | None
    delimiter: str | None
    headers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnreadableRow:
    """A record the CSV parser gave up on; the importer rejects it and goes on."""

    row: int
    reason: str


#: A data row: its number and its cells, or why it could not be read.
Record = tuple[int, list[str] | UnreadableRow]


def detect_encoding(path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252, else Latin-1.

    The whole file is checked, chunk by chunk: one é in row 90,000 decides as much as one in
    the header. Windows-1252 and Latin-1 differ only in 0x80-0x9F, where Latin-1 has control
    characters nobody types, so Latin-1 is chosen only when a byte undefined in 1252 appears.
    """
    with path.open("rb") as stream:
        head = stream.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        stream.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        undefined_1252 = False
        is_utf8 = True
        while chunk := stream.read(CHUNK):
            if is_utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    is_utf8 = False
            if not is_utf8 and not undefined_1252:
                undefined_1252 = not _CP1252_UNDEFINED.isdisjoint(chunk)
            if not is_utf8 and undefined_1252:
                break
        if is_utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                is_utf8 = False
    if is_utf8:
        return "utf-8"
    return "latin-1" if undefined_1252 else "cp1252"


def detect_delimiter(sample: str) -> str:
    """The candidate that splits the first lines into the same number (> 1) of cells, most
    cells first; a one-column file gets a comma."""
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", 0
    for candidate in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines[:10], delimiter=candidate)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        consistent = sum(1 for c in counts if c == counts[0])
        score = consistent * 1000 + counts[0]
        if score > best_score:
            best, best_score = candidate, score
    return best


def _cell_text(value: object) -> str:
    """XLSX values as a person would have typed them: 49301234 not 49301234.0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class TableFile:
    """A CSV or XLSX file: ``info`` first (headers), then ``rows()`` streamed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with path.open("rb") as stream:
                magic = stream.read(4)
        except OSError as error:
            raise ValidationError.single("file", f"cannot be read: {error.strerror}") from None
        self._xlsx = magic == _XLSX_MAGIC or path.suffix.lower() in {".xlsx", ".xlsm"}
        self.info = self._xlsx_info() if self._xlsx else self._csv_info()

    # --------------------------------------------------------------------------------- CSV

    def _csv_info(self) -> TableInfo:
        encoding = detect_encoding(self.path)
        with self.path.open(encoding=encoding, errors="replace", newline="") as text:
            sample = text.read(SAMPLE)
        delimiter = detect_delimiter(sample)
        headers: tuple[str, ...] = ()
        for _row, cells in self._csv_records(encoding, delimiter, skip_header=False):
            if isinstance(cells, list):
                headers = _unique_headers(cells)
                break
        if not headers:
            raise ValidationError.single("file", "has no header row (it is empty)")
        return TableInfo("csv", encoding, delimiter, headers)

    def _csv_records(self, encoding: str, delimiter: str, *, skip_header: bool) -> Iterator[Record]:
        csv.field_size_limit(FIELD_LIMIT)
        with self.path.open(encoding=encoding, errors="replace", newline="") as text:
            yield from _records(text, delimiter, skip_header=skip_header)

    # -------------------------------------------------------------------------------- XLSX

    def _xlsx_info(self) -> TableInfo:
        for _row, cells in self._xlsx_records(skip_header=False):
            return TableInfo("xlsx", None, None, _unique_headers(cells))
        raise ValidationError.single("file", "has no header row (the first sheet is empty)")

    def _xlsx_records(self, *, skip_header: bool) -> Iterator[tuple[int, list[str]]]:
        from openpyxl import load_workbook  # noqa: PLC0415 (only XLSX imports pay for it)

        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise ValidationError.single(
                "file", f"is not a readable XLSX workbook ({type(error).__name__}: {error})"
            ) from None
        try:
            sheet = book.worksheets[0]
            header_seen = False
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell_text(v) for v in values]
                if not any(c.strip() for c in cells):
                    continue
                if not header_seen:
                    header_seen = True
                    if skip_header:
                        continue
                yield number, cells
        finally:
            book.close()

    def rows(self) -> Iterator[Record]:
        """Data rows after the header; blank rows skipped. A CSV record the parser cannot read
        is yielded as ``UnreadableRow`` instead of stopping the file."""
        if self._xlsx:
            yield from self._xlsx_records(skip_header=True)
        else:
            assert self.info.encoding is not None and self.info.delimiter is not None
            yield from self._csv_records(self.info.encoding, self.info.delimiter, skip_header=True)


class _LineCounter:
    """Counts physical lines as the CSV reader pulls them, to number records by first line."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text
        self.lines = 0

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        line = next(self._text)
        self.lines += 1
        return line.replace("\x00", "")  # NUL bytes: never meant, and older csv refuses them


def _records(text: IO[str], delimiter: str, *, skip_header: bool) -> Iterator[Record]:
    counter = _LineCounter(text)
    reader = csv.reader(counter, delimiter=delimiter)
    header_seen = False
    while True:
        start = counter.lines + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if header_seen:
                yield start, UnreadableRow(start, f"unreadable row: {error}")
            continue
        if not any(c.strip() for c in cells):
            continue
        if not header_seen:
            header_seen = True
            if skip_header:
                continue
        yield start, cells


def _unique_headers(cells: list[str]) -> tuple[str, ...]:
    """Headers trimmed, blanks named ``Column N``, repeats numbered: a mapping needs each once."""
    seen: dict[str, int] = {}
    result = []
    for index, cell in enumerate(cells, start=1):
        name = cell.strip().lstrip("\ufeff") or f"Column {index}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        result.append(name)
    return tuple(result)
