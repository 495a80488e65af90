"""Running service calls off the UI thread, with their outcome delivered back on it.

Threading rule: ``Runner.submit`` is called on the UI thread; ``job`` runs on a pool thread and
must not touch widgets; ``on_done`` / ``on_error`` run on the UI thread, after the job. Pass the
screen as ``owner``: if it was closed meanwhile, its callbacks are skipped instead of touching
deleted widgets. A job should capture services and values, not widgets. A screen therefore
never waits on the database, the printer or SMTP: it submits, shows that it is busy, and reacts
when the answer arrives.

``ThreadPoolRunner`` is the one implementation, used by the app, the GUI tests and benchmarks.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from pos_desktop.domain.errors import PosError

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
        *,
        background: bool = False,
    ) -> None:
        """Run ``job`` in the background; call back on the UI thread while ``owner`` lives.

        ``background``: nobody waits for it (a status label's poll), so it does not show as
        "Working..." (a printer that stopped answering made every poll take its timeout).
        """


class _Relay(QObject):
    """Lives on the UI thread; a signal emitted from a pool thread reaches it queued."""

    finished = Signal(object)


class _Job(QRunnable):
    """Runs one job and reports ``(ticket, ok, value)``.

    The pool thread must never drop the last reference to a Qt object: a widget's wrapper
    freed there crashes the process (seen: a closed dialog whose job captured it). So the
    callbacks and the owner stay with the runner on the UI thread, and the job itself is
    released here *before* the answer is sent, while the UI thread still holds the screen.
    """

    def __init__(self, relay: _Relay, ticket: int, job: Callable[[], object]) -> None:
        super().__init__()
        self._relay = relay
        self._ticket = ticket
        self._job: Callable[[], object] | None = job

    def run(self) -> None:
        job, self._job = self._job, None
        assert job is not None
        try:
            outcome: tuple[int, bool, object] = (self._ticket, True, job())
        except Exception as error:  # every failure goes back to the screen
            if not isinstance(error, PosError):  # a bug: the screen shows one line, the log all
                log.error("background job %s failed", self._ticket, exc_info=True)
            outcome = (self._ticket, False, error)
        del job
        try:
            self._relay.finished.emit(outcome)
        except RuntimeError:  # the runner went with its window while the job ran: nobody waits
            log.debug("dropping the answer of job %s: its runner is gone", self._ticket)


_Callbacks = tuple[Callable[[Any], None], OnError, QObject | None, bool]


class ThreadPoolRunner(QObject):
    """Jobs on a ``QThreadPool``; ``busy_changed`` drives the busy indicator.

    ``busy`` counts every job (tests and shutdown wait for all of them); ``busy_changed``
    follows only the jobs someone waits for, not the background polls.
    """

    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish)
        self._waiting: dict[int, _Callbacks] = {}
        self._foreground = 0  # jobs in _waiting that someone waits for
        self._tickets = itertools.count(1)
        self._shut = False

    @property
    def busy(self) -> bool:
        return bool(self._waiting)

    def submit(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: OnError,
        owner: QObject | None = None,
        *,
        background: bool = False,
    ) -> None:
        if self._shut:  # a timer firing while the app closes: the database is going away
            log.debug("not starting a job after shutdown: %r", job)
            return
        ticket = next(self._tickets)
        self._waiting[ticket] = (on_done, on_error, owner, background)
        if not background:
            self._foreground += 1
            if self._foreground == 1:
                self.busy_changed.emit(True)
        self._pool.start(_Job(self._relay, ticket, job))

    @Slot(object)
    def _finish(self, outcome: tuple[int, bool, object]) -> None:
        ticket, ok, value = outcome
        on_done, on_error, owner, background = self._waiting.pop(ticket)
        if not background:
            self._foreground -= 1
            if not self._foreground:
                self.busy_changed.emit(False)
        if owner is not None and not shiboken6.isValid(owner):
            log.debug("dropping the answer for a closed screen: %r", value)
            return
        if ok:
            on_done(value)
        else:
            assert isinstance(value, Exception)
            on_error(value)

    def shutdown(self, msecs: int = 30_000) -> bool:
        """Start no more jobs and wait for the running ones: then the database may be closed.

        A screen's pending timer (a search pause, a refresh) may still fire while the windows
        close; its job would open a fresh connection on a closed database and leave it to the
        garbage collector.
        """
        self._shut = True
        return self.wait_for_done(msecs)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (shutdown and tests only; never from a screen)."""
        return self._pool.waitForDone(msecs)
