"""``report sales``: a period's net sales for the accountant or a script (text, JSON, CSV, PDF)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.document_files import paper_option, write_document
from pos_desktop.cli.output import emit_json, table
from pos_desktop.services.reports import sales_report_csv, sales_report_document
from pos_desktop.services.sales_report_sheet import sales_report_pdf


@click.group("report")
def report_group() -> None:
    """Sales reports."""


@report_group.command("sales")
@click.option("--from", "first", type=click.DateTime(["%Y-%m-%d"]), help="First day (today).")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), help="Last day (= --from).")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
@click.option("--csv", "as_csv", is_flag=True, help="The report as CSV, as the app exports it.")
@click.option(
    "--pdf",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write the report as a PDF to this file.",
)
@paper_option
@pass_context
def report_sales(
    obj: CliContext,
    /,
    *,
    first: dt.datetime | None,
    last: dt.datetime | None,
    as_json: bool,
    as_csv: bool,
    pdf: Path | None,
    paper: str | None,
) -> None:
    """Net sales (invoices less voids and refunds) by day, hour, VAT rate, category, payment
    method and cashier, in this computer's time zone."""
    services = obj.services()
    tz = dt.datetime.now().astimezone().tzinfo
    assert tz is not None
    today = services.clock.now().astimezone(tz).date()
    first_day = first.date() if first else today
    last_day = last.date() if last else first_day
    report = services.reports.sales(obj.actor, first_day, last_day, tz)
    if pdf is not None:
        write_document(pdf, sales_report_pdf(report, services.settings.shop, paper=paper))
        if not (as_json or as_csv):
            click.echo(f"Sales report {first_day} to {last_day} written to {pdf}")
            return
    if as_json:
        emit_json(sales_report_document(report))
        return
    if as_csv:
        click.echo(sales_report_csv(report), nl=False)
        return
    t, cur = report.totals, report.currency
    click.echo(
        f"{report.exhibition_name}, {first_day} to {last_day}: net sales {t.gross} {cur} "
        f"(VAT {t.vat}) from {t.count} invoices; issued {report.issued[0]} ({report.issued[1]}), "
        f"voided {report.voided[0]} ({report.voided[1]}), "
        f"refunded {report.refunded[0]} ({report.refunded[1]})"
    )
    table(
        ["day", "invoices", "net", "vat", "gross"],
        [(d.isoformat(), a.count, a.net, a.vat, a.gross) for d, a in report.by_day],
    )
    click.echo()
    table(
        ["vat %", "lines", "net", "vat", "gross"],
        [(format(r, "f"), a.count, a.net, a.vat, a.gross) for r, a in report.by_vat_rate],
    )
    click.echo()
    table(["payment", "count", "amount"], report.by_payment_method)
    click.echo()
    table(["cashier", "invoices", "gross"], report.by_cashier)
