"""``creditnote pdf``: a refund's credit note as a document for the customer or the accountant."""

from __future__ import annotations

from pathlib import Path

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.document_files import paper_option, write_document


@click.group("creditnote")
def credit_note_group() -> None:
    """Credit notes (made by invoice refund): PDF."""


@credit_note_group.command("pdf")
@click.argument("number")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@paper_option
@pass_context
def credit_note_pdf(obj: CliContext, /, *, number: str, out: Path, paper: str | None) -> None:
    """Write credit note NUMBER as a PDF."""
    write_document(out, obj.services().credit_notes.pdf_for(obj.actor, number, paper=paper))
    click.echo(f"Credit note {number} written to {out}")
