"""The buyer of an invoice as it was issued, and the rule for a full or a simplified invoice.

An invoice to a company must keep the address it was issued with when the customer moves
later (EU VAT directive, art. 226: the buyer's name, address and VAT ID are part of the
invoice), so the buyer is a snapshot taken at issue time and stored with the invoice.

A full invoice names the buyer with their company address and VAT ID; anything less is a
simplified invoice (art. 226b; in Germany allowed up to 250 EUR gross).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from pos_desktop.domain.countries import country_name
from pos_desktop.domain.document_text import ENGLISH, N_, DocumentText

REVERSE_CHARGE_NOTE = N_(
    "Reverse charge: VAT to be accounted for by the recipient, Art. 196 Directive 2006/112/EC"
)


def postal_lines(
    street: str | None,
    postcode: str | None,
    city: str | None,
    country: str | None,
    text: DocumentText = ENGLISH,
) -> list[str]:
    """An address as it is written on a letter: street, postcode and city, country (named in
    the document's language)."""
    place = " ".join(p for p in (postcode, city) if p)
    named = (text.country(country) or country_name(country)) if country else None
    return [line for line in (street, place, named) if line]


@dataclass(frozen=True, slots=True)
class Buyer:
    """Who an invoice is issued to, as the customer record said at issue time."""

    name: str
    company: str | None = None
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    vat_id: str | None = None

    @property
    def is_full(self) -> bool:
        """A company address: the invoice names the buyer in full (a full invoice)."""
        return bool(self.company and self.street and self.city)

    def address_lines(self, text: DocumentText = ENGLISH) -> list[str]:
        return postal_lines(self.street, self.postcode, self.city, self.country, text)

    def block_lines(self, text: DocumentText = ENGLISH) -> list[str]:
        """The buyer as a full invoice prints it: company, person, address, VAT ID."""
        lines = [line for line in (self.company, self.name) if line]
        lines += self.address_lines(text)
        if self.vat_id:
            lines.append(text.gettext("VAT ID: {vat_id}").format(vat_id=self.vat_id))
        return lines

    def as_document(self) -> dict[str, Any]:
        """Every field by name (``asdict`` without its deep copy: the fields are plain text)."""
        return {name: getattr(self, name) for name in _BUYER_FIELDS}


_BUYER_FIELDS = tuple(field.name for field in fields(Buyer))
