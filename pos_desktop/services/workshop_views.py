"""Workshops as the front ends see them: frozen views and their JSON (a CLI contract).

``workshop_document``'s ``capacity``, ``booked``, ``waitlist``, ``checked_in`` and ``revenue``
and ``checkin_document``'s ``result`` are named in issue 24: scripts and the door view read
them, so they do not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos_desktop.domain.errors import ProblemCollector
from pos_desktop.domain.money import plain_amount
from pos_desktop.domain.phrases import say
from pos_desktop.domain.workshops import (
    CheckedWorkshop,
    CheckinResult,
    WaitState,
    WorkshopStatus,
)


@dataclass(frozen=True, slots=True)
class WorkshopView:
    id: int
    code: str
    title: str
    description: str | None
    room: str | None
    category: str | None
    starts_at: datetime
    minutes: int
    capacity: int
    booked: int
    #: Seats held for waitlist offers not answered yet.
    held: int
    price: Decimal
    vat_rate: Decimal
    currency: str
    status: WorkshopStatus
    booking_deadline: datetime | None
    cancel_reason: str | None
    #: People waiting or holding an offer.
    waitlist: int
    checked_in: int
    #: Gross of the seats sold, less voids and refunds.
    revenue: Decimal
    #: What an edit must name (``WorkshopService.edit``): a stale editor is refused.
    version: int = 1

    @property
    def seats_free(self) -> int:
        return max(self.capacity - self.booked - self.held, 0)

    @property
    def is_free(self) -> bool:
        return self.price == 0


def refuse_edit(now: WorkshopView, wanted: CheckedWorkshop) -> None:
    """What an edit may not do, all at once: change the code, seat fewer than hold a seat,
    cancel (that is ``cancel``, with its reason) or take a workshop with seats back to draft."""
    problems = ProblemCollector()
    if wanted.code != now.code:
        problems.add(
            say("code"),
            say("stays {code} (it is on the invoices); add a new workshop", code=now.code),
        )
    if wanted.capacity < now.booked + now.held:
        problems.add(
            say("capacity"),
            say("at least {count} (booked and held seats)", count=now.booked + now.held),
        )
    if wanted.status is WorkshopStatus.CANCELLED:
        problems.add(say("status"), say("cancel it instead (with a reason)"))
    elif wanted.status is WorkshopStatus.DRAFT and now.booked:
        problems.add(
            say("status"), say("{count} seats are sold: it stays published", count=now.booked)
        )
    problems.raise_if_any()


def workshop_document(view: WorkshopView) -> dict[str, Any]:
    return {
        "code": view.code,
        "title": view.title,
        "description": view.description,
        "room": view.room,
        "category": view.category,
        "starts": view.starts_at.isoformat(),
        "minutes": view.minutes,
        "status": view.status.value,
        "capacity": view.capacity,
        "booked": view.booked,
        "held": view.held,
        "seats_free": view.seats_free,
        "waitlist": view.waitlist,
        "checked_in": view.checked_in,
        "price": plain_amount(view.price),
        "vat_rate": format(view.vat_rate.normalize(), "f"),
        "currency": view.currency,
        "revenue": plain_amount(view.revenue),
        "booking_deadline": view.booking_deadline.isoformat() if view.booking_deadline else None,
        "cancel_reason": view.cancel_reason,
        "version": view.version,
    }


@dataclass(frozen=True, slots=True)
class CheckinVerdict:
    """What the door shows for one scan."""

    result: CheckinResult
    workshop_code: str
    workshop_title: str
    customer_code: str
    name: str
    #: Which of their seats this scan used (admitted), or the last one used (already).
    seat: int
    seats: int
    checked_in_at: datetime | None
    seats_free: int
    #: For ``wrong_session``: the workshop they are booked for, and when it starts.
    booked_for: str | None = None
    booked_for_starts: datetime | None = None


def checkin_document(verdict: CheckinVerdict) -> dict[str, Any]:
    return {
        "result": verdict.result.value,
        "workshop": verdict.workshop_code,
        "title": verdict.workshop_title,
        "customer": verdict.customer_code,
        "name": verdict.name,
        "seat": verdict.seat,
        "seats": verdict.seats,
        "checked_in_at": verdict.checked_in_at.isoformat() if verdict.checked_in_at else None,
        "seats_free": verdict.seats_free,
        "booked_for": verdict.booked_for,
        "booked_for_starts": (
            verdict.booked_for_starts.isoformat() if verdict.booked_for_starts else None
        ),
    }


@dataclass(frozen=True, slots=True)
class WaitlistPlace:
    workshop_code: str
    customer_code: str
    position: int
    state: WaitState
    offer_expires_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SeatItem:
    """A workshop as the checkout sells it (``WorkshopService.seat_item``)."""

    workshop_id: int
    code: str
    title: str
    starts_at: datetime
    price: Decimal
    vat_rate: Decimal
    seats_free: int


@dataclass(frozen=True, slots=True)
class WorkshopRound:
    """What one background round did (``WorkshopService.run_round``)."""

    offers_expired: int = 0
    reminders: int = 0
    #: Why the round failed, when it did (the loop keeps going).
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"offers_expired": self.offers_expired, "reminders": self.reminders}
