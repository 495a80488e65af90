"""``export journal``: the accounting journal of a period, as CSV or DATEV Buchungsstapel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import table
from pos_desktop.domain.money import format_amount
from pos_desktop.services.journal import JournalFormat, revenue_by_rate


@click.group("export")
def export_group() -> None:
    """Exports for the accountant."""


@export_group.command("journal")
@click.option("--from", "first", type=click.DateTime(["%Y-%m-%d"]), help="First day (today).")
@click.option("--to", "last", type=click.DateTime(["%Y-%m-%d"]), help="Last day (= --from).")
@click.option(
    "--format",
    "file_format",
    type=click.Choice([f.value for f in JournalFormat]),
    default=JournalFormat.CSV.value,
    show_default=True,
    help="csv: UTF-8, one booking a row; datev: DATEV Buchungsstapel (EXTF, Windows-1252).",
)
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="The file."
)
@pass_context
def export_journal(
    obj: CliContext,
    /,
    *,
    first: dt.datetime | None,
    last: dt.datetime | None,
    file_format: str,
    out: Path,
) -> None:
    """One booking per invoice, void, credit note (per VAT rate) and payment, with the
    accounts of the [accounting] settings; days in this computer's time zone."""
    services = obj.services()
    tz = dt.datetime.now().astimezone().tzinfo
    assert tz is not None
    today = services.clock.now().astimezone(tz).date()
    first_day = first.date() if first else today
    last_day = last.date() if last else first_day
    try:
        journal = services.journal.export(
            obj.actor, out, first_day, last_day, tz, file_format=JournalFormat(file_format)
        )
    except OSError as error:
        raise click.ClickException(f"cannot write {out}: {error.strerror or error}") from None
    cur = journal.currency
    click.echo(
        f"{len(journal.bookings)} bookings of {journal.exhibition_name}, {first_day} to "
        f"{last_day}, written to {out} ({file_format})"
    )
    totals = revenue_by_rate(journal.bookings)
    if totals:
        table(
            ["VAT rate %", "net", "vat", "gross"],
            [
                (format(rate, "f"), *(format_amount(a, cur) for a in amounts))
                for rate, amounts in sorted(totals.items())
            ],
        )
