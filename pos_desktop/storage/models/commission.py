"""Commission rates: per cashier, or per product category (which wins for its products)."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import Percent


class CommissionRate(Base):
    __tablename__ = "commission_rates"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # cashier | category
    key: Mapped[str] = mapped_column(String(80))  # the cashier's label, or the category
    rate: Mapped[Decimal] = mapped_column(Percent())
