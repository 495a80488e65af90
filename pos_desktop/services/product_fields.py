"""A product's fields as a form or a file row gives them: checked in one place, for adding and
changing alike, and the codes (SKU and barcodes) kept unique across the whole catalogue.

A scan is looked up by barcode or SKU in one query, so a code may name only one product: a
barcode can be neither another product's barcode nor another product's SKU, and the same goes
for a SKU.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, union_all
from sqlalchemy.orm import Session

from pos_desktop.domain.errors import Conflict, ProblemCollector
from pos_desktop.domain.invoice import parse_vat_rate
from pos_desktop.domain.money import parse_amount, parse_decimal, round_money
from pos_desktop.domain.phrases import say
from pos_desktop.domain.product_codes import parse_barcodes, parse_sku
from pos_desktop.domain.text import clean_line, name_text
from pos_desktop.storage.models import Product, ProductBarcode


@dataclass(frozen=True, slots=True)
class ProductFields:
    """What a form or a file row says of a product, as typed; ``None`` keeps what it has.

    A new product needs ``sku``, ``name``, ``price`` and ``vat_rate``; the rest default to no
    barcodes, on sale, not tracked, no category, no threshold.
    """

    sku: str | None = None
    name: str | None = None
    price: str | None = None
    vat_rate: str | None = None
    barcodes: Sequence[str] | None = None
    active: bool | None = None
    track_stock: bool | None = None
    category: str | None = None
    low_stock_at: str | None = None

    def for_new_product(self) -> ProductFields:
        """Every field given: a blank for what a new product must have, defaults for the rest."""
        return ProductFields(
            self.sku or "",
            self.name or "",
            self.price or "",
            self.vat_rate or "",
            self.barcodes or (),
            True if self.active is None else self.active,
            bool(self.track_stock),
            self.category or "",
            self.low_stock_at or "",
        )


def checked_values(fields: ProductFields, currency: str) -> dict[str, Any]:
    """The given fields parsed (keys as in :func:`state`); every problem reported at once."""
    problems = ProblemCollector()
    values: dict[str, Any] = {}
    with problems.collect():
        if fields.sku is not None:
            values["sku"] = parse_sku(fields.sku)
    with problems.collect():
        if fields.name is not None:
            values["name"] = name_text(fields.name, say("name"), max_length=200, required=True)
    with problems.collect():
        if fields.price is not None:
            values["price"] = parse_amount(fields.price, currency, field=say("price"))
    with problems.collect():
        if fields.vat_rate is not None:
            values["vat_rate"] = parse_vat_rate(fields.vat_rate)
    with problems.collect():
        if fields.barcodes is not None:
            values["barcodes"] = parse_barcodes(fields.barcodes)
    with problems.collect():
        if fields.low_stock_at is not None:
            values["low_stock_at"] = (
                parse_decimal(
                    fields.low_stock_at, field=say("low stock at"), max_decimals=3, allow_zero=True
                )
                if fields.low_stock_at.strip()
                else None
            )
    problems.raise_if_any()
    if fields.category is not None:
        values["category"] = clean_line(fields.category)[:60] or None
    for flag in ("active", "track_stock"):
        if getattr(fields, flag) is not None:
            values[flag] = getattr(fields, flag)
    return values


def refuse_taken_codes(
    session: Session, codes: Sequence[str], sku: str, own_id: int | None
) -> None:
    """``Conflict`` naming the product that already has one of ``codes`` as SKU or barcode."""
    by_barcode = (
        select(ProductBarcode.barcode.label("code"), Product.sku, Product.name)
        .join(Product, Product.id == ProductBarcode.product_id)
        .where(ProductBarcode.barcode.in_(codes))
    )
    by_sku = select(Product.sku.label("code"), Product.sku, Product.name).where(
        Product.sku.in_(codes)
    )
    if own_id is not None:
        by_barcode = by_barcode.where(Product.id != own_id)
        by_sku = by_sku.where(Product.id != own_id)
    taken = session.execute(union_all(by_barcode, by_sku).limit(1)).first()
    if taken is not None:
        raise Conflict(
            say(
                "SKU {code} is already used by {sku} ({name})",
                code=taken.code,
                sku=taken.sku,
                name=taken.name,
            )
            if taken.code == sku
            else say(
                "barcode {code} is already used by {sku} ({name})",
                code=taken.code,
                sku=taken.sku,
                name=taken.name,
            )
        )


def state(row: Product) -> dict[str, Any]:
    """What a product holds, keyed like :func:`checked_values`."""
    return {
        "sku": row.sku,
        "name": row.name,
        "price": row.price,
        "vat_rate": row.vat_rate,
        "barcodes": [b.barcode for b in row.barcodes],
        "active": row.active,
        "track_stock": bool(row.track_stock),
        "category": row.category,
        "low_stock_at": row.low_stock_at,
    }


def document(values: Mapping[str, Any], currency: str) -> dict[str, Any]:
    """What the audit log keeps of a product, before and after a change (and what tells
    whether anything changed: amounts as the currency shows them, rates without trailing 0s)."""
    return {
        **values,
        "price": round_money(values["price"], currency),
        "vat_rate": values["vat_rate"].normalize(),
        "low_stock_at": None
        if values["low_stock_at"] is None
        else values["low_stock_at"].normalize(),
    }


def apply(row: Product, values: Mapping[str, Any]) -> None:
    """Write checked values to the row; barcodes kept are the same rows, in the new order."""
    for column, value in values.items():
        if column != "barcodes":
            setattr(row, column, value)
    if "barcodes" in values:
        kept = {b.barcode: b for b in row.barcodes}
        row.barcodes = [
            kept.get(code) or ProductBarcode(barcode=code) for code in values["barcodes"]
        ]
        for position, barcode in enumerate(row.barcodes):
            barcode.position = position
