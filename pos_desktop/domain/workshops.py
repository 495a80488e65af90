"""Workshops, talks and tours at the booth: their rules, without storage.

A workshop is sold by its code like a product, one seat per unit of quantity, always to a
known customer (the door admits by the customer's QR). Statuses, the door's verdicts and the
waitlist's states are the words the front ends, the CLI's JSON and the database share.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

from pos_desktop.domain.errors import InvalidState, ProblemCollector, ValidationError
from pos_desktop.domain.invoice import parse_vat_rate
from pos_desktop.domain.money import parse_amount
from pos_desktop.domain.phrases import say
from pos_desktop.domain.text import clean_line

CODE_MAX = 40
TITLE_MAX = 200
MAX_MINUTES = 24 * 60
MAX_CAPACITY = 100_000


class WorkshopStatus(StrEnum):
    DRAFT = "draft"  # being prepared: not sold yet
    PUBLISHED = "published"  # on sale
    CANCELLED = "cancelled"  # called off: nothing sold, the door says so


class WaitState(StrEnum):
    WAITING = "waiting"
    OFFERED = "offered"  # a seat is held for them until ``offer_expires_at``
    EXPIRED = "expired"  # the offer went unanswered: it passed to the next
    BOOKED = "booked"  # they bought the seat
    CANCELLED = "cancelled"  # the workshop was cancelled


class CheckinResult(StrEnum):
    """The door's verdict (a CLI contract: ``checkin --json`` -> ``result``)."""

    ADMITTED = "admitted"
    ALREADY = "already"
    NOT_BOOKED = "not_booked"
    WRONG_SESSION = "wrong_session"
    CANCELLED = "cancelled"


class SeatsUnavailable(InvalidState):
    """The sale asks for more seats than are free (or the workshop is not on sale)."""


@dataclass(frozen=True, slots=True)
class WorkshopInput:
    """A workshop as a manager types it; checked by :func:`checked_workshop`."""

    code: str
    title: str
    starts_at: datetime
    minutes: int
    capacity: int
    price: str | Decimal
    vat_rate: str | Decimal
    room: str = ""
    description: str = ""
    category: str = ""
    status: WorkshopStatus = WorkshopStatus.PUBLISHED
    booking_deadline: datetime | None = None


@dataclass(frozen=True, slots=True)
class CheckedWorkshop:
    code: str
    title: str
    starts_at: datetime
    minutes: int
    capacity: int
    price: Decimal
    vat_rate: Decimal
    room: str | None
    description: str | None
    category: str | None
    status: WorkshopStatus
    booking_deadline: datetime | None


def workshop_code(text: str) -> str:
    """Codes are typed and scanned like SKUs: trimmed, upper case."""
    return clean_line(text).upper()


def checked_workshop(data: WorkshopInput, currency: str) -> CheckedWorkshop:
    """Every field checked at once (a form marks all its wrong fields in one go)."""
    problems = ProblemCollector()
    code = workshop_code(data.code)
    title = clean_line(data.title)
    if not code or len(code) > CODE_MAX or " " in code:
        problems.add(say("code"), say("1 to {most} characters without spaces", most=CODE_MAX))
    if not title or len(title) > TITLE_MAX:
        problems.add(say("title"), say("1 to {most} characters", most=TITLE_MAX))
    if data.starts_at.tzinfo is None:
        problems.add(say("starts"), say("needs a time zone (e.g. 2026-05-04T14:00+02:00)"))
    if not 1 <= data.minutes <= MAX_MINUTES:
        problems.add(say("minutes"), say("from 1 to {most}", most=MAX_MINUTES))
    if not 1 <= data.capacity <= MAX_CAPACITY:
        problems.add(say("capacity"), say("from 1 to {most}", most=MAX_CAPACITY))
    price = vat = Decimal(0)
    with problems.collect():
        price = parse_amount(data.price, currency, field=say("price"), allow_zero=True)
    with problems.collect():
        vat = parse_vat_rate(data.vat_rate, field=say("VAT rate"))
    deadline = data.booking_deadline
    if deadline is not None and data.starts_at.tzinfo and deadline.tzinfo is None:
        problems.add(say("booking deadline"), say("needs a time zone"))
    problems.raise_if_any()
    return CheckedWorkshop(
        code=code,
        title=title,
        starts_at=data.starts_at,
        minutes=data.minutes,
        capacity=data.capacity,
        price=price,
        vat_rate=vat,
        room=clean_line(data.room) or None,
        description=data.description.strip() or None,
        category=clean_line(data.category) or None,
        status=data.status,
        booking_deadline=deadline,
    )


def seat_count(quantity: Decimal) -> int:
    """Seats are whole: ``2`` or ``2.000`` is two, ``1.5`` is refused."""
    if quantity != quantity.to_integral_value() or quantity < 1:
        raise ValidationError.single(
            say("quantity"), say("workshop seats are whole numbers (1, 2, ...)")
        )
    return int(quantity)


def ends_at(starts_at: datetime, minutes: int) -> datetime:
    return starts_at + timedelta(minutes=minutes)
