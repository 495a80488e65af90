"""Running service calls off the UI thread, with their outcome delivered back on it.

Threading rule: ``Runner.submit`` is called on the UI thread; ``job`` runs on a pool thread and
must not touch widgets; ``on_done`` / ``on_error`` run on the UI thread, after the job. Pass the
screen as ``owner``: if it was closed meanwhile, its callbacks are skipped instead of touching
deleted widgets. A screen therefore never waits on the database, the printer or SMTP:
it submits, shows that it is busy, and reacts when the answer arrives.

``ThreadPoolRunner`` is the one implementation, used by the app, the GUI tests and benchmarks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

T = TypeVar("T")
log = logging.getLogger(__name__)

OnError = Callable[[Exception], None]


class Runner(Protocol):
    @property
    def busy(self) -> bool: ...

    def submit(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: OnError,
        owner: QObject | None = None,
    ) -> None:
        """Run ``job`` in the background; call back on the UI thread while ``owner`` lives."""


class _Relay(QObject):
    """Lives on the UI thread; a signal emitted from a pool thread reaches it queued."""

    finished = Signal(object)

    @Slot(object)
    def deliver(self, callback: Callable[[], None]) -> None:
        callback()


class _Job(QRunnable):
    def __init__(self, relay: _Relay, work: Callable[[], Callable[[], None]]) -> None:
        super().__init__()
        self._relay = relay
        self._work = work

    def run(self) -> None:
        self._relay.finished.emit(self._work())


class ThreadPoolRunner(QObject):
    """Jobs on a ``QThreadPool``; ``busy_changed`` drives the busy indicator."""

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relay.deliver)
        self._pending = 0

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: OnError,
        owner: QObject | None = None,
    ) -> None:
        def work() -> Callable[[], None]:
            try:
                result = job()
            except Exception as error:  # every failure goes back to the screen
                failure = error  # ``error`` is unbound when the except block ends
                return lambda: self._finish(on_error, failure, owner)
            return lambda: self._finish(on_done, result, owner)

        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(self._relay, work))

    def _finish(
        self, callback: Callable[[Any], None], value: object, owner: QObject | None
    ) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if owner is not None and not shiboken6.isValid(owner):
            log.debug("dropping the answer for a closed screen: %r", value)
            return
        callback(value)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown and tests only; never from a screen)."""
        return self._pool.waitForDone(msecs)
