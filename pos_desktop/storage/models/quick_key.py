"""How the checkout's grid of quick keys is arranged (``services/quick_keys.py``).

One row per arranged product (its order, pinned or not, shown or not) or per preset (a named
amount with its VAT rate, sold as a free-text line). A product without a row shows as a tile,
unpinned, after the arranged ones: a new booth has a grid before anyone arranges it. A table
of its own, not columns on ``products``: see migration 0030.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import Money, Percent, UtcDateTime


class QuickKey(Base):
    __tablename__ = "quick_keys"
    __table_args__ = (
        CheckConstraint(
            "product_id IS NOT NULL OR "
            "(label IS NOT NULL AND amount IS NOT NULL AND vat_rate IS NOT NULL)",
            name="product_or_preset",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), unique=True)
    #: A preset's name, amount, VAT rate and tab (a product's come from the product).
    label: Mapped[str | None] = mapped_column(String(60))
    amount: Mapped[Decimal | None] = mapped_column(Money())
    vat_rate: Mapped[Decimal | None] = mapped_column(Percent())
    category: Mapped[str | None] = mapped_column(String(60))
    #: The manager's order, lower first; ``None``: after the ordered ones, by name.
    position: Mapped[int | None]
    #: A favourite: first in every tab it shows in.
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    shown: Mapped[bool] = mapped_column(Boolean, default=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(80))
