"""Read models of invoices, and their one JSON shape (CLI ``--json``, revision snapshots).

JSON field names are a contract with scripts: ``number``, ``status``, ``net``, ``vat``,
``gross``, ``paid``, ``change``..., amounts as decimal strings with the currency's decimals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos_desktop.domain.invoice import (
    InvoiceStatus,
    LineInput,
    PaymentMethod,
    VatBucket,
    price_lines,
)
from pos_desktop.domain.money import amount_text
from pos_desktop.domain.parties import Buyer
from pos_desktop.storage.models import Customer, Invoice


@dataclass(frozen=True, slots=True)
class LineView:
    position: int
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    discount_percent: Decimal | None
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal
    product_id: int | None

    def as_input(self) -> LineInput:
        return LineInput(
            self.description,
            self.quantity,
            self.unit_price,
            self.vat_rate,
            self.discount,
            self.discount_percent,
            self.product_id,
        )


@dataclass(frozen=True, slots=True)
class PaymentView:
    method: PaymentMethod
    amount: Decimal
    tendered: Decimal
    change: Decimal
    reference: str | None
    received_at: datetime
    received_by: str


@dataclass(frozen=True, slots=True)
class InvoiceView:
    id: int
    number: str | None
    status: InvoiceStatus
    exhibition_id: int
    customer_code: str | None
    customer_name: str | None
    currency: str
    prices_include_vat: bool
    lines: tuple[LineView, ...]
    vat_breakdown: tuple[VatBucket, ...]
    net: Decimal
    vat: Decimal
    gross: Decimal
    discount: Decimal
    paid: Decimal
    change: Decimal
    payments: tuple[PaymentView, ...]
    cashier: str
    created_at: datetime
    issued_at: datetime | None
    voided_at: datetime | None
    voided_by: str | None
    void_reason: str | None
    revision: int
    version: int
    #: Who the invoice is issued to: the snapshot taken at issue time (a draft: the customer
    #: as they are now); ``None`` for a walk-in sale or an invoice issued before snapshots.
    buyer: Buyer | None = None
    reverse_charge: bool = False

    @property
    def is_full(self) -> bool:
        """Issued to a company address: a full invoice, else a simplified one."""
        return self.buyer is not None and self.buyer.is_full

    @property
    def balance(self) -> Decimal:
        """Still to pay (negative: owed back to the customer after an edit)."""
        return self.gross - self.paid


@dataclass(frozen=True, slots=True)
class InvoiceSummary:
    """A row of the invoice list; ``id`` and ``issued_at`` are the cursor for the next page."""

    id: int
    number: str | None
    status: InvoiceStatus
    issued_at: datetime | None
    customer_code: str | None
    customer_name: str | None
    currency: str
    gross: Decimal
    paid: Decimal
    cashier: str


def invoice_summary(row: Invoice, customer: Customer | None) -> InvoiceSummary:
    return InvoiceSummary(
        row.id,
        row.number,
        InvoiceStatus(row.status),
        row.issued_at,
        customer.code if customer else None,
        customer.name if customer else None,
        row.currency,
        row.gross,
        row.paid,
        row.cashier_name,
    )


def buyer_of(customer: Customer) -> Buyer:
    """The customer as an invoice's buyer, as their record says now."""
    return Buyer(
        customer.name,
        customer.company,
        customer.street,
        customer.postcode,
        customer.city,
        customer.country,
        customer.vat_id,
    )


def snapshot_buyer(row: Invoice, customer: Customer | None) -> None:
    """Keep the buyer on the invoice as they are now (at issue, or when an edit changes the
    customer); a walk-in sale keeps none."""
    buyer = buyer_of(customer) if customer is not None else None
    row.buyer_name = buyer.name if buyer else None
    row.buyer_company = buyer.company if buyer else None
    row.buyer_street = buyer.street if buyer else None
    row.buyer_postcode = buyer.postcode if buyer else None
    row.buyer_city = buyer.city if buyer else None
    row.buyer_country = buyer.country if buyer else None
    row.buyer_vat_id = buyer.vat_id if buyer else None


