"""Invoices, their lines, payments and edit history. Rows are never deleted: voided invoices
stay, with who voided them and why, and count nowhere."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos_desktop.storage.models.base import Base, Timestamped, Versioned
from pos_desktop.storage.types import JsonDocument, Money, Percent, Quantity, UtcDateTime


class Invoice(Timestamped, Versioned, Base):
    """Totals are stored as ``domain.invoice`` computed them when the invoice was written."""

    __tablename__ = "invoices"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("series_id", "sequence"),
        Index("ix_invoices_customer_id_status", "customer_id", "status"),
        Index("ix_invoices_issued_at", "issued_at"),
        Index("ix_invoices_status_issued_at", "status", "issued_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str | None] = mapped_column(String(40), unique=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("document_series.id"))
    sequence: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id"))
    terminal_id: Mapped[int] = mapped_column(ForeignKey("terminals.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    currency: Mapped[str] = mapped_column(String(3))
    prices_include_vat: Mapped[bool]
    net: Mapped[Decimal] = mapped_column(Money())
    vat: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
    discount: Mapped[Decimal] = mapped_column(Money())
    paid: Mapped[Decimal] = mapped_column(Money())
    change: Mapped[Decimal] = mapped_column(Money())
    cashier_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    cashier_name: Mapped[str] = mapped_column(String(80))
    issued_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    voided_by: Mapped[str | None] = mapped_column(String(80))
    void_reason: Mapped[str | None] = mapped_column(String(500))
    #: The buyer as the customer record said when the invoice was issued (``domain.parties``):
    #: a full invoice keeps the address it was issued with when the customer moves later.
    buyer_name: Mapped[str | None] = mapped_column(String(120))
    buyer_company: Mapped[str | None] = mapped_column(String(120))
    buyer_street: Mapped[str | None] = mapped_column(String(120))
    buyer_postcode: Mapped[str | None] = mapped_column(String(16))
    buyer_city: Mapped[str | None] = mapped_column(String(80))
    buyer_country: Mapped[str | None] = mapped_column(String(2))
    buyer_vat_id: Mapped[str | None] = mapped_column(String(20))
    #: A manager chose the reverse-charge note for this sale (intra-EU, buyer's VAT ID).
    reverse_charge: Mapped[bool] = mapped_column(Boolean, default=False)

    lines: Mapped[list[InvoiceLine]] = relationship(
        order_by="InvoiceLine.position", cascade="all, delete-orphan", lazy="selectin"
    )
    payments: Mapped[list[Payment]] = relationship(
        order_by="Payment.id", cascade="all", lazy="selectin"
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    __table_args__ = (UniqueConstraint("invoice_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    #: Seats of a workshop (services/workshop_seats.py books them when the sale is issued).
    workshop_id: Mapped[int | None] = mapped_column(ForeignKey("workshops.id"))
    description: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(Money())
    discount: Mapped[Decimal] = mapped_column(Money())
    discount_percent: Mapped[Decimal | None] = mapped_column(Percent())
    vat_rate: Mapped[Decimal] = mapped_column(Percent())
    net: Mapped[Decimal] = mapped_column(Money())
    vat: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())


class Payment(Base):
    """``amount`` counts towards the invoice; cash ``tendered - amount`` went back as change."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    method: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal] = mapped_column(Money())
    tendered: Mapped[Decimal] = mapped_column(Money())
    change: Mapped[Decimal] = mapped_column(Money())
    reference: Mapped[str | None] = mapped_column(String(80))
    #: Indexed: the reports count money when it was received (``services/net_sales.py``).
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    received_by: Mapped[str] = mapped_column(String(80))


class InvoiceRevision(Base):
    """The invoice as it was before an edit: number, lines, totals, as a JSON snapshot."""

    __tablename__ = "invoice_revisions"
    __table_args__ = (UniqueConstraint("invoice_id", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    revision: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    reason: Mapped[str] = mapped_column(String(500))
    edited_at: Mapped[datetime] = mapped_column(UtcDateTime)
    edited_by: Mapped[str] = mapped_column(String(80))
