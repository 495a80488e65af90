"""``invoice refund``: a credit note against an issued invoice."""

from __future__ import annotations

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.exactly_once import key_option
from pos_desktop.cli.invoice_cmds import invoice_group
from pos_desktop.cli.offline_fallback import OFFLINE_NOTE, where_held
from pos_desktop.cli.output import emit_json, table
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import PaymentMethod
from pos_desktop.domain.money import format_amount, parse_decimal
from pos_desktop.services.refunds import RefundLine, credit_note_document


def parse_refund_lines(specs: tuple[str, ...]) -> list[RefundLine] | None:
    """``--line N:QTY`` (N as printed on the invoice); none given: everything not refunded yet."""
    if not specs:
        return None
    lines = []
    for spec in specs:
        position, _, quantity = spec.partition(":")
        if not position.strip().isdigit() or not quantity.strip():
            raise ValidationError.single("line", f"{spec!r}: write LINE:QUANTITY, e.g. 2:1")
        lines.append(
            RefundLine(int(position), parse_decimal(quantity, field="quantity", max_decimals=3))
        )
    return lines


@click.command("refund")
@click.argument("number")
@click.option("--line", "line_specs", multiple=True, help="N:QTY of invoice line N; repeat.")
@click.option("--restock/--no-restock", default=True, help="Returned goods back to stock.")
@click.option(
    "--method",
    type=click.Choice([m.value for m in PaymentMethod]),
    default=PaymentMethod.CASH.value,
    show_default=True,
    help="How the money goes back.",
)
@click.option("--reason", required=True)
@key_option
@click.option("--json", "as_json", is_flag=True)
@pass_context
def invoice_refund(
    obj: CliContext,
    /,
    *,
    number: str,
    line_specs: tuple[str, ...],
    restock: bool,
    method: str,
    reason: str,
    key_text: str | None,
    as_json: bool,
) -> None:
    """Refund an invoice, whole or per line and quantity (never more than was sold)."""
    lines = parse_refund_lines(line_specs)
    note, offline = where_held(
        obj,
        number,
        lambda services, actor, key: services.refunds.refund(
            actor, number, lines, method=method, restock=restock, reason=reason, key=key
        ),
        key_text,
        "the refund",
    )
    if as_json:
        emit_json(credit_note_document(note) | ({"offline": True} if offline else {}))
        return
    cur = note.currency
    click.echo(
        f"credit note {note.number} against {note.invoice_number}: "
        f"{format_amount(note.gross, cur)} {cur} back by {note.method}"
    )
    table(
        ["line", "description", "quantity", "amount"],
        [(p, d, format(q.normalize(), "f"), format_amount(g, cur)) for p, d, q, g in note.lines],
    )
    if offline:
        click.echo(OFFLINE_NOTE)


invoice_group.add_command(invoice_refund)  # ``invoice refund``
