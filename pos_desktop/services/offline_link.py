"""The till's line to the shared database, as one state that actions and the sync change.

``OfflineTill.run`` marks the till offline when an action falls back to the journal; the sync
round marks it syncing or online again (``domain/connectivity.py`` says when). Changes come
from any thread (the runner, the sync loop); each one is announced on the server's bus as
``LinkChanged`` for whoever shows it (the status bar), after the state is stored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.connectivity import Connectivity
from pos_desktop.services.events import LinkChanged
from pos_desktop.services.messagebus import MessageBus


class TillLink:
    def __init__(self, bus: MessageBus, clock: Clock, terminal: str) -> None:
        self._bus = bus
        self._clock = clock
        self._terminal = terminal
        self._lock = threading.Lock()
        self._state = Connectivity()

    @property
    def state(self) -> Connectivity:
        return self._state

    def went_offline(self) -> None:
        at = self._clock.now()
        self._change(lambda state: state.went_offline(at))

    def entries_waiting(self, count: int) -> None:
        self._change(lambda state: state.entries_waiting(count))

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
