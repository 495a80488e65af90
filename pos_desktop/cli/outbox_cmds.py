"""``outbox status|send``, ``customer email CODE`` and ``invoice email NUMBER``: the email
outbox from a script.

``outbox send --once`` delivers what is due and exits (cron, or a till without the app open);
without ``--once`` it keeps sending as messages come due until interrupted (or exits 1 at once
when no mail server is set up). Exit codes: 0 when nothing due was left unsent, 1 when a message
stays queued or failed (the reason is printed).
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Any

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.customer_cmds import customer_group
from pos_desktop.cli.invoice_cmds import invoice_group
from pos_desktop.cli.output import emit_json, fail, pairs, table
from pos_desktop.domain.outbox import MessageKind, MessageState
from pos_desktop.services.outbox import OutboxEntry, SendReport

EXIT_NOT_ALL_SENT = 1
POLL_SECONDS = 10.0


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def entry_document(entry: OutboxEntry) -> dict[str, Any]:
    """One message as ``--json`` prints it (field names are a contract with scripts)."""
    return {
        "id": entry.id,
        "message_id": entry.message_id,
        "kind": entry.kind,
        "state": entry.state.value,
        "recipient": entry.recipient,
        "subject": entry.subject,
        "customer": entry.customer_code,
        "invoice": entry.invoice_number,
        "attempts": entry.attempts,
        "max_attempts": entry.max_attempts,
        "next_attempt_at": _when(entry.next_attempt_at),
        "last_error": entry.last_error,
        "created_at": _when(entry.created_at),
        "sent_at": _when(entry.sent_at),
    }


@click.group("outbox")
def outbox_group() -> None:
    """Customer emails waiting to go out, and sending them."""


@outbox_group.command("status")
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 1000))
@click.option(
    "--kind",
    type=click.Choice([k.value for k in MessageKind], case_sensitive=False),
    default=None,
    help="List only the waiting and failed emails of this kind (the counts are of all).",
)
@pass_context
def outbox_status(obj: CliContext, /, *, as_json: bool, limit: int, kind: str | None) -> None:
    """How many emails wait, sent, failed; the waiting and failed ones with their reasons."""
    services = obj.services()
    summary = services.outbox.summary(obj.actor)
    of_kind = MessageKind(kind.lower()) if kind else None
    pending = [
        e
        for state in (MessageState.QUEUED, MessageState.FAILED)
        for e in services.outbox.messages(obj.actor, state=state, kind=of_kind, limit=limit)
    ]
    if as_json:
        emit_json(
            {
                "queued": summary.queued,
                "sent": summary.sent,
                "failed": summary.failed,
                "cancelled": summary.cancelled,
                "next_attempt_at": _when(summary.next_attempt_at),
                "last_error": summary.last_error,
                "smtp_ready": services.outbox_sender.mailer.missing() is None,
                "messages": [entry_document(e) for e in pending],
            }
        )
        return
    pairs(
        [
            ("queued", str(summary.queued)),
            ("sent", str(summary.sent)),
            ("failed", str(summary.failed)),
            ("cancelled", str(summary.cancelled)),
            ("next attempt", _when(summary.next_attempt_at)),
            ("last error", summary.last_error),
            ("smtp", services.outbox_sender.mailer.missing() or "set up"),
        ]
    )
    if pending:
        click.echo()
        table(
            ["id", "state", "kind", "to", "attempts", "reason"],
            [
                (e.id, e.state.value, e.kind, e.recipient, e.attempts, e.last_error or "")
                for e in pending
            ],
        )


def _print_round(report: SendReport) -> None:
    if report.attempted:
        click.echo(f"sent {report.sent}, to retry {report.retrying}, failed {report.failed}")
    for error in report.errors:
        click.echo(f"  {error}", err=True)
    if report.stopped:
        fail(report.stopped)


@outbox_group.command("send")
@click.option("--once", is_flag=True, help="Deliver what is due now and exit.")
@pass_context
def outbox_send(obj: CliContext, /, *, once: bool) -> None:
    """Deliver due emails over SMTP (the app does this in the background)."""
    services = obj.services()
    sender = services.outbox_sender
    if once:
        report = sender.send_due()
        _print_round(report)
        if report.attempted == 0 and not report.stopped:
            click.echo("nothing due")
        if report.stopped or report.retrying or report.failed:
            raise click.exceptions.Exit(EXIT_NOT_ALL_SENT)
        return
    missing = sender.mailer.missing()
    if missing:  # the settings are read once: waiting would repeat this error forever
        fail(missing)
        raise click.exceptions.Exit(EXIT_NOT_ALL_SENT)
    click.echo("sending as emails come due; Ctrl+C stops", err=True)
    try:
        while True:
            _print_round(sender.send_due())
            time.sleep(POLL_SECONDS)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)


@customer_group.command("email")
@click.argument("code")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def customer_email(obj: CliContext, /, *, code: str, as_json: bool) -> None:
    """Queue the customer's welcome email (code and QR) again."""
    entry = obj.services().outbox.resend_welcome(obj.actor, code)
    if as_json:
        emit_json(entry_document(entry))
        return
    click.echo(f"Welcome email to {entry.recipient} queued (outbox id {entry.id}).")


@invoice_group.command("email")
@click.argument("number")
@click.option(
    "--kind",
    type=click.Choice(["invoice", "void", "refund"], case_sensitive=False),
    default=None,
    help="Which email (default: the void notice of a voided invoice, the latest refund notice "
    "of a refunded one, else the invoice).",
)
@click.option("--credit-note", default=None, help="The refund notice of this credit note.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def invoice_email(
    obj: CliContext, /, *, number: str, kind: str | None, credit_note: str | None, as_json: bool
) -> None:
    """Queue the customer's email about invoice NUMBER again."""
    entry = obj.services().outbox.send_invoice_again(
        obj.actor, number, kind=kind, credit_note=credit_note
    )
    if as_json:
        emit_json(entry_document(entry))
        return
    click.echo(f"{entry.subject}: email to {entry.recipient} queued (outbox id {entry.id}).")
