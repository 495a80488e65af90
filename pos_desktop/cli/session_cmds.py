"""``session open|cash-in|cash-out|x-report|z-report|close``: the till's cash drawer.

The reports (and the closing) also go to the till's printer (``--print``; exit 3 if it did not
take the report, which then waits in the print queue) and to a PDF (``--pdf FILE``). With
``--json`` stdout holds the JSON alone; what was printed or written is said on stderr.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.document_files import write_document
from pos_desktop.cli.exactly_once import exactly_once, key_option
from pos_desktop.cli.output import emit_json, pairs, table
from pos_desktop.cli.printer_cmds import print_now, require_printer
from pos_desktop.services.cash_sessions import SessionReport, session_report_document
from pos_desktop.services.session_documents import report_name


def _invoices(count: int) -> str:
    return f"{count} invoice{'' if count == 1 else 's'}"


def _show(report: SessionReport, as_json: bool) -> None:
    if as_json:
        emit_json(session_report_document(report))
        return
    doc = session_report_document(report)
    cur = report.currency
    pairs(
        [
            (f"{report.kind} report", f"session {report.session_id}, till {report.terminal}"),
            ("opened", f"{report.opened_at:%Y-%m-%d %H:%M} by {report.opened_by}"),
            (
                "closed",
                f"{report.closed_at:%Y-%m-%d %H:%M} by {report.closed_by}"
                if report.closed_at
                else None,
            ),
            ("float", f"{doc['float']} {cur}"),
            ("issued", f"{_invoices(report.issued[0])}, {doc['issued']['gross']} {cur}"),
            ("voids", f"{report.voids[0]} ({doc['voids']['gross']} {cur})"),
            ("refunds", f"{report.refunds[0]} ({doc['refunds']['gross']} {cur})"),
            ("sales", f"{_invoices(report.sales.count)}, {doc['sales']['gross']} {cur} in all"),
            ("cash in / out", f"{doc['cash_in']} / {doc['cash_out']} {cur}"),
            ("expected cash", f"{doc['expected_cash']} {cur}"),
            ("counted cash", f"{doc['counted_cash']} {cur}" if doc["counted_cash"] else None),
            ("difference", f"{doc['difference']} {cur}" if doc["difference"] else None),
            ("audit", report.audit_seal.printed if report.audit_seal else None),
        ]
    )
    if doc["payments"]:
        click.echo()
        table(["payment", "count", "amount"], [list(p.values()) for p in doc["payments"]])


@click.group("session")
def session_group() -> None:
    """The till's cash session: float, cash in and out, X and Z reports."""


@session_group.command("open")
@click.option("--float", "float_amount", required=True, help="The cash counted into the drawer.")
@key_option
@click.option("--json", "as_json", is_flag=True)
@pass_context
def session_open(
    obj: CliContext, /, *, float_amount: str, key_text: str | None, as_json: bool
) -> None:
    """Start the shift with the counted float."""
    sessions = obj.services().cash_sessions
    report = exactly_once(
        lambda key: sessions.open(obj.actor, float_amount, key=key), key_text, "the opening"
    )
    _show(report, as_json)


def _move(kind: str) -> click.Command:
    @click.argument("amount")
    @click.option("--reason", required=True, help="Why the cash moved.")
    @key_option
    @click.option("--json", "as_json", is_flag=True)
    @pass_context
    def move(
        obj: CliContext, /, *, amount: str, reason: str, key_text: str | None, as_json: bool
    ) -> None:
        sessions = obj.services().cash_sessions
        report = exactly_once(
            lambda key: sessions.move_cash(obj.actor, kind, amount, reason, key=key),
            key_text,
            f"the cash {kind}",
        )
        _show(report, as_json)

    move.__doc__ = f"Cash {'put into' if kind == 'in' else 'taken out of'} the drawer."
    return click.command(f"cash-{kind}")(move)


session_group.add_command(_move("in"))
session_group.add_command(_move("out"))


