"""Workshops and talks at the booth: their seats, waitlist and who came through the door.

``booked`` and ``held`` are counters kept on the workshop row so that a sale takes its seats
with one conditional UPDATE (``booked + held + n <= capacity``): eight tills selling the last
seat at once queue on that row and exactly as many succeed as there are chairs. ``held`` are
seats kept for a waitlist offer that has not been answered yet.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base, Timestamped, Versioned
from pos_desktop.storage.types import Money, Percent, UtcDateTime


class Workshop(Timestamped, Versioned, Base):
    __tablename__ = "workshops"
    __table_args__ = (Index("ix_workshops_exhibition_id_starts_at", "exhibition_id", "starts_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id"))
    #: What the cashier scans or types, like a product's SKU (upper case).
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    room: Mapped[str | None] = mapped_column(String(80))
    category: Mapped[str | None] = mapped_column(String(60))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer)
    booked: Mapped[int] = mapped_column(Integer, default=0)
    held: Mapped[int] = mapped_column(Integer, default=0)
    price: Mapped[Decimal] = mapped_column(Money())
    vat_rate: Mapped[Decimal] = mapped_column(Percent())
    #: ``draft``, ``published`` or ``cancelled`` (domain/workshops.py).
    status: Mapped[str] = mapped_column(String(12))
    booking_deadline: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancel_reason: Mapped[str | None] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class WorkshopBooking(Base):
    """Seats a customer holds, from one invoice line; a void or refund releases them."""

    __tablename__ = "workshop_bookings"
    __table_args__ = (
        Index("ix_workshop_bookings_workshop_id_customer_id", "workshop_id", "customer_id"),
        Index("ix_workshop_bookings_customer_id", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshops.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    #: The invoice line's position (not its id: an invoice edit replaces its line rows).
    line_position: Mapped[int | None] = mapped_column(Integer)
    seats: Mapped[int] = mapped_column(Integer)
    #: Seats given back so far (void, refund); the booking counts ``seats - released``.
    released: Mapped[int] = mapped_column(Integer, default=0)
    booked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: When the reminder before the start was claimed for this booking (by one terminal).
    reminded_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class WaitlistEntry(Base):
    """One customer waiting for a seat; ``offer_expires_at`` set while a seat is held for them."""

    __tablename__ = "workshop_waitlist"
    __table_args__ = (
        UniqueConstraint("workshop_id", "customer_id"),
        Index("ix_workshop_waitlist_state_offer_expires_at", "state", "offer_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshops.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    #: ``waiting``, ``offered``, ``expired``, ``booked`` or ``cancelled``.
    state: Mapped[str] = mapped_column(String(12))
    joined_at: Mapped[datetime] = mapped_column(UtcDateTime)
    offered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    offer_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    added_by: Mapped[str] = mapped_column(String(80))


class WorkshopCheckin(Base):
    """One seat taken at the door: seat ``seat`` of the customer's booked seats."""

    __tablename__ = "workshop_checkins"
    __table_args__ = (UniqueConstraint("workshop_id", "customer_id", "seat"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshops.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    seat: Mapped[int] = mapped_column(Integer)
    checked_in_at: Mapped[datetime] = mapped_column(UtcDateTime)
    checked_in_by: Mapped[str] = mapped_column(String(80))
    #: When this attendee's certificate email was queued: each attendee gets one.
    certificate_queued_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
