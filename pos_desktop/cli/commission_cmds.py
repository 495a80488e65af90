"""``commission set|report``: rates per cashier or product category, and what was earned."""

from __future__ import annotations

import datetime as dt

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.services.commission import commission_document


@click.group("commission")
def commission_group() -> None:
    """Commission rates and the commission report."""


@commission_group.command("set")
@click.option("--cashier", default=None, help="A cashier, as invoices name them (user name).")
@click.option("--category", default=None, help="A product category (wins for its products).")
@click.option("--rate", required=True, help="Percent of the net amount, e.g. 5 or 2.5.")
@pass_context
def commission_set(
    obj: CliContext, /, *, cashier: str | None, category: str | None, rate: str
) -> None:
    """Set a cashier's or a category's commission rate."""
    if (cashier is None) == (category is None):
        raise click.UsageError("give either --cashier or --category")
    kind, key = ("cashier", cashier) if cashier is not None else ("category", category)
    assert key is not None
    obj.services().commission.set_rate(obj.actor, kind, key, rate)
    click.echo(f"commission for {kind} {key}: {rate}%")


@commission_group.command("report")
@click.option("--from", "first", type=click.DateTime(["%Y-%m-%d"]), help="First day (today).")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), help="Last day (= --from).")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def commission_report(
    obj: CliContext, /, *, first: dt.datetime | None, last: dt.datetime | None, as_json: bool
) -> None:
    """Per cashier: net sales and commission over the period (refunds taken back)."""
    services = obj.services()
    tz = dt.datetime.now().astimezone().tzinfo
    assert tz is not None
    today = services.clock.now().astimezone(tz).date()
    first_day = first.date() if first else today
    report = services.commission.report(
        obj.actor, first_day, last.date() if last else first_day, tz
    )
    document = commission_document(report)
    if as_json:
        emit_json(document)
        return
    table(
        ["cashier", "net sales", "commission"],
        [(c["cashier"], c["net_sales"], c["commission"]) for c in document["cashiers"]],
    )
