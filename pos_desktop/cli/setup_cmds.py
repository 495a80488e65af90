"""``init``, ``config show``, ``db upgrade|check``, ``demo-data``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from pos_desktop.cli import session_file
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, pairs, table, warn
from pos_desktop.cli.passwords import read_password
from pos_desktop.config import is_secret, masked
from pos_desktop.domain.errors import LOG_IN_FIRST, LoginRequired, NotFound, PosError
from pos_desktop.domain.passwords import check_new_password, normalize_username
from pos_desktop.services.database_admin import FirstStart, SchemaStatus
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.station import NoActiveExhibition


def show_status(obj: CliContext) -> None:
    """First words of the app: the database, its state, and the next step to take."""
    services = obj.services(require_schema=False, login=False)
    state = services.database_admin.check()
    state.raise_if_unreachable()
    click.echo(f"Booth POS, database {masked('database.url', obj.settings.database.url)}")
    if state.status is SchemaStatus.EMPTY:
        click.echo("This database is new. Set it up with:")
        click.echo("  pos-desktop init --admin NAME --exhibition 'Expo 2026'")
        click.echo("then try it with demo data:  pos-desktop demo-data")
        return
    if not state.up_to_date:
        click.echo(f"The database needs attention: {state.describe()}")
        return
    if not services.users.has_users():
        click.echo("No users yet: pos-desktop init --admin NAME --exhibition 'Expo 2026'")
        return
    try:
        till = services.billing.till(obj.actor)
        where = f"selling for {till.exhibition_name} ({till.currency})"
    except (NotFound, NoActiveExhibition):
        where = "no active exhibition: pos-desktop exhibition add NAME"
    except LoginRequired:
        where = LOG_IN_FIRST
    click.echo(f"Ready on terminal {obj.settings.pos.terminal}, {where}.")


@click.command()
@click.option("--admin", "admin_name", required=True, help="User name of the first admin.")
@click.option(
    "--password-file",
    type=click.Path(dir_okay=False, path_type=Path, allow_dash=True),
    help="File whose first line is the admin's password ('-' for stdin); else it is asked.",
)
@click.option("--display-name", default="", help="The admin's full name.")
@click.option("--exhibition", "exhibition_name", help="Name of the first exhibition.")
@click.option("--exhibition-code", default="", help="Its short code for invoice numbers.")
@click.option("--currency", default=None, help="ISO currency of the exhibition (default: setting).")
@click.option("--venue", default="")
@click.option("--booth", default="")
@click.option("--starts", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--ends", type=click.DateTime(["%Y-%m-%d"]), default=None)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def init(
    obj: CliContext,
    /,
    *,
    admin_name: str,
    password_file: Path | None,
    display_name: str,
    exhibition_name: str | None,
    exhibition_code: str,
    currency: str | None,
    venue: str,
    booth: str,
    starts: dt.datetime | None,
    ends: dt.datetime | None,
    as_json: bool,
) -> None:
    """Create the database schema, the first admin and optionally the first exhibition."""
    password = read_password(password_file, prompt=f"Password for {admin_name}")
    # Refuse a weak password before touching the database at all.
    check_new_password(
        password,
        username=normalize_username(admin_name),
        min_length=obj.settings.security.min_password_length,
    )
    exhibition = None
    if exhibition_name:
        exhibition = ExhibitionInput(
            name=exhibition_name,
            code=exhibition_code,
            venue=venue,
            booth=booth,
            starts_on=starts.date() if starts else None,
            ends_on=ends.date() if ends else None,
            currency=currency or obj.settings.billing.default_currency,
        )
    services = obj.services(require_schema=False, login=False)
    request = FirstStart(admin_name, password, display_name, exhibition)
    result = services.database_admin.first_start(obj.system_actor, request).setup
    logged_in = _log_in_the_admin(obj, result.admin.username, password)
    if as_json:
        emit_json(
            {
                "admin": result.admin.username,
                "exhibition": result.exhibition.code if result.exhibition else None,
                "database": masked("database.url", obj.settings.database.url),
            }
        )
        return
    click.echo(f"Database ready: {masked('database.url', obj.settings.database.url)}")
    click.echo(f"Admin {result.admin.username} created.")
    if result.exhibition:
        ex = result.exhibition
        click.echo(f"Exhibition {ex.name} ({ex.code}, {ex.currency}) created and active.")
    else:
        click.echo("No exhibition yet: add one with `pos-desktop exhibition add NAME`.")
    if logged_in:
        click.echo(f"Logged in as {result.admin.username} on this command line.")


def _log_in_the_admin(obj: CliContext, username: str, password: str) -> bool:
    """``init`` logs the new admin in, so the next command can set things up. The database is
    ready whatever happens here: a failure is a warning, not a failed ``init``."""
    try:
        started = obj.services(login=False).cli_sessions.start(username, password)
        session_file.write(
            session_file.session_path(),
            obj.settings.database.url,
            started.actor.username,
            started.token,
            started.expires_at,
        )
    except PosError as error:
        warn(f"not logged in ({error}); {LOG_IN_FIRST}")
        return False
    obj.adopt(started.actor)
    return True


@click.group("config")
def config_group() -> None:
    """Show the effective settings."""


@config_group.command("show")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def config_show(obj: CliContext, /, *, as_json: bool) -> None:
    """Every setting, its value (passwords masked) and where it came from."""
    settings = obj.settings
    rows = [(key, masked(key, value), source) for key, value, source in settings.items()]
    if as_json:
        raw = {key: value for key, value, _ in settings.items()}

        def typed(key: str, shown: str) -> object:
            value = raw[key]
            plain = isinstance(value, bool | int) and not is_secret(key)
            return value if plain else shown

        emit_json(
            {
                "config_file": str(settings.config_file) if settings.config_file else None,
                "settings": {k: {"value": typed(k, v), "source": s} for k, v, s in rows},
                "warnings": settings.warnings,
            }
        )
        return
    click.echo(f"Config file: {settings.config_file or '(none found; defaults in use)'}")
    table(["setting", "value", "source"], rows)
    for message in settings.warnings:
        warn(message)


@click.group("db")
def db_group() -> None:
    """Database schema: upgrade and check."""


@db_group.command("upgrade")
@pass_context
def db_upgrade(obj: CliContext) -> None:
    """Apply the migrations the database lacks (safe to run again)."""
    done = obj.services(require_schema=False).database_admin.upgrade(obj.system_actor)
    if not done.changed:
        click.echo(f"Already at the latest revision ({done.after}).")
    else:
        click.echo(f"Upgraded from {done.before or 'an empty database'} to {done.after}.")


@db_group.command("check")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def db_check(obj: CliContext, /, *, as_json: bool) -> None:
    """Is the schema at the latest revision and identical to the models? Exit 1 if not."""
    state = obj.services(require_schema=False).database_admin.check()
    state.raise_if_unreachable()
    if as_json:
        emit_json(
            {
                "backend": state.backend,
                "current": state.current,
                "head": state.head,
                "up_to_date": state.up_to_date,
                "differences": list(state.differences),
            }
        )
    else:
        pairs([("backend", state.backend), ("status", state.describe())])
    if not state.up_to_date:
        raise click.exceptions.Exit(1)


@click.command("demo-data")
@click.option("--customers", default=120, show_default=True, type=click.IntRange(0, 100_000))
@click.option("--invoices", default=300, show_default=True, type=click.IntRange(0, 100_000))
@click.option("--seed", default=2026, show_default=True, help="Same seed, same data.")
@pass_context
def demo_data(obj: CliContext, /, *, customers: int, invoices: int, seed: int) -> None:
    """Fill the database with realistic customers, products, workshops and a few days of sales."""
    summary = obj.services().demo_data.generate(
        obj.actor, customers=customers, invoices=invoices, seed=seed
    )
    click.echo(
        f"Demo data: {summary.customers} customers, {summary.products} products, "
        f"{summary.invoices} invoices ({summary.voided} voided), {summary.workshops} workshops."
    )