def _paper_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--print`` and ``--pdf FILE``, shared by the X report, the Z report and the closing."""
    command = click.option(
        "--pdf",
        "pdf",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Also write the report as a PDF (shop.paper: A4 or Letter).",
    )(command)
    return click.option(
        "--print",
        "print_it",
        is_flag=True,
        help="Also print it on this till's printer (exit 3 if the printer does not take it).",
    )(command)


def _on_paper(obj: CliContext, report: SessionReport, *, pdf: Path | None, as_json: bool) -> None:
    if pdf is not None:
        write_document(pdf, obj.services().cash_sessions.report_pdf(report))
        click.echo(f"{report_name(report.kind, report.session_id)} written to {pdf}", err=as_json)


def _print(obj: CliContext, report: SessionReport, as_json: bool) -> None:
    job_id = obj.services().printing.queue_session_report(obj.actor, report)
    print_now(obj, job_id, report_name(report.kind, report.session_id), err=as_json)


@session_group.command("x-report")
@click.option("--json", "as_json", is_flag=True)
@_paper_options
@pass_context
def session_x_report(
    obj: CliContext, /, *, as_json: bool, print_it: bool, pdf: Path | None
) -> None:
    """The open session so far (closes nothing)."""
    if print_it:
        require_printer(obj)
    report = obj.services().cash_sessions.x_report(obj.actor)
    _show(report, as_json)
    _on_paper(obj, report, pdf=pdf, as_json=as_json)
    if print_it:
        _print(obj, report, as_json)


@session_group.command("z-report")
@click.option("--session", "session_id", type=int, default=None, help="A session id (last).")
@click.option("--json", "as_json", is_flag=True)
@_paper_options
@pass_context
def session_z_report(
    obj: CliContext, /, *, session_id: int | None, as_json: bool, print_it: bool, pdf: Path | None
) -> None:
    """A closed session's Z report: this till's last, or the one given.

    Printed again, it is marked COPY (and the reprint is in the audit log)."""
    if print_it:
        require_printer(obj)
    report = obj.services().cash_sessions.z_report(obj.actor, session_id)
    _show(report, as_json)
    _on_paper(obj, report, pdf=pdf, as_json=as_json)
    if print_it:
        _print(obj, report, as_json)


@session_group.command("close")
@click.option("--counted", required=True, help="The cash counted in the drawer now.")
@key_option
@click.option("--json", "as_json", is_flag=True)
@_paper_options
@pass_context
def session_close(
    obj: CliContext,
    /,
    *,
    counted: str,
    key_text: str | None,
    as_json: bool,
    print_it: bool,
    pdf: Path | None,
) -> None:
    """Count the drawer and close the session; prints its Z report.

    With printer.auto_print the closing queues the Z report for the printer (one try now;
    it waits in the print queue if the printer is away); ``--print`` insists (exit 3)."""
    services = obj.services()
    if print_it:
        require_printer(obj)
    report = exactly_once(
        lambda key: services.cash_sessions.close(obj.actor, counted, key=key),
        key_text,
        "the closing",
    )
    _show(report, as_json)
    try:
        _on_paper(obj, report, pdf=pdf, as_json=as_json)
    except click.ClickException as problem:
        # Closed all the same: the printer still gets its report, and the message says the
        # closing is done (running it again would only say there is no open session).
        unwritten: click.ClickException | None = problem
    else:
        unwritten = None
    queued = services.printing.waiting_report_jobs(obj.actor, report.session_id)
    name = report_name(report.kind, report.session_id)
    if print_it:
        job_id = queued[0] if queued else services.printing.queue_session_report(obj.actor, report)
        print_now(obj, job_id, name, err=as_json)
    elif queued:
        print_now(obj, queued[0], name, wait=False, err=as_json)
    if unwritten is not None:
        raise click.ClickException(
            f"{unwritten.message}; session {report.session_id} is closed: `pos-desktop session"
            f" z-report --session {report.session_id} --pdf FILE` writes its Z report"
        )
