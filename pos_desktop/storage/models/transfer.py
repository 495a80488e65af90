"""Goods moving between locations: requested, approved (or rejected), sent, received."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos_desktop.storage.models.base import Base, Versioned
from pos_desktop.storage.types import Quantity, UtcDateTime


class StockTransfer(Versioned, Base):
    __tablename__ = "stock_transfers"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("stock_locations.id"))
    status: Mapped[str] = mapped_column(String(12))
    note: Mapped[str | None] = mapped_column(String(200))
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    requested_by: Mapped[str] = mapped_column(String(80))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(80))
    reject_reason: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sent_by: Mapped[str | None] = mapped_column(String(80))
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    received_by: Mapped[str | None] = mapped_column(String(80))
    lines: Mapped[list[StockTransferLine]] = relationship(
        order_by="StockTransferLine.id", cascade="all, delete-orphan"
    )


class StockTransferLine(Base):
    """What was asked for, what left, what arrived: the differences stay on record."""

    __tablename__ = "stock_transfer_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("stock_transfers.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    requested: Mapped[Decimal] = mapped_column(Quantity())
    sent: Mapped[Decimal | None] = mapped_column(Quantity())
    received: Mapped[Decimal | None] = mapped_column(Quantity())
