"""The door's verdict for one scan, decided and written in the caller's transaction.

A customer with two seats is admitted twice (seat 1 of 2, seat 2 of 2); a third scan is
``already``. Nobody is turned away for the clock: a door may open early or let latecomers in.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.domain.workshops import CheckinResult, WorkshopStatus
from pos_desktop.services.workshop_views import CheckinVerdict
from pos_desktop.storage.models import Customer, Workshop, WorkshopBooking, WorkshopCheckin


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


def check_in(
    session: Session, workshop: Workshop, customer: Customer, *, now: datetime, by: str
) -> CheckinVerdict:
    def verdict(
        result: CheckinResult,
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

    if workshop.status == WorkshopStatus.CANCELLED.value:
        return verdict(CheckinResult.CANCELLED)
    seats, ever = _seats(session, workshop.id, customer.id)
    if seats == 0:
        if ever:  # their seats were voided or refunded
            return verdict(CheckinResult.CANCELLED)
        other = _other_session(session, workshop, customer.id)
        if other is not None:
            return verdict(CheckinResult.WRONG_SESSION, other=other)
        return verdict(CheckinResult.NOT_BOOKED)
    used = session.scalars(
        select(WorkshopCheckin)
        .where(
            WorkshopCheckin.workshop_id == workshop.id,
            WorkshopCheckin.customer_id == customer.id,
        )
        .order_by(WorkshopCheckin.seat)
    ).all()
    if len(used) >= seats:
        return verdict(CheckinResult.ALREADY, len(used), seats, used[-1].checked_in_at)
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
    return verdict(CheckinResult.ADMITTED, seat, seats, now)
