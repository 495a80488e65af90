"""A thread that runs a round of background work every so often, or at once when woken.

The outbox sender and the print queue both work this way: a sale or a registration wakes the
loop so its email or receipt goes out at once; otherwise a round runs every ``interval`` seconds
and picks up what failed before. A round's errors are logged and become the round's report,
never raised: the loop outlives a database, a printer or an SMTP server that is briefly away.
:meth:`stop` waits for the current round, which the rounds' own time limits bound.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from pos_desktop.domain.errors import PosError

Report = TypeVar("Report")
log = logging.getLogger(__name__)


class RoundLoop(Generic[Report]):
    def __init__(
        self,
        run_round: Callable[[], Report],
        *,
        name: str,
        interval: float,
        failed: Callable[[str], Report],
        on_round: Callable[[Report], None] | None = None,
        pause: Callable[[Report], float] | None = None,
        stop_timeout: float = 30.0,
    ) -> None:
        """``pause``: the seconds to wait after a round, from its report (a loop whose pace
        depends on what it found); ``interval`` otherwise."""
        self._run_round = run_round
        self._name = name
        self._interval = interval
        self._failed = failed
        self._on_round = on_round
        self._pause = pause
        self._stop_timeout = stop_timeout
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float | None = None) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(self._stop_timeout if timeout is None else timeout)

    def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                report = self._run_round()
            except PosError as error:  # the database is away: try again next round
                log.warning("%s round failed: %s", self._name, error)
                report = self._failed(str(error))
            except Exception as error:  # keep going; the log has the traceback
                log.exception("%s round failed", self._name)
                report = self._failed(repr(error))
            if self._on_round is not None:
                self._on_round(report)
            self._wake.wait(self._interval if self._pause is None else self._pause(report))
            self._wake.clear()