def stored_buyer(row: Invoice, customer: Customer | None) -> Buyer | None:
    """The invoice's buyer snapshot; a draft (not issued yet) shows the customer as now."""
    if row.buyer_name is not None:
        return Buyer(
            row.buyer_name,
            row.buyer_company,
            row.buyer_street,
            row.buyer_postcode,
            row.buyer_city,
            row.buyer_country,
            row.buyer_vat_id,
        )
    if row.number is None and customer is not None:
        return buyer_of(customer)
    return None


def invoice_view(
    row: Invoice, customer: Customer | None, *, breakdown: tuple[VatBucket, ...] | None = None
) -> InvoiceView:
    """``breakdown``: the VAT breakdown of the pricing that made the invoice's lines, if at
    hand (a new sale's): the same as pricing the lines again, without doing it."""
    lines = tuple(
        LineView(
            ln.position,
            ln.description,
            ln.quantity,
            ln.unit_price,
            ln.discount,
            ln.discount_percent,
            ln.vat_rate,
            ln.net,
            ln.vat,
            ln.gross,
            ln.product_id,
        )
        for ln in row.lines
    )
    # The breakdown comes from the same function that priced the invoice, not a second sum.
    if breakdown is None:
        breakdown = (
            price_lines(
                [ln.as_input() for ln in lines], row.currency, row.prices_include_vat
            ).totals.vat_breakdown
            if lines
            else ()
        )
    payments = tuple(
        PaymentView(
            PaymentMethod(p.method),
            p.amount,
            p.tendered,
            p.change,
            p.reference,
            p.received_at,
            p.received_by,
        )
        for p in row.payments
    )
    return InvoiceView(
        id=row.id,
        number=row.number,
        status=InvoiceStatus(row.status),
        exhibition_id=row.exhibition_id,
        customer_code=customer.code if customer else None,
        customer_name=customer.name if customer else None,
        currency=row.currency,
        prices_include_vat=row.prices_include_vat,
        lines=lines,
        vat_breakdown=breakdown,
        net=row.net,
        vat=row.vat,
        gross=row.gross,
        discount=row.discount,
        paid=row.paid,
        change=row.change,
        payments=payments,
        cashier=row.cashier_name,
        created_at=row.created_at,
        issued_at=row.issued_at,
        voided_at=row.voided_at,
        voided_by=row.voided_by,
        void_reason=row.void_reason,
        revision=row.revision,
        version=row.version,
        buyer=stored_buyer(row, customer),
        reverse_charge=bool(row.reverse_charge),
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def invoice_document(view: InvoiceView) -> dict[str, Any]:
    """The invoice as JSON-ready data, amounts as strings with the currency's decimals."""
    cur = view.currency
    money = amount_text(cur)

    return {
        "number": view.number,
        "status": view.status.value,
        "customer": view.customer_code,
        "customer_name": view.customer_name,
        "currency": cur,
        "prices_include_vat": view.prices_include_vat,
        "lines": [
            {
                "position": ln.position,
                "description": ln.description,
                "quantity": f"{ln.quantity.normalize():f}",
                "unit_price": money(ln.unit_price),
                "discount": money(ln.discount),
                "vat_rate": f"{ln.vat_rate.normalize():f}",
                "net": money(ln.net),
                "vat": money(ln.vat),
                "gross": money(ln.gross),
            }
            for ln in view.lines
        ],
        "vat_breakdown": [
            {
                "rate": f"{b.rate.normalize():f}",
                "net": money(b.net),
                "vat": money(b.vat),
                "gross": money(b.gross),
            }
            for b in view.vat_breakdown
        ],
        "net": money(view.net),
        "vat": money(view.vat),
        "gross": money(view.gross),
        "discount": money(view.discount),
        "paid": money(view.paid),
        "balance": money(view.balance),
        "change": money(view.change),
        "payments": [
            {
                "method": p.method.value,
                "amount": money(p.amount),
                "tendered": money(p.tendered),
                "change": money(p.change),
                "reference": p.reference,
                "received_at": _iso(p.received_at),
                "received_by": p.received_by,
            }
            for p in view.payments
        ],
        "cashier": view.cashier,
        "created_at": _iso(view.created_at),
        "issued_at": _iso(view.issued_at),
        "voided_at": _iso(view.voided_at),
        "voided_by": view.voided_by,
        "void_reason": view.void_reason,
        "revision": view.revision,
        "buyer": view.buyer.as_document() if view.buyer else None,
        "full_invoice": view.is_full,
        "reverse_charge": view.reverse_charge,
    }
