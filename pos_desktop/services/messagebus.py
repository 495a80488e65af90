"""Actions announce what they caused; handlers and listeners do the rest.

A service records typed events (``services/events.py``) on its unit of work: "sale issued",
"refund made". What those cause is registered here, once, in ``bootstrap/event_wiring.py``:

* **handlers** run inside the action's transaction, just before COMMIT, so what they write (a
  print job, an outbox row, a stock movement, the running totals) commits with the action or
  not at all. A handler may refuse the action by raising (stock ran out), and may record further
  events (a queued print job announces itself).
* **listeners** run after COMMIT, in the thread that committed, for what must not hold the
  transaction open or cannot be rolled back: waking the print and mail loops, refreshing a
  screen. A listener that fails is logged and forgotten: the action is saved whatever it does.

A new side effect is a new handler or listener, not an edit of the service that causes it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

E = TypeVar("E")

#: Events may cause events; a chain this long is a loop, not a business action.
MAX_ROUNDS = 20


class Transaction(Protocol):
    """What a handler gets: the action's session, and a way to announce more."""

    session: Session

    def record(self, event: object) -> None: ...


Handler = Callable[[Transaction, Any], None]
Listener = Callable[[Any], None]


class MessageBus:
    """Who handles which event, in registration order."""

    def __init__(self) -> None:
        self._handlers: dict[type, list[Handler]] = defaultdict(list)
        self._listeners: dict[type, list[Listener]] = defaultdict(list)

    def handle(self, kind: type[E], handler: Callable[[Transaction, E], None]) -> None:
        """Run ``handler`` in the transaction of every action that records a ``kind``."""
        self._handlers[kind].append(handler)

    def listen(self, kind: type[E], listener: Callable[[E], None]) -> Callable[[], None]:
        """Call ``listener`` after every commit that recorded a ``kind``; returns the way to
        stop (a screen that closes must not be called any more)."""
        self._listeners[kind].append(listener)

        def stop() -> None:
            if listener in self._listeners[kind]:
                self._listeners[kind].remove(listener)

        return stop

    def in_transaction(self, uow: Transaction, events: list[object]) -> None:
        """Run the handlers of ``events`` and of the events they record, until none is left.

        ``events`` is the unit of work's own list: events recorded by handlers are appended to
        it, so the listeners see them too.
        """
        done = 0
        for _round in range(MAX_ROUNDS):
            pending = events[done:]
            if not pending:
                return
            done = len(events)
            for event in pending:
                for handler in tuple(self._handlers.get(type(event), ())):
                    handler(uow, event)
        raise RuntimeError(f"events keep causing events after {MAX_ROUNDS} rounds: {events[-1]}")

    def announce(self, event: object) -> None:
        """Tell the listeners of something that stores nothing (what the counter shows), at once
        and in the caller's thread."""
        self.after_commit((event,))

    def after_commit(self, events: Sequence[object]) -> None:
        for event in events:
            for listener in tuple(self._listeners.get(type(event), ())):
                try:
                    listener(event)
                except Exception:  # the action is saved; a failing listener must not say otherwise
                    log.exception("listener %r failed on %r", listener, event)
