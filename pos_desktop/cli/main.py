"""``pos-desktop``: entry point, global options, and how errors become exit codes.

Exit codes (scripts rely on them): 0 done; 1 the action was refused or failed (conflict,
locked account, database down, wrong state); 2 bad input or unknown thing (invalid field,
mistyped or unknown code, usage error); 4 a customer with that email exists already (use
``--allow-duplicate`` to register anyway); 5 nobody is logged in ("log in first: pos-desktop
login USER"; also an expired or ended session); 7 in doubt: the database stopped answering
during COMMIT, the action may be saved (run the same command with the printed ``--key`` to find
out); 8 not allowed for this user's role (audited as ``permission.refused``), or a manager must
approve.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from pos_desktop import __version__
from pos_desktop.cli.command_index import LazyGroup
from pos_desktop.cli.context import CliContext
from pos_desktop.cli.output import fail
from pos_desktop.domain.errors import (
    ApprovalRefused,
    DuplicateCustomer,
    InDoubt,
    LoginRequired,
    NotFound,
    PermissionDenied,
    PosError,
    ValidationError,
)

EXIT_REFUSED = 1
EXIT_BAD_INPUT = 2
EXIT_DUPLICATE = 4
#: No one is logged in (``LoginRequired``): no session, an expired or an ended one.
EXIT_LOGIN_REQUIRED = 5
#: Not allowed for the logged-in user's role (``PermissionDenied``), or refused until a manager
#: approves (``ApprovalRequired``).
EXIT_NOT_ALLOWED = 8
EXIT_IN_DOUBT = 7
log = logging.getLogger(__name__)


def exit_code_for(error: PosError) -> int:
    if isinstance(error, DuplicateCustomer):
        return EXIT_DUPLICATE
    if isinstance(error, InDoubt):
        return EXIT_IN_DOUBT
    if isinstance(error, LoginRequired):
        return EXIT_LOGIN_REQUIRED
    if isinstance(error, PermissionDenied):
        return EXIT_NOT_ALLOWED
    if isinstance(error, ValidationError | NotFound):
        return EXIT_BAD_INPUT
    return EXIT_REFUSED


class PosGroup(LazyGroup):
    """Turns errors meant for people into a message and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PosError as error:
            if isinstance(error, ValidationError) and len(error.problems) > 1:
                fail("the input has problems:")
                for problem in error.problems:
                    click.echo(f"  - {problem}", err=True)
            else:
                fail(str(error))
            if isinstance(error, DuplicateCustomer):
                click.echo("Use --allow-duplicate to register this person anyway.", err=True)
            if isinstance(error, PermissionDenied):
                audit_refusal(ctx, error)
            ctx.exit(exit_code_for(error))
        except ValueError as error:  # e.g. a database URL of an unsupported kind
            fail(str(error))
            ctx.exit(EXIT_REFUSED)
        except Exception as error:
            trouble = database_trouble(error)  # schema commands meet the driver's errors
            if trouble is None:
                raise
            fail(trouble)
            ctx.exit(EXIT_REFUSED)
        finally:
            if isinstance(ctx.obj, CliContext):
                ctx.obj.close()


@click.group(
    cls=PosGroup,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--database",
    metavar="URL",
    help="Database URL (sqlite:///FILE or postgresql://...); beats POS_DATABASE_URL.",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Settings file to read instead of the default (same as POS_CONFIG).",
)
@click.version_option(__version__, prog_name="pos-desktop")
@click.pass_context
def main(ctx: click.Context, database: str | None, config_file: Path | None) -> None:
    """Booth POS: point of sale for exhibition counters.

    Without a command: the desktop window when there is a display; otherwise where the data
    is, what is set up, and what to do next.
    """
    ctx.obj = CliContext(database=database, config_file=config_file)
    start_log_file(ctx)
    if ctx.invoked_subcommand is None:
        from pos_desktop.cli.setup_cmds import show_status  # noqa: PLC0415 - only here
        from pos_desktop.cli.window_cmds import GuiUnavailable, open_window  # noqa: PLC0415

        reason = "no display found (DISPLAY and WAYLAND_DISPLAY are not set)"
        if display_available():
            try:
                ctx.exit(open_window(ctx.obj))
            except GuiUnavailable as error:
                reason = error.message
        show_status(ctx.obj)
        click.echo(f"No window: {reason}.")
        click.echo("`pos-desktop gui` tries the window anyway.")
        click.echo("")
        click.echo(ctx.get_help())


def start_log_file(ctx: click.Context) -> None:
    """Warnings on stderr as always, and ``info`` and up in the log file (docs/admin-guide.md
    "Logs") until the command ends. Settings that cannot be read are the command's to report:
    then only stderr (Python's last resort) gets the warnings."""
    from pos_desktop.adapters.log_files import start_logging  # noqa: PLC0415 - not for --help

    try:
        settings = ctx.obj.settings
    except PosError:
        return
    ctx.call_on_close(start_logging(settings).stop)
    log.info("pos-desktop %s: %s", __version__, ctx.invoked_subcommand or "window or status")


def audit_refusal(ctx: click.Context, error: PermissionDenied) -> None:
    """A logged-in user's command their role may not run goes into the audit log (a refused
    approval is there already: the approval gate wrote it)."""
    obj = ctx.obj
    if isinstance(error, ApprovalRefused) or not isinstance(obj, CliContext):
        return
    actor = obj.logged_in
    if actor is None:
        return
    try:
        obj.services().cli_sessions.refused(actor, obj.command or "?", str(error))
    except PosError as trouble:
        fail(f"the refusal could not be written to the audit log: {trouble}")


def database_trouble(error: Exception) -> str | None:
    """The sentence for a connection error of the database driver; ``None`` for anything else.

    Only a driver's error loads the service (and SQLAlchemy): ``--help`` and ``--version``
    never do.
    """
    if not type(error).__module__.startswith("sqlalchemy"):
        return None
    from pos_desktop.services.database_admin import describe_driver_error  # noqa: PLC0415

    return describe_driver_error(error)


def display_available(
    environ: Mapping[str, str] | None = None, platform: str = sys.platform
) -> bool:
    """Windows and macOS always have a screen; elsewhere the session's variables say so.

    ``QT_QPA_PLATFORM`` counts too: whoever sets it (``offscreen``, ``vnc``) chose a screen.
    """
    if platform in {"win32", "cygwin", "darwin"}:
        return True
    env = os.environ if environ is None else environ
    return any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
