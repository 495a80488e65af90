"""``customers import|export`` and ``invoices export``: spreadsheets in and out.

The plural groups hold the bulk commands (the singular ``customer``/``invoice`` act on one).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from pos_desktop.adapters.table_files import TableFile
from pos_desktop.adapters.table_writers import FORMATS
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.import_mapping import ColumnMapping, mapping_from_dict
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.services.customer_import import ImportOptions
from pos_desktop.services.customers import CustomerOrder
from pos_desktop.services.import_report import (
    MATCH_RULES,
    DuplicatePolicy,
    EmailPolicy,
    ImportReport,
)
from pos_desktop.services.sales import InvoiceFilter

SHOWN_REJECTS = 20
FILE = click.Path(dir_okay=False, path_type=Path)


def _mapping(path: Path | None, source: Path, encoding: str | None) -> ColumnMapping | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValidationError.single("--mapping", f"cannot be read as JSON: {error}") from None
    if not isinstance(data, dict):
        raise ValidationError.single("--mapping", 'must be an object {"Header": "field"}')
    return mapping_from_dict(TableFile(source, encoding).info.headers, data)


def _print_report(report: ImportReport) -> None:
    what = "Dry run (nothing saved)" if report.dry_run else "Imported"
    click.echo(
        f"{what}: {report.file} ({report.kind}"
        + (f", {report.encoding}, delimiter {report.delimiter!r}" if report.encoding else "")
        + ")"
    )
    if report.encoding_note:
        click.echo(f"Encoding: {report.encoding_note}")
    click.echo(
        f"rows {report.rows}: created {report.created}, updated {report.updated},"
        f" unchanged {report.unchanged}, rejected {report.rejected}"
        + (" (cancelled)" if report.cancelled else "")
    )
    if report.ignored_columns:
        click.echo(
            "columns not imported (no field takes them): " + ", ".join(report.ignored_columns)
        )
    if report.matched_by:
        click.echo(
            "matched existing customers by: "
            + ", ".join(f"{rule} {count}" for rule, count in sorted(report.matched_by.items()))
        )
    if report.reasons:
        click.echo("")
        table(["rejected because", "rows"], sorted(report.reasons.items()))
    if report.warnings:
        click.echo("")
        table(["kept as written / warning", "rows"], sorted(report.warnings.items()))
    to_check = [n for n in report.warning_rows if n.field == "row"][:SHOWN_REJECTS]
    if to_check:
        click.echo("")
        table(["row", "check"], [(n.row, n.reason) for n in to_check])
    if report.rejected_rows:
        click.echo("")
        table(
            ["row", "field", "reason"],
            [(n.row, n.field, n.reason) for n in report.rejected_rows[:SHOWN_REJECTS]],
        )
        if report.rejected > SHOWN_REJECTS:
            click.echo(f"... and {report.rejected - SHOWN_REJECTS} more", err=False)
    if report.rejects_file:
        click.echo(f"Rejected rows with their reason: {report.rejects_file}")


@click.group("customers")
def customers_group() -> None:
    """Import customers from CSV/XLSX, export them."""


@customers_group.command(
    "import",
    help="Customers from a CSV (any delimiter and encoding) or XLSX file. Rows match existing"
    " customers by, in order: " + "; ".join(MATCH_RULES) + ".",
)
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--mapping", "mapping_file", type=FILE, help='JSON {"Header": "field" or null}.')
@click.option("--dry-run", is_flag=True, help="Report what would happen; save nothing.")
@click.option(
    "--on-duplicate",
    type=click.Choice([p.value for p in DuplicatePolicy]),
    default="update",
    show_default=True,
    help="A row matching a customer (id, email, phone): update it, skip the row, or create anyway.",
)
@click.option(
    "--invalid-email",
    type=click.Choice([p.value for p in EmailPolicy]),
    default="reject",
    show_default=True,
    help="Reject the row, or keep the customer with the email marked invalid.",
)
@click.option("--rejects", "rejects_file", type=FILE, help="Write rejected rows + reason here.")
@click.option(
    "--encoding",
    default=None,
    help="The CSV's encoding (cp932, gb18030, cp1252...) when detection guesses wrong.",
)
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
@pass_context
def customers_import(
    obj: CliContext,
    /,
    *,
    source: Path,
    mapping_file: Path | None,
    dry_run: bool,
    on_duplicate: str,
    invalid_email: str,
    rejects_file: Path | None,
    encoding: str | None,
    as_json: bool,
) -> None:
    services = obj.services()
    options = ImportOptions(
        on_duplicate=DuplicatePolicy(on_duplicate),
        invalid_email=EmailPolicy(invalid_email),
        dry_run=dry_run,
        rejects_path=rejects_file,
        encoding=encoding,
    )
    report = services.customer_import.run(
        obj.actor, source, options, mapping=_mapping(mapping_file, source, encoding)
    )
    if as_json:
        emit_json(report.as_json())
    else:
        _print_report(report)


@customers_group.command("export")
@click.argument("target", type=FILE)
@click.option("--format", "file_format", type=click.Choice(FORMATS), help="Default: from the name.")
@click.option("--search", default="", help="Only customers matching these words (as the list).")
@click.option(
    "--order",
    type=click.Choice([o.value for o in CustomerOrder]),
    default="name",
    show_default=True,
)
@pass_context
def customers_export(
    obj: CliContext, /, *, target: Path, file_format: str | None, search: str, order: str
) -> None:
    """Customers to CSV or XLSX (cells a spreadsheet would run as formulas are made text)."""
    services = obj.services()
    count = services.exports.export_customers(
        obj.actor, target, file_format=file_format, text=search, order=CustomerOrder(order)
    )
    click.echo(f"{count} customers written to {target}")


@click.group("invoices")
def invoices_group() -> None:
    """Export invoices."""


@invoices_group.command("export")
@click.argument("target", type=FILE)
@click.option("--format", "file_format", type=click.Choice(FORMATS), help="Default: from the name.")
@click.option("--status", type=click.Choice([s.value for s in InvoiceStatus]))
@click.option("--customer", help="Only this customer's invoices (code).")
@click.option("--from", "first", type=click.DateTime(["%Y-%m-%d"]), help="Issued on or after.")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), help="Issued on or before.")
@click.option("--number", "number_prefix", help="Numbers starting with this.")
@click.option("--oldest-first", is_flag=True)
@pass_context
def invoices_export(
    obj: CliContext,
    /,
    *,
    target: Path,
    file_format: str | None,
    status: str | None,
    customer: str | None,
    first: dt.datetime | None,
    last: dt.datetime | None,
    number_prefix: str | None,
    oldest_first: bool,
) -> None:
    """Invoices to CSV or XLSX, with the invoice list's filters (days in local time)."""
    services = obj.services()
    tz = dt.datetime.now().astimezone().tzinfo
    filters = InvoiceFilter(
        status=InvoiceStatus(status) if status else None,
        customer_code=customer,
        issued_from=first.replace(tzinfo=tz) if first else None,
        issued_to=(last + dt.timedelta(days=1)).replace(tzinfo=tz) if last else None,
        number_prefix=number_prefix,
    )
    count = services.exports.export_invoices(
        obj.actor, target, file_format=file_format, filters=filters, oldest_first=oldest_first
    )
    click.echo(f"{count} invoices written to {target}")
