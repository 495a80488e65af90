"""``audit list`` and ``audit verify``."""

from __future__ import annotations

import datetime as dt
import re

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.services.audit_verify import VerifyReport

#: ``audit verify`` found the chain broken or records that no longer match their entries.
EXIT_TAMPERED = 6

_RELATIVE = re.compile(r"(\d+)\s*([mhdw])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: dt.datetime) -> dt.datetime:
    """``2h``/``3d``/``1w`` ago, or an ISO date/time (UTC when no zone is given)."""
    match = _RELATIVE.fullmatch(text.strip().lower())
    if match:
        return now - dt.timedelta(**{_UNITS[match[2]]: int(match[1])})
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise click.BadParameter("use 30m, 2h, 3d, 1w or a date like 2026-05-01") from None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


@click.group("audit")
def audit_group() -> None:
    """The audit trail."""


@audit_group.command("list")
@click.option("--since", default=None, help="30m, 2h, 3d, 1w, or an ISO date/time.")
@click.option("--action", default=None, help="Action prefix, e.g. invoice or login.failed.")
@click.option("--entity", default=None, help="A customer code, invoice number or user name.")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 100_000))
@click.option("--json", "as_json", is_flag=True)
@pass_context
def audit_list(
    obj: CliContext,
    /,
    *,
    since: str | None,
    action: str | None,
    entity: str | None,
    limit: int,
    as_json: bool,
) -> None:
    """Newest first: who did what, when, on which terminal."""
    services = obj.services()
    entries = services.audit.entries(
        obj.actor,
        since=parse_since(since, services.clock.now()) if since else None,
        action=action,
        entity_key=entity,
        limit=limit,
    )
    if as_json:
        emit_json(
            [
                {
                    "id": e.id,
                    "occurred_at": e.occurred_at.isoformat(),
                    "actor": e.actor,
                    "terminal": e.terminal,
                    "action": e.action,
                    "entity_type": e.entity_type,
                    "entity": e.entity_key,
                    "summary": e.summary,
                    "before": e.before,
                    "after": e.after,
                }
                for e in entries
            ]
        )
        return
    table(
        ["when (UTC)", "who", "action", "what"],
        [(f"{e.occurred_at:%Y-%m-%d %H:%M:%S}", e.actor, e.action, e.summary) for e in entries],
    )


@audit_group.command("verify")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def audit_verify(obj: CliContext, /, *, as_json: bool) -> None:
    """Recompute the audit hash chain and the digests of invoices, credit notes and closed
    cash sessions. Exit 0 if all holds; exit 6 naming the first broken entry and every record
    whose rows no longer match."""
    report = obj.services().audit.verify(obj.actor)
    if as_json:
        emit_json(verify_document(report))
    else:
        _print_verify(report)
    if not report.intact:
        raise click.exceptions.Exit(EXIT_TAMPERED)


def verify_document(report: VerifyReport) -> dict[str, object]:
    broken = report.first_break
    return {
        "entries": report.entries,
        "intact": report.intact,
        "chain_intact": broken is None,
        "last_entry": report.head_seq,
        "last_hash": report.head_hash,
        "first_broken": (
            None
            if broken is None
            else {"entry": broken.seq, "id": broken.entry_id, "problem": broken.problem}
        ),
        "mismatches": [
            {"kind": m.kind, "id": m.record_id, "name": m.name, "problem": m.problem}
            for m in report.mismatches
        ],
    }


def _print_verify(report: VerifyReport) -> None:
    broken = report.first_break
    if broken is None:
        click.echo(f"{report.entries} entries, chain intact")
        if report.entries:
            click.echo(f"last entry #{report.head_seq}: {report.head_hash}")
    else:
        click.echo(f"{report.entries} entries, chain BROKEN at entry #{broken.seq}")
        click.echo(f"  {broken.problem}")
    if report.mismatches:
        click.echo(f"{len(report.mismatches)} records no longer match the audit trail:")
        for mismatch in report.mismatches:
            click.echo(f"  {mismatch.name}: {mismatch.problem}")
