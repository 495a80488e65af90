"""Read models of customers and their one JSON shape (CLI ``--json``, exports).

JSON field names are a contract with scripts: a customer's ``code``, ``name``, ``email``...;
amounts as decimal strings with the currency's decimals.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from pos_desktop.domain.customer import CustomerFields, CustomerType
from pos_desktop.domain.customer_fields import FIELD_NAMES, covering
from pos_desktop.domain.money import format_amount
from pos_desktop.storage.models import Customer


@dataclass(frozen=True, slots=True)
class CustomerView:
    code: str
    name: str
    email: str | None
    phone: str | None
    company: str | None
    job_title: str | None
    country: str | None
    city: str | None
    customer_type: CustomerType
    notes: str | None
    external_ref: str | None
    registered_by: str
    created_at: datetime
    updated_at: datetime
    version: int
    website: str | None = None
    lead_status: str | None = None
    #: Values an import could not normalise, as written (``{"phone": "12-34"}``).
    as_written: dict[str, str] | None = None
    street: str | None = None
    postcode: str | None = None
    vat_id: str | None = None
    #: Of the customer's documents as stored; ``None``: from the country.
    language: str | None = None

    @property
    def fields(self) -> CustomerFields:
        return CustomerFields(**{name: getattr(self, name) for name in FIELD_NAMES})


def customer_view(c: Customer) -> CustomerView:
    return CustomerView(
        c.code,
        c.name,
        c.email,
        c.phone,
        c.company,
        c.job_title,
        c.country,
        c.city,
        CustomerType(c.customer_type),
        c.notes,
        c.external_ref,
        c.registered_by,
        c.created_at,
        c.updated_at,
        c.version,
        c.website,
        c.lead_status,
        c.as_written,
        c.street,
        c.postcode,
        c.vat_id,
        c.language,
    )


@dataclass(frozen=True, slots=True)
class BilledTotal:
    currency: str
    bill_count: int
    total: Decimal


@dataclass(frozen=True, slots=True)
class InvoiceBrief:
    number: str
    issued_at: datetime | None
    status: str
    currency: str
    gross: Decimal


@dataclass(frozen=True, slots=True)
class CustomerCard:
    """What the checkout shows after a scan: who, how often billed, for how much, lately what."""

    customer: CustomerView
    bill_count: int
    totals: tuple[BilledTotal, ...]
    last_invoices: tuple[InvoiceBrief, ...]
    #: The welcome email: ``sent``, ``queued...``, ``failed: <reason>``; ``None``: none queued.
    email_status: str | None = None


@dataclass(frozen=True, slots=True)
class CustomerBills:
    """A row of the classic "bills per customer" view."""

    code: str
    name: str
    company: str | None
    currency: str
    bill_count: int
    total: Decimal


#: The document's keys in the order scripts have always seen them: the customer fields in the
#: order an address is written (street, postcode, city, country), then the record's own.
DOCUMENT_KEYS = covering(
    (
        "code",
        "name",
        "email",
        "phone",
        "company",
        "job_title",
        "street",
        "postcode",
        "city",
        "country",
        "vat_id",
        "customer_type",
        "notes",
        "external_ref",
        "registered_by",
        "created_at",
        "updated_at",
        "version",
        "language",  # later than the others: added at the end, for scripts reading by place
    )
)


def _plain(value: object) -> object:
    """What JSON holds: a type as its text, a time in ISO 8601."""
    if isinstance(value, CustomerType):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def customer_document(view: CustomerView) -> dict[str, Any]:
    return {key: _plain(getattr(view, key)) for key in DOCUMENT_KEYS}


def card_document(card: CustomerCard) -> dict[str, Any]:
    """The customer plus ``bill_count``, ``total_billed`` per currency and the last invoices."""
    return {
        **customer_document(card.customer),
        "bill_count": card.bill_count,
        "total_billed": {t.currency: format_amount(t.total, t.currency) for t in card.totals},
        "last_invoices": [
            {
                "number": b.number,
                "issued_at": b.issued_at.isoformat() if b.issued_at else None,
                "status": b.status,
                "currency": b.currency,
                "gross": format_amount(b.gross, b.currency),
            }
            for b in card.last_invoices
        ],
    }
