"""The door's verdict for one scan, decided and written in its own transaction.

A customer with two seats is admitted twice (seat 1 of 2, seat 2 of 2); a third scan is
``already``. Nobody is turned away for the clock: a door may open early or let latecomers in.

A scan may carry an idempotency key (the offline journal's replay, a door in doubt): an
admission is stored with its key, and the same key again answers with that admission instead
of taking the customer's next seat. An admission records ``CustomerCheckedIn``: on a till's
offline journal its handler writes the ``checkin`` entry the sync replays on the server.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.workshops import CheckinResult, WorkshopStatus
from pos_desktop.services.action_keys import remember, replayed
from pos_desktop.services.events import CustomerCheckedIn
from pos_desktop.services.workshop_queries import customer_by_code, workshop_by_code
from pos_desktop.services.workshop_views import CheckinVerdict
from pos_desktop.storage.models import Customer, Workshop, WorkshopBooking, WorkshopCheckin
from pos_desktop.storage.uow import Database

#: The action a check-in's key is stored under (``action_keys``).
CHECK_IN = "workshop.check_in"


def _seats(session: Session, workshop_id: int, customer_id: int) -> tuple[int, int]:
    """``(seats held now, seats ever booked)`` of this customer in this workshop."""
    held, ever = session.execute(
        select(
            func.coalesce(func.sum(WorkshopBooking.seats - WorkshopBooking.released), 0),
            func.coalesce(func.sum(WorkshopBooking.seats), 0),
        ).where(
            WorkshopBooking.workshop_id == workshop_id, WorkshopBooking.customer_id == customer_id
        )
    ).one()
    return int(held), int(ever)


def _other_session(session: Session, workshop: Workshop, customer_id: int) -> Workshop | None:
    """Another workshop of the same exhibition this customer holds seats for (the nearest)."""
    return session.scalars(
        select(Workshop)
        .join(WorkshopBooking, WorkshopBooking.workshop_id == Workshop.id)
        .where(
            WorkshopBooking.customer_id == customer_id,
            WorkshopBooking.released < WorkshopBooking.seats,
            Workshop.exhibition_id == workshop.exhibition_id,
            Workshop.id != workshop.id,
            Workshop.status != WorkshopStatus.CANCELLED.value,
        )
        .order_by(Workshop.starts_at)
        .limit(1)
    ).first()


def _verdict(
    workshop: Workshop,
    customer: Customer,
    result: CheckinResult,
    *,
    seat: int = 0,
    seats: int = 0,
    at: datetime | None = None,
    other: Workshop | None = None,
) -> CheckinVerdict:
    return CheckinVerdict(
        result=result,
        workshop_code=workshop.code,
        workshop_title=workshop.title,
        customer_code=customer.code,
        name=customer.name,
        seat=seat,
        seats=seats,
        checked_in_at=at,
        seats_free=max(workshop.capacity - workshop.booked - workshop.held, 0),
        booked_for=other.code if other else None,
        booked_for_starts=other.starts_at if other else None,
    )


def check_in(
    session: Session, workshop: Workshop, customer: Customer, *, now: datetime, by: str
) -> CheckinVerdict:
    """The verdict, and the seat taken when admitted (in the caller's transaction)."""
    if workshop.status == WorkshopStatus.CANCELLED.value:
        return _verdict(workshop, customer, CheckinResult.CANCELLED)
    seats, ever = _seats(session, workshop.id, customer.id)
    if seats == 0:
        if ever:  # their seats were voided or refunded
            return _verdict(workshop, customer, CheckinResult.CANCELLED)
        other = _other_session(session, workshop, customer.id)
        if other is not None:
            return _verdict(workshop, customer, CheckinResult.WRONG_SESSION, other=other)
        return _verdict(workshop, customer, CheckinResult.NOT_BOOKED)
    used = _used(session, workshop, customer)
    if len(used) >= seats:
        return _verdict(
            workshop,
            customer,
            CheckinResult.ALREADY,
            seat=len(used),
            seats=seats,
            at=used[-1].checked_in_at,
        )
    seat = len(used) + 1
    session.add(
        WorkshopCheckin(
            workshop_id=workshop.id,
            customer_id=customer.id,
            seat=seat,
            checked_in_at=now,
            checked_in_by=by,
        )
    )
    return _verdict(workshop, customer, CheckinResult.ADMITTED, seat=seat, seats=seats, at=now)


def _used(session: Session, workshop: Workshop, customer: Customer) -> list[WorkshopCheckin]:
    return list(
        session.scalars(
            select(WorkshopCheckin)
            .where(
                WorkshopCheckin.workshop_id == workshop.id,
                WorkshopCheckin.customer_id == customer.id,
            )
            .order_by(WorkshopCheckin.seat)
        )
    )


def scan(
    db: Database,
    code: str,
    customer_code: str,
    *,
    now: datetime,
    by: str,
    terminal: str,
    key: ActionKey | None = None,
) -> CheckinVerdict:
    """One scan in its own transaction (``WorkshopService.check_in``). Two doors scanning the
    same visitor at once: the loser's seat clashes and it asks again (then ``already``)."""
    try:
        return _scan(db, code, customer_code, now=now, by=by, terminal=terminal, key=key)
    except IntegrityError:  # the other door admitted them
        return _scan(db, code, customer_code, now=now, by=by, terminal=terminal, key=key)


def _scan(
    db: Database,
    code: str,
    customer_code: str,
    *,
    now: datetime,
    by: str,
    terminal: str,
    key: ActionKey | None,
) -> CheckinVerdict:
    with db.unit_of_work(key=key) as uow:
        session = uow.session
        row = workshop_by_code(session, code)
        customer = customer_by_code(session, customer_code)
        done = replayed(session, key, CHECK_IN)
        if done is not None:  # this key admitted them before: that seat, not the next one
            return _admitted_before(session, row, customer, int(done))
        verdict = check_in(session, row, customer, now=now, by=by)
        if verdict.result is CheckinResult.ADMITTED:
            session.flush()  # the seat's id, for the event (the journal mirrors it)
            taken = _used(session, row, customer)[verdict.seat - 1]
            uow.record(
                CustomerCheckedIn(
                    checkin_id=taken.id,
                    workshop_id=row.id,
                    customer_id=customer.id,
                    workshop_code=row.code,
                    customer_code=customer.code,
                    seat=verdict.seat,
                    by=by,
                    terminal=terminal,
                    at=now,
                )
            )
            if key is not None:
                remember(
                    session, key, CHECK_IN, str(verdict.seat), at=now, by=by, terminal=terminal
                )
        uow.commit()
    return verdict


def _admitted_before(
    session: Session, workshop: Workshop, customer: Customer, seat: int
) -> CheckinVerdict:
    used = _used(session, workshop, customer)
    seats, _ever = _seats(session, workshop.id, customer.id)
    at = next((row.checked_in_at for row in used if row.seat == seat), None)
    return _verdict(
        workshop, customer, CheckinResult.ADMITTED, seat=seat, seats=max(seats, seat), at=at
    )
