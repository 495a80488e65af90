"""Carts put aside at a till (F10) while their customer fetches a card, to be recalled later.

Kept in the database, not in memory: a parked cart survives the app being closed or crashing.
The lines are stored as the cashier typed them (text, JSON) because a parked cart is not yet a
sale: a line still waiting for its price must come back as it was. ``action_key`` is the cart's
idempotency key, unique, so parking the same cart twice (a retry) leaves one row; recalling
deletes the row, so a cart comes back once only.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import Money, UtcDateTime


class ParkedSale(Base):
    __tablename__ = "parked_sales"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The terminal (``pos.terminal``) whose checkout parked it: each till sees its own.
    terminal: Mapped[str] = mapped_column(String(8), index=True)
    action_key: Mapped[str] = mapped_column(String(64), unique=True)
    parked_at: Mapped[datetime] = mapped_column(UtcDateTime)
    parked_by: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(String(200))
    customer_code: Mapped[str | None] = mapped_column(String(16))
    customer_name: Mapped[str | None] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    #: The total when parked, for the list (the lines are priced again when recalled).
    gross: Mapped[Decimal] = mapped_column(Money())
    line_count: Mapped[int]
    #: JSON list of the lines as typed: description, quantity, unit_price, vat_rate, discount,
    #: product_id.
    lines: Mapped[str] = mapped_column(Text)
