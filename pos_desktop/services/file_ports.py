"""The file ports: reading and writing the tables people exchange (CSV, XLSX), and writing a
document whole.

Imports, exports and the journal depend on these Protocols, not on the file system: bootstrap
gives them ``adapters/local_tables.py`` (``LocalTableFiles``) and ``adapters/file_output.py``
(``write_whole``). The values they pass around (``TableInfo``, rows, ``UnreadableRow``) are in
domain/tables.py.

Thread rule: every call does file I/O; call from a worker or the CLI, never the UI thread. A
table source belongs to the thread that opened it. A ``TableFiles`` is handed to import worker
processes, so an implementation must pickle.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

from pos_desktop.domain.tables import NotedRecord, Record, RowSink, TableInfo


class TableSource(Protocol):
    """An opened CSV or XLSX file: ``info`` (headers, detected encoding), then rows streamed."""

    @property
    def info(self) -> TableInfo: ...

    def rows(self) -> Iterator[Record]: ...

    def noted_rows(self) -> Iterator[NotedRecord]: ...


class TableFiles(Protocol):
    def open(self, path: Path, encoding: str | None = None) -> TableSource:
        """The table in ``path`` (``encoding``: a CSV's, as a person named it; ``None``:
        detected); raises ``ValidationError`` on the field ``file`` when it cannot be read."""
        ...

    def writer(
        self, path: Path, kind: str, headers: Sequence[str]
    ) -> AbstractContextManager[RowSink]:
        """Rows written as they come (``kind``: csv or xlsx), every cell spreadsheet-safe; the
        file is complete when the block ends."""
        ...


class FileWriter(Protocol):
    """Writes ``data`` to ``path`` whole or not at all; returns the path."""

    def __call__(self, path: Path, data: bytes, /) -> Path: ...
