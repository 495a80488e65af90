"""``exhibition add|list|activate|deactivate``."""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.services.exhibitions import ExhibitionInput, ExhibitionView

DAY = click.DateTime(["%Y-%m-%d"])


def exhibition_document(e: ExhibitionView) -> dict[str, Any]:
    return {
        "code": e.code,
        "name": e.name,
        "venue": e.venue,
        "booth": e.booth,
        "starts_on": e.starts_on.isoformat() if e.starts_on else None,
        "ends_on": e.ends_on.isoformat() if e.ends_on else None,
        "currency": e.currency,
        "active": e.active,
    }


@click.group("exhibition")
def exhibition_group() -> None:
    """Events this installation sells at."""


@exhibition_group.command("add")
@click.argument("name")
@click.option("--code", default="", help="Short code that starts its invoice numbers.")
@click.option("--currency", default=None)
@click.option("--venue", default="")
@click.option("--booth", default="")
@click.option("--starts", type=DAY, default=None)
@click.option("--ends", type=DAY, default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def exhibition_add(
    obj: CliContext,
    /,
    *,
    name: str,
    code: str,
    currency: str | None,
    venue: str,
    booth: str,
    starts: dt.datetime | None,
    ends: dt.datetime | None,
    as_json: bool,
) -> None:
    """Add exhibition NAME (admins); it is active at once."""
    view = obj.services().exhibitions.create(
        obj.actor,
        ExhibitionInput(
            name=name,
            code=code,
            venue=venue,
            booth=booth,
            starts_on=starts.date() if starts else None,
            ends_on=ends.date() if ends else None,
            currency=currency or obj.settings.billing.default_currency,
        ),
    )
    if as_json:
        emit_json(exhibition_document(view))
    else:
        click.echo(f"Exhibition {view.name} ({view.code}, {view.currency}) created and active.")


@exhibition_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def exhibition_list(obj: CliContext, /, *, as_json: bool) -> None:
    """Every exhibition: code, name, venue, days, currency, whether it is active."""
    rows = obj.services().exhibitions.list_exhibitions(obj.actor)
    if as_json:
        emit_json([exhibition_document(e) for e in rows])
        return
    table(
        ["code", "name", "venue", "from", "to", "currency", "active"],
        [
            (
                e.code,
                e.name,
                e.venue,
                e.starts_on,
                e.ends_on,
                e.currency,
                "yes" if e.active else "no",
            )
            for e in rows
        ],
    )


@exhibition_group.command("activate")
@click.argument("code")
@pass_context
def exhibition_activate(obj: CliContext, /, *, code: str) -> None:
    """Make exhibition CODE active (admins): a till without pos.exhibition sells for the
    active one that started last."""
    view = obj.services().exhibitions.set_active(obj.actor, code, True)
    click.echo(f"Exhibition {view.code} is active.")


@exhibition_group.command("deactivate")
@click.argument("code")
@pass_context
def exhibition_deactivate(obj: CliContext, /, *, code: str) -> None:
    """Exhibition CODE is no longer active (admins): tills stop selling for it unless their
    pos.exhibition names it; its invoices stay."""
    view = obj.services().exhibitions.set_active(obj.actor, code, False)
    click.echo(f"Exhibition {view.code} is no longer active.")
