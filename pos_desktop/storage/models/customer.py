"""Visitors registered at the booth, identified by their customer code."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base, Timestamped, Versioned
from pos_desktop.storage.types import JsonDocument, UtcDateTime


class Customer(Timestamped, Versioned, Base):
    __tablename__ = "customers"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (
        # Lookups a cashier waits on: scan (code, unique), duplicate email, phone, source id.
        Index("ix_customers_email_key", "email_key"),
        Index("ix_customers_phone", "phone"),
        Index("ix_customers_external_ref", "external_ref"),
        Index("ix_customers_name_key", "name_key"),
        # The dashboard's "new today" (its counts by country and type: ``customer_counts``).
        Index("ix_customers_exhibition_created", "registered_exhibition_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    email_key: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))
    company: Mapped[str | None] = mapped_column(String(120))
    job_title: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(2))
    city: Mapped[str | None] = mapped_column(String(80))
    street: Mapped[str | None] = mapped_column(String(120))
    postcode: Mapped[str | None] = mapped_column(String(16))
    #: Compact, with its country prefix (``DE136695976``), checked by ``domain.vat_id``.
    vat_id: Mapped[str | None] = mapped_column(String(20))
    customer_type: Mapped[str] = mapped_column(String(16))
    #: Of receipts, invoices and emails (``domain/languages.py``); ``None``: from the country
    #: (migration 0032).
    language: Mapped[str | None] = mapped_column(String(8))
    notes: Mapped[str | None] = mapped_column(Text)
    external_ref: Mapped[str | None] = mapped_column(String(64))
    website: Mapped[str | None] = mapped_column(String(200))
    lead_status: Mapped[str | None] = mapped_column(String(16))
    #: What an import could not normalise, kept as written: ``{"phone": "12-34 ext"}``.
    as_written: Mapped[dict[str, str] | None] = mapped_column(JsonDocument)
    search_text: Mapped[str] = mapped_column(Text)
    registered_exhibition_id: Mapped[int | None] = mapped_column(ForeignKey("exhibitions.id"))
    registered_by: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
