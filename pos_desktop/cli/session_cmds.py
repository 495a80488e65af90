"""``session open|cash-in|cash-out|x-report|z-report|close``: the till's cash drawer."""

from __future__ import annotations

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, pairs, table
from pos_desktop.services.cash_sessions import SessionReport, session_report_document


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
            ("sales", f"{report.sales.count} invoices, {doc['sales']['gross']} {cur}"),
            ("cash in / out", f"{doc['cash_in']} / {doc['cash_out']} {cur}"),
            ("voids", f"{report.voids[0]} ({doc['voids']['gross']} {cur})"),
            ("expected cash", f"{doc['expected_cash']} {cur}"),
            ("counted cash", f"{doc['counted_cash']} {cur}" if doc["counted_cash"] else None),
            ("difference", f"{doc['difference']} {cur}" if doc["difference"] else None),
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
@click.option("--json", "as_json", is_flag=True)
@pass_context
def session_open(obj: CliContext, /, *, float_amount: str, as_json: bool) -> None:
    """Start the shift with the counted float."""
    _show(obj.services().cash_sessions.open(obj.actor, float_amount), as_json)


def _move(kind: str) -> click.Command:
    @click.argument("amount")
    @click.option("--reason", required=True, help="Why the cash moved.")
    @click.option("--json", "as_json", is_flag=True)
    @pass_context
    def move(obj: CliContext, /, *, amount: str, reason: str, as_json: bool) -> None:
        report = obj.services().cash_sessions.move_cash(obj.actor, kind, amount, reason)
        _show(report, as_json)

    move.__doc__ = f"Cash {'put into' if kind == 'in' else 'taken out of'} the drawer."
    return click.command(f"cash-{kind}")(move)


session_group.add_command(_move("in"))
session_group.add_command(_move("out"))


@session_group.command("x-report")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def session_x_report(obj: CliContext, /, *, as_json: bool) -> None:
    """The open session so far (closes nothing)."""
    _show(obj.services().cash_sessions.x_report(obj.actor), as_json)


@session_group.command("z-report")
@click.option("--session", "session_id", type=int, default=None, help="A session id (last).")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def session_z_report(obj: CliContext, /, *, session_id: int | None, as_json: bool) -> None:
    """A closed session's Z report: this till's last, or the one given."""
    _show(obj.services().cash_sessions.z_report(obj.actor, session_id), as_json)


@session_group.command("close")
@click.option("--counted", required=True, help="The cash counted in the drawer now.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def session_close(obj: CliContext, /, *, counted: str, as_json: bool) -> None:
    """Count the drawer and close the session; prints its Z report."""
    _show(obj.services().cash_sessions.close(obj.actor, counted), as_json)
