"""The waitlist's moves inside a transaction: offer a freed seat, pass an unanswered one on;
and the app's round that does so (with the reminders) every half minute.

A seat offered is *held* (``workshops.held``): it is not on sale while the offer stands, and
the customer who got the offer takes it at the counter (``workshop_seats.take_seats``). The
email is a consequence (``SeatOffered``, queued by ``workshop_mail``), so a sale or refund
rolled back sends nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select, update

from pos_desktop.config import WorkshopSettings
from pos_desktop.domain.errors import InvalidState
from pos_desktop.domain.phrases import say
from pos_desktop.domain.workshops import WaitState, WorkshopStatus
from pos_desktop.services.background_loop import RoundLoop
from pos_desktop.services.events import SeatOffered
from pos_desktop.services.messagebus import Transaction
from pos_desktop.services.workshop_views import WorkshopRound
from pos_desktop.storage.models import WaitlistEntry, Workshop

W = Workshop.__table__.c


def refuse_waitlist(row: Workshop) -> None:
    """A waitlist is for a workshop on sale that is full: refused while seats are on sale."""
    if row.status != WorkshopStatus.PUBLISHED.value:
        raise InvalidState(
            say("workshop {code} is {status}: no waitlist", code=row.code, status=row.status)
        )
    free = row.capacity - row.booked - row.held
    if free > 0:
        raise InvalidState(
            say("workshop {code} has {count} seat(s) free: sell one", code=row.code, count=free)
        )


def offer_next(
    uow: Transaction,
    workshop_id: int,
    *,
    settings: WorkshopSettings,
    by: str,
    terminal: str,
    at: datetime,
) -> bool:
    """Hold one seat for the first one waiting and announce the offer; ``False`` when nobody
    waits (the seat stays on sale). The caller has locked the workshop's row."""
    entry = uow.session.scalars(
        select(WaitlistEntry)
        .where(
            WaitlistEntry.workshop_id == workshop_id,
            WaitlistEntry.state == WaitState.WAITING.value,
        )
        .order_by(WaitlistEntry.joined_at, WaitlistEntry.id)
        .limit(1)
    ).first()
    if entry is None:
        return False
    expires = at + timedelta(minutes=settings.offer_minutes)
    entry.state = WaitState.OFFERED.value
    entry.offered_at = at
    entry.offer_expires_at = expires
    uow.session.execute(
        update(Workshop)
        .where(W.id == workshop_id)
        .values(held=W.held + 1)
        .execution_options(synchronize_session=False)
    )
    uow.record(
        SeatOffered(
            workshop_id=workshop_id,
            customer_id=entry.customer_id,
            expires_at=expires,
            by=by,
            terminal=terminal,
            at=at,
        )
    )
    return True


def pass_on_expired(
    uow: Transaction, *, settings: WorkshopSettings, by: str, terminal: str, now: datetime
) -> int:
    """Every offer past its time: expired, and its seat offered to the next (or put back on
    sale). Returns how many offers expired."""
    expired = uow.session.scalars(
        select(WaitlistEntry)
        .where(
            WaitlistEntry.state == WaitState.OFFERED.value,
            WaitlistEntry.offer_expires_at <= now,
        )
        .order_by(WaitlistEntry.workshop_id, WaitlistEntry.offer_expires_at, WaitlistEntry.id)
    ).all()
    for entry in expired:
        # Lock the workshop first (its row), then move the hold on.
        uow.session.execute(
            update(Workshop)
            .where(W.id == entry.workshop_id)
            .values(held=W.held - 1)
            .execution_options(synchronize_session=False)
        )
        entry.state = WaitState.EXPIRED.value
        uow.session.flush()
        offer_next(uow, entry.workshop_id, settings=settings, by=by, terminal=terminal, at=now)
    return len(expired)


#: How often the app's round runs (offers are held and reminders sent minutes ahead).
ROUND_S = 30.0


def workshop_round_loop(run_round: Callable[[], WorkshopRound]) -> RoundLoop[WorkshopRound]:
    """The app's thread that passes expired seat offers on and sends the reminders that are
    due (``WorkshopService.run_round``); its report is the round's."""
    return RoundLoop(
        run_round,
        name="workshop round",
        interval=ROUND_S,
        failed=lambda why: WorkshopRound(error=why),
    )
