"""Python's cyclic garbage collector held back while a bulk job runs, and run at each batch's
end instead.

Why: an import keeps a batch's rows (tens of thousands of tuples, lists and dicts) alive while
it decides and writes them, and the collector's automatic passes, started by allocation counts,
examined them again and again: a sixth of the importing process's CPU, and about as much of
its reading worker's. Reference counting frees nearly all of a batch anyway; what it cannot
(cycles, such as a finished unit of work's session) ``batch_done`` collects, so memory stays
as flat as before for any file size.

The collector is the process's: pauses may nest and overlap (two imports in two threads), and
automatic collection comes back, if it was on, when the last pause ends. In the desktop app the
UI thread owns collection (``ui/garbage.py``): automatic collection is off there anyway, and
``batch_done`` leaves the collecting to it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """How many jobs hold the collector paused, and whether it ran before the first one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._count = 0
        self._was_enabled = False

    def enter(self) -> None:
        with self._lock:
            if self._count == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._count += 1

    def leave(self) -> None:
        with self._lock:
            self._count -= 1
            if self._count == 0 and self._was_enabled:
                gc.enable()


_pauses = _Pauses()
#: Set by the desktop app: its UI thread collects (``ui/garbage.py``), never a bulk job's
#: worker thread, which could free a Qt object outside its thread.
_collected_elsewhere = threading.Event()


def collect_elsewhere(yes: bool) -> None:
    """Whether another thread owns cycle collection (then ``batch_done`` leaves it alone)."""
    if yes:
        _collected_elsewhere.set()
    else:
        _collected_elsewhere.clear()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic collection inside (anywhere in the process); call ``batch_done`` per batch."""
    _pauses.enter()
    try:
        yield
    finally:
        _pauses.leave()


def batch_done() -> None:
    """Collect the cycles left since the last batch: the young generations only, which hold
    everything allocated since then (a few milliseconds)."""
    if not _collected_elsewhere.is_set():
        gc.collect(1)
