"""What the server's own actions at this till tell its offline journal at once, while the
server answers (listeners on the server's bus, wired in ``bootstrap``): the journal's copy is
otherwise refreshed only every ``[offline] refresh_seconds``, and a line that drops in between
must not leave the till with yesterday's view.

- a sale or a refund: the journal's series go on from the server's last number;
- a registration: the visitor can be sold to offline at once;
- an admission at this till's door: a second scan offline says "already";
- the drawer: a shift opened on the server is on the journal at once (offline it takes cash
  moves and the closing count, not a second shift that would clash at sync), and a shift
  closed there is closed on the journal too (offline, a new one is opened, not the old one
  counted again).

Each write is small and on the journal's own file; a failure is logged by the bus, never the
action's (it is saved on the server already).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import cast

from sqlalchemy import Table, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from pos_desktop.bootstrap.offline import OfflineTill
from pos_desktop.services.events import (
    CashSessionClosed,
    CashSessionOpened,
    CustomerCheckedIn,
    CustomerRegistered,
    RefundMade,
    SaleIssued,
)
from pos_desktop.services.messagebus import MessageBus
from pos_desktop.storage.models import CashSession, Terminal

_SESSIONS = cast(Table, CashSession.__table__)
#: The journal stores a moment as text: the same shift is the one opened within a second.
_SAME_SHIFT = timedelta(seconds=1)


def shift_opened(till: OfflineTill, event: CashSessionOpened) -> None:
    """The shift as the server has it, under the server's id (as the copy writes it); left
    alone if the journal has a row with that id already (its own, or the copy's)."""
    if not till.exists():
        return
    row = event.cash_session
    values = {
        attr.columns[0].name: getattr(row, attr.key) for attr in CashSession.__mapper__.column_attrs
    }
    with till.db.engine.begin() as journal:
        journal.execute(  # a till's first shift may come before its first sale made the row
            sqlite_insert(Terminal)
            .values(
                id=row.terminal_id,
                code=event.terminal,
                name=till.settings.pos.terminal_name,
                created_at=event.at,
            )
            .on_conflict_do_nothing()
        )
        journal.execute(sqlite_insert(_SESSIONS).values(**values).on_conflict_do_nothing())


def shift_closed(till: OfflineTill, event: CashSessionClosed) -> None:
    """The journal's copy of the shift, closed as on the server (the same id and opening)."""
    if not till.exists():
        return
    row = event.cash_session
    with till.db.engine.begin() as journal:
        opened = journal.scalar(
            select(_SESSIONS.c.opened_at).where(
                _SESSIONS.c.id == row.id, _SESSIONS.c.closed_at.is_(None)
            )
        )
        if opened is None or abs(opened - row.opened_at) >= _SAME_SHIFT:
            return  # not the journal's copy of this shift: another row under that id
        journal.execute(
            update(_SESSIONS)
            .where(_SESSIONS.c.id == row.id)
            .values(
                closed_at=row.closed_at,
                closed_by=row.closed_by,
                expected_cash=row.expected_cash,
                counted_cash=row.counted_cash,
            )
        )


def mirror_listeners(bus: MessageBus, till: Callable[[], OfflineTill | None]) -> None:
    """Keep the journal's numbers, customers and admissions current while the server
    answers."""

    def sale_issued(event: SaleIssued) -> None:
        found = till()
        if found is not None and event.terminal == found.settings.pos.terminal:
            found.sale_issued(event)

    def refund_made(event: RefundMade) -> None:
        found = till()
        if found is not None and event.terminal == found.settings.pos.terminal:
            found.refund_made(event)

    def customer_registered(event: CustomerRegistered) -> None:
        found = till()
        if found is not None:
            found.customer_registered(event)

    def customer_checked_in(event: CustomerCheckedIn) -> None:
        found = till()
        if found is not None and event.terminal == found.settings.pos.terminal:
            found.customer_checked_in(event)

    bus.listen(SaleIssued, sale_issued)
    bus.listen(RefundMade, refund_made)
    bus.listen(CustomerRegistered, customer_registered)
    bus.listen(CustomerCheckedIn, customer_checked_in)

    def opened(event: CashSessionOpened) -> None:
        found = till()
        if found is not None and event.terminal == found.settings.pos.terminal:
            shift_opened(found, event)

    def closed(event: CashSessionClosed) -> None:
        found = till()
        if found is not None and event.terminal == found.settings.pos.terminal:
            shift_closed(found, event)

    bus.listen(CashSessionOpened, opened)
    bus.listen(CashSessionClosed, closed)
