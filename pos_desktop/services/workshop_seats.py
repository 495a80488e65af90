"""Seats follow the sales: taken when a sale is issued, freed by a void or a refund.

Taking seats is one conditional UPDATE of the workshop's counters inside the sale's own
transaction (``booked + held - mine + n <= capacity``): on PostgreSQL concurrent tills wait
for the row and re-check the condition on the row as the winner left it, and SQLite writers
take turns anyway, so the last seat is sold exactly once and a refused sale leaves nothing.
Freed seats go first to the waitlist (``workshop_waitlist.offer_next``), else back on sale.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import Update, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from pos_desktop.config import WorkshopSettings
from pos_desktop.domain.errors import InvalidState, ValidationError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.workshops import SeatsUnavailable, WaitState, WorkshopStatus, seat_count
from pos_desktop.services.events import InvoiceEdited, InvoiceVoided, RefundMade, SaleIssued
from pos_desktop.services.messagebus import Transaction
from pos_desktop.services.workshop_waitlist import offer_next
from pos_desktop.storage.models import Invoice, WaitlistEntry, Workshop, WorkshopBooking

W = Workshop.__table__.c
WL = WaitlistEntry.__table__.c
#: This customer's waitlist offer for this workshop (at most one: unique per customer).
_MY_OFFER = (
    WL.workshop_id == bindparam("workshop"),
    WL.customer_id == bindparam("customer"),
    WL.state == WaitState.OFFERED.value,
)
_HELD_FOR = select(func.count()).where(*_MY_OFFER)


def _take_statement() -> Update:
    """The conditional ``UPDATE`` that takes seats, built once (a seat sale runs it each time).

    ``mine`` (1 when a seat is held for this customer's waitlist offer, else 0) is a subquery
    of the same statement, returned too: the common sale, with no offer, is one round trip."""
    held_for_me = _HELD_FOR.scalar_subquery()
    return (
        update(Workshop)
        .where(
            W.id == bindparam("workshop"),
            W.status == WorkshopStatus.PUBLISHED.value,
            W.booked + W.held - held_for_me + bindparam("seats") <= W.capacity,
            (W.booking_deadline.is_(None)) | (W.booking_deadline >= bindparam("now")),
        )
        .values(booked=W.booked + bindparam("seats"), held=W.held - held_for_me)
        .returning(held_for_me)
    )


_TAKE = _take_statement()
_OFFER_TAKEN = update(WaitlistEntry).where(*_MY_OFFER).values(state=WaitState.BOOKED.value)
_BOOK = insert(WorkshopBooking)


def take_seats(
    session: Session, workshop_id: int, customer_id: int, seats: int, now: datetime
) -> None:
    """Book ``seats`` or raise :class:`SeatsUnavailable`; a seat held for this customer's
    waitlist offer is theirs to take (the offer is then booked)."""
    connection = session.connection()
    given = {"workshop": workshop_id, "customer": customer_id, "seats": seats, "now": now}
    taken = connection.execute(_TAKE, given).first()
    if taken is None:
        mine = connection.execute(_HELD_FOR, given).scalar_one()
        raise _why_not(session, workshop_id, seats, mine, now)
    if taken[0]:
        connection.execute(_OFFER_TAKEN, given)


def _why_not(
    session: Session, workshop_id: int, seats: int, mine: int, now: datetime
) -> SeatsUnavailable:
    row = session.execute(
        select(W.code, W.title, W.status, W.capacity, W.booked, W.held, W.booking_deadline).where(
            W.id == workshop_id
        )
    ).one()
    name = say("workshop {code} ({title})", code=row.code, title=row.title)
    if row.status == WorkshopStatus.CANCELLED.value:
        return SeatsUnavailable(say("{name} is cancelled", name=name))
    if row.status != WorkshopStatus.PUBLISHED.value:
        return SeatsUnavailable(
            say("{name} is not on sale yet ({status})", name=name, status=row.status)
        )
    if row.booking_deadline is not None and row.booking_deadline < now:
        return SeatsUnavailable(
            say(
                "{name}: booking closed at {deadline}",
                name=name,
                deadline=f"{row.booking_deadline:%Y-%m-%d %H:%M}",
            )
        )
    free = max(row.capacity - row.booked - row.held + mine, 0)
    if row.held - mine > 0:
        return SeatsUnavailable(
            say(
                "{name} is full: {free} of {capacity} seats free, {count} wanted; {held} held "
                "for the waitlist (put the customer on the waitlist: workshop waitlist)",
                name=name,
                free=free,
                capacity=row.capacity,
                count=seats,
                held=row.held,
            )
        )
    return SeatsUnavailable(
        say(
            "{name} is full: {free} of {capacity} seats free, {count} wanted"
            " (put the customer on the waitlist: workshop waitlist)",
            name=name,
            free=free,
            capacity=row.capacity,
            count=seats,
        )
    )


def free_seats(
    uow: Transaction,
    workshop_id: int,
    seats: int,
    *,
    settings: WorkshopSettings,
    by: str,
    terminal: str,
    at: datetime,
) -> None:
    """Give ``seats`` back: each goes to the next on the waitlist (held for their offer) or
    back on sale. The workshop's row is locked by the first UPDATE, so two voids at once
    cannot offer the same seat twice."""
    uow.session.execute(
        update(Workshop)
        .where(W.id == workshop_id)
        .values(booked=W.booked - seats)
        .execution_options(synchronize_session=False)
    )
    for _ in range(seats):
        if not offer_next(uow, workshop_id, settings=settings, by=by, terminal=terminal, at=at):
            break


class WorkshopSeats:
    """The handlers (``book_keeping`` in bootstrap/event_wiring.py)."""

    def __init__(self, settings: WorkshopSettings) -> None:
        self._settings = settings

    def sale_issued(self, uow: Transaction, event: SaleIssued) -> None:
        lines = [ln for ln in event.invoice.lines if ln.workshop_id is not None]
        if not lines:
            return
        if event.customer is None:
            raise ValidationError.single(
                say("customer"), say("a workshop seat needs a customer: scan or type their code")
            )
        wanted: dict[int, int] = defaultdict(int)
        for line in lines:
            assert line.workshop_id is not None
            wanted[line.workshop_id] += seat_count(line.quantity)
        # In workshop order, so two tills selling the same two workshops cannot deadlock.
        for workshop_id in sorted(wanted):
            take_seats(uow.session, workshop_id, event.customer.id, wanted[workshop_id], event.at)
        # Plain rows in one statement: nothing in the sale reads them back as objects.
        uow.session.connection().execute(
            _BOOK,
            [
                {
                    "workshop_id": line.workshop_id,
                    "customer_id": event.customer.id,
                    "invoice_id": event.invoice.id,
                    "line_position": line.position,
                    "seats": seat_count(line.quantity),
                    "released": 0,
                    "booked_at": event.at,
                    "reminded_at": None,
                }
                for line in lines
            ],
        )

    def invoice_voided(self, uow: Transaction, event: InvoiceVoided) -> None:
        bookings = uow.session.scalars(
            select(WorkshopBooking)
            .where(
                WorkshopBooking.invoice_id == event.invoice.id,
                WorkshopBooking.released < WorkshopBooking.seats,
            )
            .order_by(WorkshopBooking.workshop_id)
        ).all()
        self._release(uow, [(b, b.seats - b.released) for b in bookings], event.by, event)

    def refund_made(self, uow: Transaction, event: RefundMade) -> None:
        positions = {ln.id: ln.position for ln in event.invoice.lines}
        back = {positions[ln.invoice_line_id]: ln.quantity for ln in event.note.lines}
        if not back:
            return
        bookings = uow.session.scalars(
            select(WorkshopBooking)
            .where(
                WorkshopBooking.invoice_id == event.invoice.id,
                WorkshopBooking.line_position.in_(back),
                WorkshopBooking.released < WorkshopBooking.seats,
            )
            .order_by(WorkshopBooking.workshop_id)
        ).all()
        given = [
            (b, min(seat_count(back[b.line_position]), b.seats - b.released))
            for b in bookings
            if b.line_position is not None
        ]
        self._release(uow, given, event.by, event)

    def invoice_edited(self, uow: Transaction, event: InvoiceEdited) -> None:
        """An edit would change seats behind the bookings' back: refused (void or refund)."""
        held = _seats_held(uow.session, event.invoice)
        if held:
            raise InvalidState(
                say(
                    "invoice {number} books {count} workshop seat(s): void or refund"
                    " it instead of editing",
                    number=event.invoice.number,
                    count=held,
                )
            )

    def _release(
        self,
        uow: Transaction,
        given: list[tuple[WorkshopBooking, int]],
        by: str,
        event: InvoiceVoided | RefundMade,
    ) -> None:
        per_workshop: dict[int, int] = defaultdict(int)
        for booking, seats in given:
            if seats > 0:
                booking.released += seats
                per_workshop[booking.workshop_id] += seats
        for workshop_id in sorted(per_workshop):
            free_seats(
                uow,
                workshop_id,
                per_workshop[workshop_id],
                settings=self._settings,
                by=by,
                terminal=event.terminal,
                at=event.at,
            )


def _seats_held(session: Session, invoice: Invoice) -> int:
    held = session.scalar(
        select(func.coalesce(func.sum(WorkshopBooking.seats - WorkshopBooking.released), 0)).where(
            WorkshopBooking.invoice_id == invoice.id
        )
    )
    return int(held or 0)
