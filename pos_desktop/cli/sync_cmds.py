"""``sync [--once]``, ``sync status``: this till's offline journal and the server.

``sync --once`` makes the journal if this terminal has none yet (a copy of what it needs to sell
alone: run it once when a till is set up), then sends what waits in it, each entry exactly once,
and refreshes the copy. Without ``--once`` it keeps doing that every ``--every`` seconds until
interrupted. Exit 1 when the server stopped answering (what was not sent waits, and goes next
time). ``sync status`` says what waits and what a manager must look at, without the server.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, pairs, table
from pos_desktop.domain.errors import InvalidState

if TYPE_CHECKING:
    from pos_desktop.bootstrap.offline import OfflineTill
    from pos_desktop.services.offline_sync import SyncResult

EXIT_REFUSED = 1


def _till(obj: CliContext) -> OfflineTill:
    till = obj.services(require_schema=False, login=False).offline
    if till is None:
        raise InvalidState(
            "this terminal keeps no offline journal: its database is not PostgreSQL,"
            " or [offline] enabled is false"
        )
    return till


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _by_kind(pending: Mapping[str, int]) -> dict[str, int]:
    """``pending_by_kind``: the waiting entries by kind, in a stable order."""
    return dict(sorted(pending.items()))


def _waiting_words(pending: int, by_kind: Mapping[str, int]) -> str:
    """The count with its kinds as ``--json`` names them: ``57 (checkin 40, sale 17)``."""
    kinds = ", ".join(f"{kind} {n}" for kind, n in _by_kind(by_kind).items())
    return f"{pending} ({kinds})" if kinds else str(pending)


def _result_document(till: OfflineTill, result: SyncResult, *, made: bool) -> dict[str, Any]:
    return {
        "pushed": result.pushed,
        "pending": result.pending,
        "pending_sales": result.pending_sales,
        "pending_by_kind": _by_kind(result.pending_by_kind),
        "conflicts": result.conflicts,
        "new_conflicts": result.new_conflicts,
        "refreshed": result.refreshed,
        "journal_made": made,
        "journal": str(till.path),
        "error": result.error or None,
    }


@click.group("sync", invoke_without_command=True)
@click.option("--once", is_flag=True, help="One round, then exit.")
@click.option(
    "--every",
    default=10.0,
    show_default=True,
    type=click.FloatRange(1, 3600),
    help="Seconds between rounds without --once.",
)
@click.option("--json", "as_json", is_flag=True)
@pass_context
@click.pass_context
def sync_group(
    ctx: click.Context, obj: CliContext, /, *, once: bool, every: float, as_json: bool
) -> None:
    """Send what this till saved offline to the server, exactly once; or say what waits."""
    if ctx.invoked_subcommand is not None:
        return
    till = _till(obj)
    made = till.ensure()
    while True:
        result = till.sync.sync_once()
        if as_json:
            emit_json(_result_document(till, result, made=made))
        else:
            click.echo(
                f"sent {result.pushed}, waiting {result.pending},"
                f" conflicts {result.conflicts}" + (" (journal made)" if made else "")
            )
            if result.error:
                click.echo(f"stopped: {result.error}", err=True)
        if once:
            if result.error:
                ctx.exit(EXIT_REFUSED)
            return
        made = False
        time.sleep(every)


@sync_group.command("status")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def sync_status(obj: CliContext, /, *, as_json: bool) -> None:
    """What waits to be sent, when the last entry went, and the conflicts for a manager."""
    till = _till(obj)
    exists = till.exists()
    counts = till.entries.counts() if exists else None
    conflicts = till.entries.listed(state="conflict") if exists else []
    if as_json:
        emit_json(
            {
                "journal": str(till.path),
                "exists": exists,
                "pending": counts.pending if counts else 0,
                "pending_sales": counts.pending_sales if counts else 0,
                "pending_by_kind": _by_kind(counts.pending_by_kind) if counts else {},
                "synced": counts.synced if counts else 0,
                "conflicts": counts.conflicts if counts else 0,
                "last_sync": _when(counts.last_sync) if counts else None,
                "oldest_pending": _when(counts.oldest_pending) if counts else None,
                "conflict_entries": [
                    {
                        "seq": e.seq,
                        "key": e.key,
                        "kind": e.kind,
                        "number": e.number,
                        "server_number": e.server_number,
                        "created_at": _when(e.created_at),
                        "conflict": e.conflict,
                    }
                    for e in conflicts
                ],
            }
        )
        return
    if counts is None:
        click.echo(f"No offline journal yet ({till.path}): `pos-desktop sync --once` makes it.")
        return
    pairs(
        [
            ("journal", str(till.path)),
            ("waiting", _waiting_words(counts.pending, counts.pending_by_kind)),
            ("sent", str(counts.synced)),
            ("conflicts", str(counts.conflicts)),
            ("last sync", _when(counts.last_sync)),
            ("oldest waiting", _when(counts.oldest_pending)),
        ]
    )
    if conflicts:
        click.echo("")
        table(
            ["#", "kind", "till", "server", "conflict"],
            [(e.seq, e.kind, e.number, e.server_number, e.conflict) for e in conflicts],
        )
