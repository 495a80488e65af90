"""``stock show|move|count`` and ``transfer request|approve|reject|send|receive|list``."""

from __future__ import annotations

from decimal import Decimal

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.services.stock import LevelView
from pos_desktop.services.transfers import TransferView, parse_items, transfer_document


def _levels(levels: list[LevelView], as_json: bool) -> None:
    def q(value: Decimal | None) -> str | None:
        return None if value is None else format(value.normalize(), "f")

    if as_json:
        emit_json(
            [
                {
                    "sku": v.sku,
                    "name": v.name,
                    "location": v.location,
                    "quantity": q(v.quantity),
                    "low_stock_at": q(v.low_stock_at),
                    "low": v.low,
                }
                for v in levels
            ]
        )
        return
    table(
        ["sku", "name", "location", "quantity", ""],
        [(v.sku, v.name, v.location, q(v.quantity), "LOW" if v.low else "") for v in levels],
    )


@click.group("stock")
def stock_group() -> None:
    """Stock levels per location, goods in and out, counts."""


@stock_group.command("show")
@click.option("--sku", default=None)
@click.option("--location", default=None)
@click.option("--low", is_flag=True, help="Only what is at or under its low-stock threshold.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def stock_show(
    obj: CliContext, /, *, sku: str | None, location: str | None, low: bool, as_json: bool
) -> None:
    """Levels by product and location."""
    stock = obj.services().stock
    levels = stock.low(obj.actor) if low else stock.show(obj.actor, sku=sku, location=location)
    _levels(levels, as_json)


@stock_group.command("move")
@click.argument("sku")
@click.argument("quantity")
@click.option("--location", required=True, help="BOOTH, VAN, WAREHOUSE... (created on first use)")
@click.option("--reason", default="receipt", show_default=True, help="receipt, breakage, sample...")
@click.option("--note", default="")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def stock_move(
    obj: CliContext,
    /,
    *,
    sku: str,
    quantity: str,
    location: str,
    reason: str,
    note: str,
    as_json: bool,
) -> None:
    """Goods in (QUANTITY) or out (-QUANTITY, after `--`) outside a sale."""
    level = obj.services().stock.adjust(
        obj.actor, sku, quantity, location=location, reason=reason[:20], note=note
    )
    _levels([level], as_json)


@stock_group.command("count")
@click.argument("sku")
@click.argument("counted")
@click.option("--location", required=True)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def stock_count(
    obj: CliContext, /, *, sku: str, counted: str, location: str, as_json: bool
) -> None:
    """A stock count: the level becomes what was counted (the difference is a movement)."""
    _levels([obj.services().stock.count(obj.actor, sku, counted, location=location)], as_json)


def _transfer(view: TransferView, as_json: bool) -> None:
    document = transfer_document(view)
    if as_json:
        emit_json(document)
        return
    click.echo(f"transfer {view.id} {view.from_location} -> {view.to_location}: {view.status}")
    table(
        ["sku", "requested", "sent", "received", "missing"],
        [
            (line["sku"], line["requested"], line["sent"], line["received"], line["missing"])
            for line in document["lines"]
        ],
    )


@click.group("transfer")
def transfer_group() -> None:
    """Goods between locations: request, approve or reject, send, receive."""


@transfer_group.command("request")
@click.option("--from", "from_location", required=True)
@click.option("--to", "to_location", required=True)
@click.option("--item", "items", multiple=True, required=True, help="SKU:QTY; repeat.")
@click.option("--note", default="")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def transfer_request(
    obj: CliContext,
    /,
    *,
    from_location: str,
    to_location: str,
    items: tuple[str, ...],
    note: str,
    as_json: bool,
) -> None:
    """Ask for goods to move (a manager approves)."""
    view = obj.services().transfers.request(
        obj.actor,
        from_location=from_location,
        to_location=to_location,
        items=parse_items(items),
        note=note,
    )
    _transfer(view, as_json)


@transfer_group.command("approve")
@click.argument("transfer_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def transfer_approve(obj: CliContext, /, *, transfer_id: int, as_json: bool) -> None:
    """Approve a requested transfer (managers)."""
    _transfer(obj.services().transfers.approve(obj.actor, transfer_id), as_json)


@transfer_group.command("reject")
@click.argument("transfer_id", type=int)
@click.option("--reason", required=True)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def transfer_reject(obj: CliContext, /, *, transfer_id: int, reason: str, as_json: bool) -> None:
    """Reject a requested transfer (managers)."""
    _transfer(obj.services().transfers.reject(obj.actor, transfer_id, reason), as_json)


@transfer_group.command("send")
@click.argument("transfer_id", type=int)
@click.option("--item", "items", multiple=True, help="SKU:QTY actually sent (default: approved).")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def transfer_send(
    obj: CliContext, /, *, transfer_id: int, items: tuple[str, ...], as_json: bool
) -> None:
    """The goods leave the source location."""
    sent = parse_items(items) if items else None
    _transfer(obj.services().transfers.send(obj.actor, transfer_id, sent), as_json)


@transfer_group.command("receive")
@click.argument("transfer_id", type=int)
@click.option("--item", "items", multiple=True, help="SKU:QTY actually received (default: sent).")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def transfer_receive(
    obj: CliContext, /, *, transfer_id: int, items: tuple[str, ...], as_json: bool
) -> None:
    """The goods arrive; a difference to what was sent stays on record."""
    received = parse_items(items) if items else None
    _transfer(obj.services().transfers.receive(obj.actor, transfer_id, received), as_json)


@transfer_group.command("list")
@click.option("--status", default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def transfer_list(obj: CliContext, /, *, status: str | None, as_json: bool) -> None:
    """Latest transfers first."""
    views = obj.services().transfers.list_transfers(obj.actor, status=status)
    if as_json:
        emit_json([transfer_document(v) for v in views])
        return
    table(
        ["id", "from", "to", "status", "lines"],
        [(v.id, v.from_location, v.to_location, v.status, len(v.lines)) for v in views],
    )
