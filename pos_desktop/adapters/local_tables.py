"""The table-files port (services/file_ports.py) on this computer's file system.

Stateless, so it pickles into the customer import's worker processes. Thread rule: as
``TableFile`` and ``table_writer``: a table belongs to the thread that opened it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from pos_desktop.adapters.table_files import TableFile
from pos_desktop.adapters.table_writers import table_writer
from pos_desktop.domain.tables import RowSink


class LocalTableFiles:
    def open(self, path: Path, encoding: str | None = None) -> TableFile:
        return TableFile(path, encoding)

    @contextmanager
    def writer(self, path: Path, kind: str, headers: Sequence[str]) -> Iterator[RowSink]:
        with table_writer(path, kind, headers) as write:
            yield write
