"""What a code scanned or typed at the checkout sells: a product or a workshop's seats.

One lookup for the CLI's ``--item CODE:QTY`` and (later) the checkout's scan field, so both
sell a workshop by its code exactly as a product by its barcode or SKU. Products win when a
code is both (a product's barcode is what a scanner reads most).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.invoice import LineInput
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor
from pos_desktop.services.products import ProductService
from pos_desktop.services.workshop_views import SeatItem
from pos_desktop.services.workshops import WorkshopService


class ItemKind(StrEnum):
    PRODUCT = "product"
    WORKSHOP = "workshop"


@dataclass(frozen=True, slots=True)
class SaleItem:
    kind: ItemKind
    id: int
    code: str
    name: str
    price: Decimal
    vat_rate: Decimal
    #: A workshop's seats free when it was looked up (the sale checks again); else ``None``.
    seats_free: int | None = None

    def line(self, quantity: Decimal) -> LineInput:
        """The cart line selling ``quantity`` of it (seats: the sale books them)."""
        if self.kind is ItemKind.WORKSHOP:
            return LineInput(self.name, quantity, self.price, self.vat_rate, workshop_id=self.id)
        return LineInput(self.name, quantity, self.price, self.vat_rate, product_id=self.id)


def seat_name(seat: SeatItem) -> str:
    """How a seat reads on the invoice: the workshop, its code and when it starts."""
    return f"Workshop {seat.code}: {seat.title} ({seat.starts_at.astimezone():%Y-%m-%d %H:%M})"


class SaleItems:
    def __init__(self, products: ProductService, workshops: WorkshopService) -> None:
        self._products = products
        self._workshops = workshops

    def find(self, actor: Actor, code: str) -> SaleItem:
        try:
            product = self._products.find(actor, code)
        except NotFound:
            pass
        else:
            return SaleItem(
                ItemKind.PRODUCT,
                product.id,
                product.sku,
                product.name,
                product.price,
                product.vat_rate,
            )
        try:
            seat = self._workshops.seat_item(actor, code)
        except NotFound:
            raise NotFound(
                say("no product or workshop on sale with code {code!r}", code=code.strip())
            ) from None
        return SaleItem(
            ItemKind.WORKSHOP,
            seat.workshop_id,
            seat.code,
            seat_name(seat),
            seat.price,
            seat.vat_rate,
            seat.seats_free,
        )
