"""How many visitors each exhibition registered, per country and customer type.

The dashboard's pies read these few dozen rows instead of counting a million customers (two
index scans of 85 ms each at 1M on SQLite). Database triggers keep them (migration 0004):
every insert, update of the exhibition, country or type, and delete of a customer changes its
row in the same transaction, whichever code wrote the customer (service, import, bulk load).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base


class CustomerCount(Base):
    """``country`` is ``""`` when not given (a key column cannot be NULL)."""

    __tablename__ = "customer_counts"

    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id"), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    customer_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    registered: Mapped[int] = mapped_column(Integer)
