"""``product add|list|edit``: the catalogue the scanner sells from."""

from __future__ import annotations

import click

from pos_desktop.cli.command_index import ExtendedGroup
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.domain.money import plain_amount
from pos_desktop.services.products import ProductView


def product_document(p: ProductView) -> dict[str, object]:
    return {
        "sku": p.sku,
        "barcode": p.barcode,
        "barcodes": list(p.barcodes),
        "name": p.name,
        "category": p.category,
        "price": plain_amount(p.price),
        "vat_rate": format(p.vat_rate.normalize(), "f"),
        "active": p.active,
        "track_stock": p.track_stock,
        "low_stock_at": None if p.low_stock_at is None else format(p.low_stock_at.normalize(), "f"),
    }


@click.group("product", cls=ExtendedGroup)
def product_group() -> None:
    """Products: SKU, barcodes, name, price, VAT rate, stock tracking."""


@product_group.command("add")
@click.option("--sku", required=True)
@click.option("--name", required=True)
@click.option("--price", required=True, help="Unit price as typed at the till (gross by default).")
@click.option("--vat", "vat", required=True, help="VAT rate in percent.")
@click.option(
    "--barcode",
    "barcodes",
    multiple=True,
    help="A barcode that sells it; repeat for several (any of them finds it).",
)
@click.option("--category", default="")
@click.option("--track-stock", is_flag=True, help="Sales, refunds and transfers move its stock.")
@click.option("--low-stock-at", default="", help="Warn when a location holds this many or fewer.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def product_add(
    obj: CliContext,
    /,
    *,
    sku: str,
    name: str,
    price: str,
    vat: str,
    barcodes: tuple[str, ...],
    category: str,
    track_stock: bool,
    low_stock_at: str,
    as_json: bool,
) -> None:
    """Add a product to the catalogue."""
    view = obj.services().products.add(
        obj.actor,
        sku=sku,
        name=name,
        price=price,
        vat_rate=vat,
        barcodes=barcodes,
        track_stock=track_stock,
        category=category,
        low_stock_at=low_stock_at,
    )
    if as_json:
        emit_json(product_document(view))
    else:
        click.echo(f"Added {view.sku} {view.name}: {plain_amount(view.price)}")


@product_group.command("list")
@click.option("--search", default="", help="Part of the name, or the start of SKU or barcode.")
@click.option("--all", "include_inactive", is_flag=True, help="Retired products too.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def product_list(obj: CliContext, /, *, search: str, include_inactive: bool, as_json: bool) -> None:
    """Products by name."""
    products = obj.services().products.list_products(
        obj.actor, text=search, limit=1000, include_inactive=include_inactive
    )
    if as_json:
        emit_json([product_document(p) for p in products])
        return
    table(
        ["sku", "name", "barcodes", "price", "vat %", "stock", "on sale"],
        [
            (
                p.sku,
                p.name,
                " ".join(p.barcodes),
                plain_amount(p.price),
                format(p.vat_rate.normalize(), "f"),
                "tracked" if p.track_stock else "",
                "yes" if p.active else "no",
            )
            for p in products
        ],
    )
