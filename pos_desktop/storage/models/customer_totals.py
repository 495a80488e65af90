"""What each customer has been billed, net of voids and refunds, kept as sales happen.

The customer card and the customers list (its bill-count and total columns, sortable over a
million customers) read one row per customer and currency instead of summing their invoices.
Database triggers (migration 0022) change the row in the transaction of every issue, edit, void
and refund (``storage/customer_totals.py``), as ``hourly_sales`` follows the day's money.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import Money


class CustomerTotal(Base):
    """``bills``: invoices issued and not voided; ``net``/``gross``: less voids and credit notes."""

    __tablename__ = "customer_totals"
    __table_args__ = (
        # The customers list sorted by total or by bills: an index walk, page by page.
        Index("ix_customer_totals_currency_gross", "currency", "gross", "customer_id"),
        Index("ix_customer_totals_currency_bills", "currency", "bills", "customer_id"),
    )

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    bills: Mapped[int] = mapped_column(Integer)
    net: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
