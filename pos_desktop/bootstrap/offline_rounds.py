"""The app's sync loop: one round of it, and the loop that runs the rounds.

A terminal with an offline journal must notice when the server answers again and send what
it sold meanwhile, without a cashier pressing anything; and while it is online its journal's
copy of the server must not fall far behind, or the first sale offline would go out with old
prices. So the loop's pace follows the line (docs/offline-design.md, decision 8):

- offline, or entries waiting: a round every ``PROBE_SECONDS`` (at once after a round that
  sent entries while the till made new ones). A round with entries waiting
  is the sync itself (its first replay tells whether the server answers); with nothing
  waiting it first asks the server a cheap ``SELECT 1`` on the fail-fast engine, then syncs
  (which refreshes the copy and marks the till online).
- online with nothing waiting: a refresh of the copy (only what changed) every
  ``[offline] refresh_seconds``. A refresh the server does not answer marks the till offline.

The first action that falls back to the journal announces ``LinkChanged`` going offline,
which wakes the loop at once so the probing starts. The loop's own announcements do not wake
it (it would run a round for nothing), nor does each sale made offline (the count changes,
the line does not).

The journal is made by the loop's first round when it does not exist yet: the app's start
must not wait for a whole copy of the server.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import text

from pos_desktop.domain.connectivity import Link
from pos_desktop.domain.errors import DatabaseUnavailable
from pos_desktop.services.background_loop import RoundLoop
from pos_desktop.services.events import LinkChanged
from pos_desktop.storage.uow import reporting_unavailable

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pos_desktop.bootstrap.offline import OfflineTill
    from pos_desktop.services.messagebus import MessageBus
    from pos_desktop.services.offline_sync import SyncResult

#: Seconds between rounds while the till is offline or entries wait (the issue's probe).
PROBE_SECONDS = 2.0
#: After a round that sent entries while new ones came in: the next one at once.
AGAIN_SECONDS = 0.0


@dataclass(frozen=True, slots=True)
class SyncRound:
    """What one round did: the loop's report (logged, shown by whoever listens)."""

    did: str
    sync: SyncResult | None = None
    #: Why the server did not answer (empty when it did).
    error: str = ""
    #: Seconds until the next round, unless something wakes the loop first.
    next_in: float = PROBE_SECONDS


class SyncRounds:
    """The round itself, callable by the loop (and by a test, without the thread)."""

    def __init__(self, till: OfflineTill, server: Engine, refresh_seconds: float) -> None:
        self._till = till
        self._server = server
        self._refresh_seconds = refresh_seconds
        self._round_thread: int | None = None

    def __call__(self) -> SyncRound:
        self._round_thread = threading.get_ident()
        try:
            return self._round()
        finally:
            self._round_thread = None

    def in_round(self) -> bool:
        """Whether the caller is this loop's own round (its announcements must not wake it)."""
        return self._round_thread == threading.get_ident()

    def _round(self) -> SyncRound:
        till = self._till
        if not till.exists():
            try:
                with reporting_unavailable():
                    till.ensure()
            except DatabaseUnavailable as error:
                return SyncRound("journal not made", error=str(error))
            return SyncRound("journal made", next_in=self._pace())
        waiting = till.waiting()
        if till.link.state.link is Link.ONLINE and not waiting:
            try:
                with reporting_unavailable():
                    till.refresh()
            except DatabaseUnavailable as error:
                till.link.went_offline()
                return SyncRound("refresh failed", error=str(error))
            return SyncRound("refreshed", next_in=self._pace())
        if not waiting:
            problem = self._probe()
            if problem:
                till.link.went_offline()
                return SyncRound("no answer", error=problem)
        result = till.sync_round()
        # Sales made while it sent: at once again, not in 2 s (the till stays on its journal
        # until nothing waits, and the hall keeps selling).
        again = result.pushed and result.pending and not result.error
        return SyncRound("synced", result, result.error, AGAIN_SECONDS if again else self._pace())

    def _probe(self) -> str:
        """Empty when the server answers a ``SELECT 1``, else why not (within about 2 s: the
        main engine of a till with a journal fails fast)."""
        try:
            with reporting_unavailable(), self._server.connect() as connection:
                connection.execute(text("SELECT 1"))
        except DatabaseUnavailable as error:
            return str(error)
        return ""

    def _pace(self) -> float:
        till = self._till
        if till.link.state.sells_offline or till.waiting():
            return PROBE_SECONDS
        return float(self._refresh_seconds)


def sync_loop(
    till: OfflineTill, server: Engine, bus: MessageBus, refresh_seconds: float
) -> RoundLoop[SyncRound]:
    """The loop (not started) of ``till`` on ``server`` (the main, fail-fast engine), woken
    when an action finds the server gone."""
    rounds = SyncRounds(till, server, refresh_seconds)
    loop: RoundLoop[SyncRound] = RoundLoop(
        rounds,
        name="offline-sync",
        interval=PROBE_SECONDS,
        failed=lambda problem: SyncRound("failed", error=problem),
        pause=lambda report: report.next_in,
    )
    seen = [till.link.state.link]

    def link_changed(event: LinkChanged) -> None:
        before, seen[0] = seen[0], event.state.link
        went = event.state.link is Link.OFFLINE and before is not Link.OFFLINE
        if went and not rounds.in_round():
            loop.wake()

    bus.listen(LinkChanged, link_changed)
    return loop
