"""The till's line to the shared database, as one state that actions and the sync change.

``OfflineTill.run`` marks the till offline when an action falls back to the journal; the sync
round marks it syncing or online again (``domain/connectivity.py`` says when). Changes come
from any thread (the runner, the sync loop); each one is announced on the server's bus as
``LinkChanged`` for whoever shows it (the status bar), after the state is stored.

The waiting entries are counted by kind (the bar names the sales): in full by each sync round,
and after an action on the journal only the entries newer than the last count are read and
added, so an offline sale does not read every waiting entry again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.connectivity import Connectivity
from pos_desktop.services.events import LinkChanged
from pos_desktop.services.messagebus import MessageBus
from pos_desktop.storage.models.offline_entry import CHECKIN_KIND, SALE_KIND

if TYPE_CHECKING:
    from pos_desktop.services.offline_entries import OfflineEntries


class TillLink:
    def __init__(self, bus: MessageBus, clock: Clock, terminal: str) -> None:
        self._bus = bus
        self._clock = clock
        self._terminal = terminal
        self._lock = threading.Lock()
        self._state = Connectivity()
        #: Held while the counts are read and stored (actions on several threads).
        self._counting = threading.Lock()
        #: The newest entry the counts include (None: never counted since the start).
        self._through: int | None = None

    @property
    def state(self) -> Connectivity:
        return self._state

    def went_offline(self) -> None:
        at = self._clock.now()
        self._change(lambda state: state.went_offline(at))

    def entries_counted(self, by_kind: Mapping[str, int], newest: int) -> None:
        """Every waiting entry counted by kind, through the entry ``newest`` (a sync round's
        ``JournalCounts``): the counts as they are now."""
        count, sales, checkins = _kinds(by_kind)
        with self._counting:
            self._through = newest
            self._change(lambda state: state.entries_waiting(count, sales=sales, checkins=checkins))

    def entries_added(self, entries: OfflineEntries) -> None:
        """After an action on the journal: the entries written since the last count are added
        (counted in full the first time). An entry sent meanwhile leaves the counts with the
        sync round's own count, which follows its marks at once."""
        with self._counting:
            if self._through is None:
                counts = entries.counts()
                self._through = counts.newest
                count, sales, checkins = _kinds(counts.pending_by_kind)
                self._change(lambda s: s.entries_waiting(count, sales=sales, checkins=checkins))
                return
            added, self._through = entries.waiting_after(self._through)
            if added:
                more, sales, checkins = _kinds(added)
                self._change(
                    lambda s: s.entries_waiting(
                        s.waiting + more, sales=s.sales + sales, checkins=s.checkins + checkins
                    )
                )

    def server_answers(self) -> None:
        self._change(lambda state: state.server_answers())

    def _change(self, how: Callable[[Connectivity], Connectivity]) -> None:
        with self._lock:
            before = self._state
            self._state = after = how(before)
        if after != before:
            self._bus.announce(
                LinkChanged(by="till", terminal=self._terminal, at=self._clock.now(), state=after)
            )


def _kinds(by_kind: Mapping[str, int]) -> tuple[int, int, int]:
    """Entries by kind as the state counts them: all, the sales, the check-ins."""
    return sum(by_kind.values()), by_kind.get(SALE_KIND, 0), by_kind.get(CHECKIN_KIND, 0)
