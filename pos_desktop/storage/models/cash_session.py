"""A till's shift: the float counted in, cash put in or taken out, and the count at closing."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos_desktop.storage.models.base import Base, Versioned
from pos_desktop.storage.types import Money, UtcDateTime


class CashSession(Versioned, Base):
    """Open while ``closed_at`` is empty; at most one open per terminal (a partial index)."""

    __tablename__ = "cash_sessions"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (
        Index(
            "ux_cash_sessions_open_terminal",
            "terminal_id",
            unique=True,
            sqlite_where=text("closed_at IS NULL"),
            postgresql_where=text("closed_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"))
    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id"))
    currency: Mapped[str] = mapped_column(String(3))
    opened_at: Mapped[datetime] = mapped_column(UtcDateTime)
    opened_by: Mapped[str] = mapped_column(String(80))
    float_amount: Mapped[Decimal] = mapped_column(Money())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    closed_by: Mapped[str | None] = mapped_column(String(80))
    expected_cash: Mapped[Decimal | None] = mapped_column(Money())
    counted_cash: Mapped[Decimal | None] = mapped_column(Money())
    movements: Mapped[list[CashMovement]] = relationship(
        order_by="CashMovement.id", cascade="all, delete-orphan"
    )


class CashMovement(Base):
    """Cash put into (``in``) or taken out of (``out``) the drawer outside a sale, and why."""

    __tablename__ = "cash_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("cash_sessions.id"), index=True)
    kind: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column(Money())
    reason: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    by: Mapped[str] = mapped_column(String(80))
