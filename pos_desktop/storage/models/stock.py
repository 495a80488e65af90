"""Where things are: locations, the movement ledger, and the levels the ledger adds up to.

Every change of stock is a movement (who, why, which sale or transfer). ``stock_levels`` holds
the sum per product and location, updated in the same transaction as each movement, so a level
is read in one row and a sale can refuse to oversell with one conditional UPDATE.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import Quantity, UtcDateTime


class StockLocation(Base):
    """The booth, the stand's storage, the van, the warehouse..."""

    __tablename__ = "stock_locations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class StockMovement(Base):
    """``quantity`` > 0 comes in, < 0 goes out; ``reference`` names the sale, refund or transfer."""

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_stock_movements_product_location", "product_id", "location_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    reason: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str | None] = mapped_column(String(60))
    note: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by: Mapped[str] = mapped_column(String(80))


class StockLevel(Base):
    """The sum of a product's movements at a location."""

    __tablename__ = "stock_levels"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"), primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity())
