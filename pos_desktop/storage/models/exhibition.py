"""Events, tills and the number series they share."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base, Timestamped, Versioned
from pos_desktop.storage.types import UtcDateTime


class Exhibition(Timestamped, Versioned, Base):
    """One event an installation serves; invoices and their currency belong to it."""

    __tablename__ = "exhibitions"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    venue: Mapped[str | None] = mapped_column(String(120))
    booth: Mapped[str | None] = mapped_column(String(40))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(12), default="en")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Terminal(Timestamped, Base):
    """A till; its code is part of every invoice number it issues."""

    __tablename__ = "terminals"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(80))
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class DocumentSeries(Base):
    """The gapless counter behind invoice numbers of one exhibition, terminal and kind.

    ``last_number`` is incremented by an ``UPDATE ... RETURNING`` inside the transaction that
    issues the document, so the row stays locked until that transaction ends and a rollback
    gives the number back: no gaps, no duplicates, whatever the number of terminals.
    """

    __tablename__ = "document_series"
    __table_args__ = (UniqueConstraint("exhibition_id", "terminal_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id"))
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"))
    kind: Mapped[str] = mapped_column(String(16))
    prefix: Mapped[str] = mapped_column(String(32), unique=True)
    last_number: Mapped[int] = mapped_column(Integer, default=0)
