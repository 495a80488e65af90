"""An import file as batches of read and normalised rows, in file order: made in this process,
or by worker processes while the importing process writes the batches before them.

Why processes: normalising (phonenumbers, email-validator, countries) is pure Python, so
threads would take turns on one core. Why a plain ``python -c`` child and not multiprocessing:
a multiprocessing child imports the parent's main module again (the app or the CLI: SQLAlchemy,
every service, ~100 MB a child); this child imports the reading and normalising modules only
(~30 MB), and this module therefore imports nothing heavier at its top.

Protocol: the parent writes one pickled ``BatchSource`` and the worker's place (``workers``,
``index``) to the child's stdin; the child reads the whole file and normalises every
``workers``-th batch, writing ``("batch", SortedRows)`` per batch to its stdout, then
``("end", None)``, or ``("error", exception)`` if reading fails. The parent takes batches from
the workers in turn, so they come in file order. A pipe holds less than a batch, so a worker
is at most one batch ahead: memory stays flat for any file size.

Thread rule: a ``worker_batches`` iterator is used by the one thread running the import (it
keeps a thread of its own that receives the batches); closing it ends its workers and that
thread.
"""

from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Generator, Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pos_desktop
from pos_desktop.domain.import_mapping import ColumnMapping
from pos_desktop.domain.import_row import ImportedCustomer, RejectedRow, RowReader
from pos_desktop.domain.tables import NotedRecord, UnreadableRow
from pos_desktop.services.batch_garbage import batch_done, collector_paused
from pos_desktop.services.file_ports import TableFiles

#: The child's whole program: everything else it imports through this module.
_CHILD = "from pos_desktop.services.import_batches import serve; serve()"


@dataclass
class SortedRows:
    """A batch read: rows that make customers, rows turned down (and why), ragged rows, rows
    whose encoding a person should check (mixed or guessed: text_encoding.py)."""

    width: int
    candidates: list[tuple[int, ImportedCustomer]]
    turned_down: list[tuple[int, list[str] | UnreadableRow, RejectedRow]]
    extra_cells: list[int]
    encoding_notes: list[tuple[int, str]]

    @classmethod
    def read(cls, rows: list[NotedRecord], reader: RowReader, width: int) -> SortedRows:
        result = cls(width, [], [], [], [])
        for number, cells, note in rows:
            if note is not None:
                result.encoding_notes.append((number, note))
            if isinstance(cells, UnreadableRow):
                result.turned_down.append((number, cells, RejectedRow(())))
                continue
            if len(cells) > width and any(c.strip() for c in cells[width:]):
                result.extra_cells.append(number)
            customer = reader(cells)
            if isinstance(customer, RejectedRow):
                result.turned_down.append((number, cells, customer))
            else:
                result.candidates.append((number, customer))
        return result


@dataclass(frozen=True, slots=True)
class BatchSource:
    """Everything that decides what the batches of a file are (a worker gets a copy)."""

    path: Path
    mapping: ColumnMapping
    keep_invalid_email: bool
    default_region: str | None
    batch_size: int
    #: How the file is read (picklable: a worker process gets a copy).
    tables: TableFiles
    #: The file's encoding as a person named it; ``None``: detected.
    encoding: str | None = None

    def batches(self, workers: int = 1, index: int = 0) -> Generator[SortedRows, None, None]:
        """Every ``workers``-th batch from the ``index``-th on (all of them by default)."""
        table = self.tables.open(self.path, self.encoding)
        reader = RowReader(
            self.mapping,
            keep_invalid_email=self.keep_invalid_email,
            default_region=self.default_region,
        )
        width = len(table.info.headers)
        for number, rows in enumerate(_chunks(table.noted_rows(), self.batch_size)):
            if number % workers == index:
                yield SortedRows.read(rows, reader, width)


#: The first batch is at most this big: the importing process waits for it (a worker reads
#: it first), and a small one starts the writing sooner.
FIRST_BATCH = 250


def _chunks(rows: Iterator[NotedRecord], size: int) -> Iterator[list[NotedRecord]]:
    batch: list[NotedRecord] = []
    limit = min(size, FIRST_BATCH)
    for row in rows:
        batch.append(row)
        if len(batch) >= limit:
            yield batch
            batch = []
            limit = size
    if batch:
        yield batch


def worker_batches(source: BatchSource, workers: int) -> Generator[SortedRows, None, None]:
    """``source.batches()``, made by ``workers`` child processes.

    A thread receives (unpickles) the next batch while the caller writes this one: the
    database releases the interpreter while it works, so that time is not lost.
    """
    children = [_start(source, workers, index) for index in range(workers)]
    received: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=1)
    receiver = threading.Thread(target=_receive_in_turn, args=(children, received), daemon=True)
    receiver.start()
    try:
        while True:
            kind, value = received.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        for child in children:
            _stop(child)  # a receiver waiting on a pipe gets its end
        while receiver.is_alive():  # or waits to hand over a batch nobody takes now
            with suppress(queue.Empty):
                received.get(timeout=0.1)


def _receive_in_turn(
    children: list[subprocess.Popen[bytes]], received: queue.Queue[tuple[str, Any]]
) -> None:
    """The receiving thread: batches from the workers in turn, into ``received``; ends with
    ``("end", None)`` or ``("error", exception)``."""
    turn = 0
    while True:
        try:
            message = _receive(children[turn % len(children)])
        except Exception as error:  # a worker gone: the import says so
            message = ("error", error)
        received.put(message)
        if message[0] != "batch":
            return
        turn += 1


def _start(source: BatchSource, workers: int, index: int) -> subprocess.Popen[bytes]:
    environment = dict(os.environ)
    # The child finds this very package first, wherever it was imported from (a checkout,
    # a test run's path, an installed wheel).
    package_root = str(Path(pos_desktop.__file__).resolve().parents[1])
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (package_root, environment.get("PYTHONPATH")) if p
    )
    child = subprocess.Popen(  # noqa: S603 - this interpreter, a fixed program
        [sys.executable, "-c", _CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=environment,
    )
    assert child.stdin is not None
    pickle.dump((source, workers, index), child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
    child.stdin.close()
    return child


def _receive(child: subprocess.Popen[bytes]) -> tuple[str, Any]:
    assert child.stdout is not None
    try:
        message: tuple[str, Any] = pickle.load(child.stdout)  # noqa: S301 - our own child
    except EOFError:
        code = child.wait()
        raise RuntimeError(f"an import worker stopped unexpectedly (exit code {code})") from None
    return message


def _stop(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def serve(stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None) -> None:
    """The worker process: one job from ``stdin``, its batches to ``stdout``."""
    source, workers, index = pickle.load(stdin or sys.stdin.buffer)  # noqa: S301 - our parent
    out = stdout
    if out is None:  # the batches get the real stdout; anything printed goes to stderr
        out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        with collector_paused():
            for batch in source.batches(workers, index):
                pickle.dump(("batch", batch), out, protocol=pickle.HIGHEST_PROTOCOL)
                out.flush()
                batch_done()
        message: tuple[str, Any] = ("end", None)
    except Exception as error:  # the parent raises it (as it would have without workers)
        message = ("error", _picklable(error))
    pickle.dump(message, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()


def _picklable(error: Exception) -> Exception:
    try:
        pickle.loads(pickle.dumps(error))  # noqa: S301 - what we just wrote
    except Exception:  # any exception that does not survive the trip
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error
