"""``report sales``: a period's takings for the accountant or a script."""

from __future__ import annotations

import datetime as dt

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.services.reports import sales_report_csv, sales_report_document


@click.group("report")
def report_group() -> None:
    """Sales reports."""


@report_group.command("sales")
@click.option("--from", "first", type=click.DateTime(["%Y-%m-%d"]), help="First day (today).")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), help="Last day (= --from).")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="The report as CSV, as the app exports it.")
@pass_context
def report_sales(
    obj: CliContext,
    /,
    *,
    first: dt.datetime | None,
    last: dt.datetime | None,
    as_json: bool,
    as_csv: bool,
) -> None:
    """Takings by day, VAT rate, payment method and cashier, in this computer's time zone."""
    services = obj.services()
    tz = dt.datetime.now().astimezone().tzinfo
    assert tz is not None
    today = services.clock.now().astimezone(tz).date()
    first_day = first.date() if first else today
    last_day = last.date() if last else first_day
    report = services.reports.sales(obj.actor, first_day, last_day, tz)
    if as_json:
        emit_json(sales_report_document(report))
        return
    if as_csv:
        click.echo(sales_report_csv(report), nl=False)
        return
    t = report.totals
    click.echo(
        f"{report.exhibition_name}, {first_day} to {last_day}: {t.count} invoices, "
        f"{t.gross} {report.currency} (VAT {t.vat}); voided {report.voided[0]}"
    )
    table(
        ["day", "invoices", "net", "vat", "gross"],
        [(d.isoformat(), a.count, a.net, a.vat, a.gross) for d, a in report.by_day],
    )
    click.echo()
    table(["payment", "count", "amount"], report.by_payment_method)
    click.echo()
    table(["cashier", "invoices", "gross"], report.by_cashier)
