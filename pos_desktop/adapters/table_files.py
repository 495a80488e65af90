"""Reading spreadsheets people send: CSV of any common dialect and encoding, and XLSX.

Everything streams: a file is read once to detect its encoding (adapters/text_encoding.py) and
then row by row, so memory stays flat for any file size. Rows come as ``(row number, cells)``
where the row number is what a spreadsheet shows (the header is row 1; a CSV record spanning
several lines is numbered by its first line), so a person can find the row a report names;
``noted_rows`` adds what to check about a row's encoding (mixed, guessed, bytes replaced).

Thread rule: a ``TableFile`` is used by one thread (the import worker).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from pos_desktop.adapters.text_encoding import DecodedLines, Encoding, detect
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.tables import NotedRecord, Record, TableInfo, UnreadableRow

SAMPLE_LINES, SAMPLE_CHARS = 200, 64 * 1024  # for the delimiter
DELIMITERS = ",;\t|"
FIELD_LIMIT = 1 << 20  # one cell may hold at most 1 MB (a longer one is a broken row)
_XLSX_MAGIC = b"PK\x03\x04"
__all__ = ["NotedRecord", "Record", "TableFile", "TableInfo", "UnreadableRow", "detect_delimiter"]


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
    """A CSV or XLSX file: ``info`` first (headers), then ``rows()`` streamed.

    ``encoding`` names a CSV's encoding instead of detecting it (a person who knows better).
    """

    def __init__(self, path: Path, encoding: str | None = None) -> None:
        self.path = path
        try:
            with path.open("rb") as stream:
                magic = stream.read(4)
        except OSError as error:
            raise ValidationError.single(
                say("file"), say("cannot be read: {why}", why=error.strerror)
            ) from None
        self._xlsx = magic == _XLSX_MAGIC or path.suffix.lower() in {".xlsx", ".xlsm"}
        self._encoding = None if self._xlsx else detect(path, encoding)
        self.info = self._xlsx_info() if self._xlsx else self._csv_info()

    # --------------------------------------------------------------------------------- CSV

    def _csv_info(self) -> TableInfo:
        encoding = self._encoding
        assert encoding is not None
        with _lines(self.path, encoding) as lines:
            delimiter = detect_delimiter(_sample(lines))
        headers: tuple[str, ...] = ()
        for _row, cells, _note in self._csv_records(delimiter, skip_header=False):
            if isinstance(cells, list):
                headers = _unique_headers(cells)
                break
        if not headers:
            raise ValidationError.single(say("file"), say("has no header row (it is empty)"))
        return TableInfo("csv", encoding.shown, delimiter, headers, encoding.note)

    def _csv_records(self, delimiter: str, *, skip_header: bool) -> Iterator[NotedRecord]:
        assert self._encoding is not None
        csv.field_size_limit(FIELD_LIMIT)
        with _lines(self.path, self._encoding) as lines:
            yield from _records(lines, delimiter, skip_header=skip_header)

    # -------------------------------------------------------------------------------- XLSX

    def _xlsx_info(self) -> TableInfo:
        for _row, cells in self._xlsx_records(skip_header=False):
            return TableInfo("xlsx", None, None, _unique_headers(cells))
        raise ValidationError.single(
            say("file"), say("has no header row (the first sheet is empty)")
        )

    def _xlsx_records(self, *, skip_header: bool) -> Iterator[tuple[int, list[str]]]:
        from openpyxl import load_workbook  # noqa: PLC0415 (only XLSX imports pay for it)

        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise ValidationError.single(
                say("file"),
                say(
                    "is not a readable XLSX workbook ({kind}: {error})",
                    kind=type(error).__name__,
                    error=str(error),
                ),
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
        for number, cells, _note in self.noted_rows():
            yield number, cells

    def noted_rows(self) -> Iterator[NotedRecord]:
        """``rows()``, each with what to check about its encoding (``None`` for most)."""
        if self._xlsx:
            for number, cells in self._xlsx_records(skip_header=True):
                yield number, cells, None
        else:
            assert self.info.delimiter is not None
            yield from self._csv_records(self.info.delimiter, skip_header=True)


@contextmanager
def _lines(path: Path, encoding: Encoding) -> Iterator[Iterator[str]]:
    """A CSV's lines as text: the whole file decoded as text when it is one clean encoding (the
    fast path), else line by line with notes (``DecodedLines``, text_encoding.py)."""
    if encoding.by_line:
        with closing(DecodedLines(path, encoding)) as lines:
            yield lines
    else:
        with path.open(encoding=encoding.codec, errors="replace", newline="") as text:
            yield text


def _sample(lines: Iterator[str]) -> str:
    """The first lines, up to 64 KB, for guessing the delimiter."""
    taken: list[str] = []
    size = 0
    for text in islice(lines, SAMPLE_LINES):
        taken.append(text)
        size += len(text)
        if size >= SAMPLE_CHARS:
            break
    return "".join(taken)


class _LineCounter:
    """Counts physical lines as the CSV reader pulls them, to number records by first line,
    and gathers the notes of the lines of the record being read (``DecodedLines`` only)."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self._noted = lines if isinstance(lines, DecodedLines) else None
        self.lines = 0
        self.notes: list[str] = []

    def __iter__(self) -> _LineCounter:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.lines += 1
        if self._noted is not None and self._noted.note is not None:
            self.notes.append(self._noted.note)
        return line.replace("\x00", "")  # NUL bytes: never meant, and older csv refuses them

    def take_notes(self) -> str | None:
        if not self.notes:
            return None
        notes = list(dict.fromkeys(self.notes))
        self.notes.clear()
        return notes[0] if len(notes) == 1 else "; ".join(notes)  # one: still a Phrase


def _records(lines: Iterator[str], delimiter: str, *, skip_header: bool) -> Iterator[NotedRecord]:
    counter = _LineCounter(lines)
    reader = csv.reader(counter, delimiter=delimiter)
    header_seen = False
    while True:
        start = counter.lines + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            note = counter.take_notes()
            if header_seen:
                reason = say("unreadable row: {error}", error=str(error))
                yield start, UnreadableRow(start, reason), note
            continue
        note = counter.take_notes()
        if not any(c.strip() for c in cells):
            continue
        if not header_seen:
            header_seen = True
            if skip_header:
                continue
        yield start, cells, note


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
