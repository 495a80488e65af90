"""What the PDF renderers read: the seller, and the shapes of an invoice and a customer.

The read models (``InvoiceView``, ``CustomerView``) live in ``services``, a layer above the
adapters; the renderers name the attributes they read as Protocols instead of importing them,
so the layering holds and any object of that shape renders (mypy checks the views match).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Protocol

from pos_desktop.config import SellerSettings, ShopSettings
from pos_desktop.domain.document_text import ENGLISH, DocumentText
from pos_desktop.domain.invoice import InvoiceStatus, VatBucket
from pos_desktop.domain.parties import Buyer, postal_lines


@dataclass(frozen=True, slots=True)
class SellerInfo:
    """Who sells: printed at the head of every invoice, receipt and invoice email; ``footer``
    at the foot of each page. ``address`` is free text (lines split at ``;`` or line breaks)."""

    name: str
    address: str = ""
    vat_id: str = ""
    footer: str = ""
    tax_number: str = ""
    register: str = ""

    @property
    def address_lines(self) -> list[str]:
        return [part.strip() for part in re.split(r"[;\n]", self.address) if part.strip()]

    @property
    def legal_lines(self) -> list[str]:
        """VAT ID, tax number and register entry, those that are set."""
        return self.legal_lines_in(ENGLISH)

    def legal_lines_in(self, text: DocumentText) -> list[str]:
        """``legal_lines`` in the document's language."""
        _ = text.gettext
        lines = [_("VAT ID: {vat_id}").format(vat_id=self.vat_id)] if self.vat_id else []
        if self.tax_number:
            lines.append(_("Tax number: {number}").format(number=self.tax_number))
        if self.register:
            lines.append(self.register)
        return lines


def seller_info(
    shop: ShopSettings,
    exhibition_name: str,
    seller: SellerSettings | None = None,
    text: DocumentText = ENGLISH,
) -> SellerInfo:
    """The ``[seller]`` settings, each empty key filled from ``[shop]`` (the older place of
    name, address and VAT ID); a booth that set no name at all sells as its exhibition. The
    country of the address is named in ``text``'s language."""
    legal = seller or SellerSettings()
    street = postal_lines(legal.street, legal.postcode, legal.city, legal.country, text)
    return SellerInfo(
        legal.name or shop.name or exhibition_name,
        "\n".join(street) if street else shop.address,
        legal.vat_id or shop.vat_id,
        shop.footer,
        legal.tax_number,
        legal.register,
    )


class LineDoc(Protocol):
    @property
    def position(self) -> int: ...
    @property
    def description(self) -> str: ...
    @property
    def quantity(self) -> Decimal: ...
    @property
    def unit_price(self) -> Decimal: ...
    @property
    def discount(self) -> Decimal: ...
    @property
    def vat_rate(self) -> Decimal: ...
    @property
    def net(self) -> Decimal: ...
    @property
    def gross(self) -> Decimal: ...


class PaymentDoc(Protocol):
    @property
    def method(self) -> str: ...
    @property
    def amount(self) -> Decimal: ...
    @property
    def tendered(self) -> Decimal: ...
    @property
    def change(self) -> Decimal: ...
    @property
    def reference(self) -> str | None: ...
    @property
    def received_at(self) -> datetime: ...


class InvoiceDoc(Protocol):
    """The attributes of ``services.invoice_views.InvoiceView`` an invoice PDF prints."""

    @property
    def number(self) -> str | None: ...
    @property
    def status(self) -> InvoiceStatus: ...
    @property
    def customer_code(self) -> str | None: ...
    @property
    def customer_name(self) -> str | None: ...
    @property
    def currency(self) -> str: ...
    @property
    def prices_include_vat(self) -> bool: ...
    @property
    def lines(self) -> Sequence[LineDoc]: ...
    @property
    def vat_breakdown(self) -> Sequence[VatBucket]: ...
    @property
    def net(self) -> Decimal: ...
    @property
    def vat(self) -> Decimal: ...
    @property
    def gross(self) -> Decimal: ...
    @property
    def discount(self) -> Decimal: ...
    @property
    def paid(self) -> Decimal: ...
    @property
    def change(self) -> Decimal: ...
    @property
    def balance(self) -> Decimal: ...
    @property
    def payments(self) -> Sequence[PaymentDoc]: ...
    @property
    def cashier(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def issued_at(self) -> datetime | None: ...
    @property
    def voided_at(self) -> datetime | None: ...
    @property
    def void_reason(self) -> str | None: ...
    @property
    def buyer(self) -> Buyer | None: ...
    @property
    def reverse_charge(self) -> bool: ...


class CustomerDoc(Protocol):
    """The attributes of ``services.customer_views.CustomerView`` a badge or an invoice prints."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def company(self) -> str | None: ...
    @property
    def job_title(self) -> str | None: ...
    @property
    def email(self) -> str | None: ...
    @property
    def city(self) -> str | None: ...
    @property
    def country(self) -> str | None: ...
