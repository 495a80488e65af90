"""After the talk: who did not come, and a day's workshops in figures.

A no-show holds seats (not voided or refunded) but was not scanned in for all of them once
the workshop has ended; before the end nobody is a no-show yet (``no_shows`` is ``None``).
The JSON documents are what ``workshop no-shows|stats --json`` print: their names are kept.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.domain.money import ZERO, plain_amount
from pos_desktop.domain.workshops import WaitState, ends_at
from pos_desktop.services.workshop_queries import workshop_views
from pos_desktop.storage.models import (
    Customer,
    WaitlistEntry,
    Workshop,
    WorkshopBooking,
    WorkshopCheckin,
)


@dataclass(frozen=True, slots=True)
class NoShow:
    customer_code: str
    name: str
    email: str | None
    #: Seats they hold, and how many of them were used at the door.
    seats: int
    checked_in: int


@dataclass(frozen=True, slots=True)
class WorkshopStats:
    code: str
    title: str
    starts_at: datetime
    minutes: int
    status: str
    capacity: int
    booked: int
    checked_in: int
    #: Seats booked but not used at the door; ``None`` until the workshop has ended.
    no_shows: int | None
    #: People waiting or holding an offer now.
    waitlist: int
    #: Waitlist places that became a booking (an offer taken at the counter).
    conversions: int
    revenue: Decimal
    currency: str


@dataclass(frozen=True, slots=True)
class DayStats:
    day: date
    workshops: tuple[WorkshopStats, ...]

    def total(self, name: str) -> int:
        return sum(getattr(w, name) or 0 for w in self.workshops)

    @property
    def revenue(self) -> Decimal:
        return sum((w.revenue for w in self.workshops), ZERO)


def _missing_seats(session: Session, ids: list[int]) -> dict[tuple[int, int], tuple[int, int]]:
    """``(workshop, customer) -> (seats held, seats used)`` for everyone short of their seats."""
    held = session.execute(
        select(
            WorkshopBooking.workshop_id,
            WorkshopBooking.customer_id,
            func.sum(WorkshopBooking.seats - WorkshopBooking.released),
        )
        .where(WorkshopBooking.workshop_id.in_(ids))
        .group_by(WorkshopBooking.workshop_id, WorkshopBooking.customer_id)
    ).all()
    used = {
        (w, c): int(n)
        for w, c, n in session.execute(
            select(
                WorkshopCheckin.workshop_id,
                WorkshopCheckin.customer_id,
                func.count(WorkshopCheckin.id),
            )
            .where(WorkshopCheckin.workshop_id.in_(ids))
            .group_by(WorkshopCheckin.workshop_id, WorkshopCheckin.customer_id)
        ).all()
    }
    return {
        (w, c): (int(n), used.get((w, c), 0))
        for w, c, n in held
        if int(n or 0) > used.get((w, c), 0)
    }


def no_shows(session: Session, workshop: Workshop) -> list[NoShow]:
    """Everyone short of their seats at ``workshop``, by name."""
    missing = _missing_seats(session, [workshop.id])
    if not missing:
        return []
    people = session.execute(
        select(Customer.id, Customer.code, Customer.name, Customer.email).where(
            Customer.id.in_([c for _w, c in missing])
        )
    ).all()
    found = [
        NoShow(code, name, email, *missing[(workshop.id, customer_id)])
        for customer_id, code, name, email in people
    ]
    return sorted(found, key=lambda n: (n.name.casefold(), n.customer_code))


def workshop_stats(
    session: Session, rows: Sequence[Workshop], now: datetime
) -> list[WorkshopStats]:
    ids = [row.id for row in rows]
    if not ids:
        return []
    short: dict[int, int] = defaultdict(int)
    for (workshop_id, _customer), (seats, used) in _missing_seats(session, ids).items():
        short[workshop_id] += seats - used
    converted = dict(
        session.execute(
            select(WaitlistEntry.workshop_id, func.count(WaitlistEntry.id))
            .where(
                WaitlistEntry.workshop_id.in_(ids),
                WaitlistEntry.state == WaitState.BOOKED.value,
            )
            .group_by(WaitlistEntry.workshop_id)
        ).all()
    )
    return [
        WorkshopStats(
            code=view.code,
            title=view.title,
            starts_at=view.starts_at,
            minutes=view.minutes,
            status=view.status.value,
            capacity=view.capacity,
            booked=view.booked,
            checked_in=view.checked_in,
            no_shows=short[view.id] if now >= ends_at(view.starts_at, view.minutes) else None,
            waitlist=view.waitlist,
            conversions=int(converted.get(view.id, 0)),
            revenue=view.revenue,
            currency=view.currency,
        )
        for view in workshop_views(session, rows)
    ]


def no_show_document(n: NoShow) -> dict[str, Any]:
    return {
        "customer": n.customer_code,
        "name": n.name,
        "email": n.email,
        "seats": n.seats,
        "checked_in": n.checked_in,
    }


def stats_document(day: DayStats) -> dict[str, Any]:
    counts = ("capacity", "booked", "checked_in", "no_shows", "waitlist", "conversions")
    return {
        "day": day.day.isoformat(),
        "workshops": [
            {
                "code": w.code,
                "title": w.title,
                "starts": w.starts_at.isoformat(),
                "minutes": w.minutes,
                "status": w.status,
                **{name: getattr(w, name) for name in counts},
                "revenue": plain_amount(w.revenue),
                "currency": w.currency,
            }
            for w in day.workshops
        ],
        "totals": {name: day.total(name) for name in counts}
        | {"revenue": plain_amount(day.revenue)},
    }
