"""``product import|export``: the catalogue as CSV (columns in services/product_files.py)."""

from __future__ import annotations

from pathlib import Path

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.cli.product_cmds import product_group


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check and report; change nothing.")
@click.option("--encoding", default=None, help="The CSV's encoding, when detection guesses wrong.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def product_import(
    obj: CliContext, /, *, file: Path, dry_run: bool, encoding: str | None, as_json: bool
) -> None:
    """Create or update products by SKU from a CSV (or XLSX) file."""
    files = obj.services().product_files
    report = files.import_file(obj.actor, file, dry_run=dry_run, encoding=encoding)
    summary = report.document()
    if as_json:
        emit_json(summary)
        return
    click.echo(report.headline())
    if report.encoding_note:
        click.echo(f"Encoding: {report.encoding_note}")
        table(["row", "check"], report.to_check)
    if report.rejected:
        table(["row", "sku", "reason"], [(o.row, o.sku, o.reason) for o in report.rejected])


@click.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_context
def product_export(obj: CliContext, /, *, file: Path) -> None:
    """Products on sale to a CSV file (the columns product import reads)."""
    count = obj.services().product_files.export_csv(obj.actor, file)
    click.echo(f"{count} products written to {file}")


product_group.add_command(product_import)  # ``product import``
product_group.add_command(product_export)  # ``product export``
