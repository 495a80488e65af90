"""``pos-desktop``: entry point, global options, and how errors become exit codes.

Exit codes (scripts rely on them): 0 done; 1 the action was refused or failed (conflict,
locked account, database down, wrong state); 2 bad input or unknown thing (invalid field,
mistyped or unknown code, usage error); 4 a customer with that email exists already (use
``--allow-duplicate`` to register anyway); 7 in doubt: the database stopped answering during
COMMIT, the action may be saved (run the same command with the printed ``--key`` to find out);
8 not allowed for this role (a manager must approve).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click
from sqlalchemy import exc

from pos_desktop import __version__
from pos_desktop.cli.audit_cmds import audit_group
from pos_desktop.cli.commission_cmds import commission_group
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.credit_note_cmds import credit_note_group
from pos_desktop.cli.customer_cmds import customer_group
from pos_desktop.cli.exhibition_cmds import exhibition_group
from pos_desktop.cli.import_export_cmds import customers_group, invoices_group
from pos_desktop.cli.invoice_cmds import invoice_group
from pos_desktop.cli.outbox_cmds import outbox_group
from pos_desktop.cli.output import fail
from pos_desktop.cli.printer_cmds import printer_group, receipt
from pos_desktop.cli.product_cmds import product_group
from pos_desktop.cli.product_file_cmds import product_export, product_import
from pos_desktop.cli.refund_cmds import invoice_refund
from pos_desktop.cli.report_cmds import report_group
from pos_desktop.cli.scan_cmds import scan
from pos_desktop.cli.session_cmds import session_group
from pos_desktop.cli.setup_cmds import config_group, db_group, demo_data, init, show_status
from pos_desktop.cli.stock_cmds import stock_group, transfer_group
from pos_desktop.cli.user_cmds import user_group
from pos_desktop.domain.errors import (
    ApprovalRequired,
    DuplicateCustomer,
    InDoubt,
    NotFound,
    PosError,
    ValidationError,
)
from pos_desktop.storage.uow import describe_database_error

EXIT_REFUSED = 1
EXIT_BAD_INPUT = 2
EXIT_DUPLICATE = 4
#: Refused until a manager approves (``ApprovalRequired``): not allowed for this user's role
#: alone. Commands act as an admin, who approves their own, so none meets it today.
EXIT_NOT_ALLOWED = 8
EXIT_IN_DOUBT = 7


def exit_code_for(error: PosError) -> int:
    if isinstance(error, DuplicateCustomer):
        return EXIT_DUPLICATE
    if isinstance(error, InDoubt):
        return EXIT_IN_DOUBT
    if isinstance(error, ApprovalRequired):
        return EXIT_NOT_ALLOWED
    if isinstance(error, ValidationError | NotFound):
        return EXIT_BAD_INPUT
    return EXIT_REFUSED


class PosGroup(click.Group):
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
            ctx.exit(exit_code_for(error))
        except ValueError as error:  # e.g. a database URL of an unsupported kind
            fail(str(error))
            ctx.exit(EXIT_REFUSED)
        except (exc.OperationalError, exc.InterfaceError) as error:  # schema commands
            fail(describe_database_error(error))
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
    if ctx.invoked_subcommand is None:
        reason = "no display found (DISPLAY and WAYLAND_DISPLAY are not set)"
        if display_available():
            try:
                ctx.exit(_open_window(ctx.obj))
            except GuiUnavailable as error:
                reason = error.message
        show_status(ctx.obj)
        click.echo(f"No window: {reason}.")
        click.echo("`pos-desktop gui` tries the window anyway.")
        click.echo("")
        click.echo(ctx.get_help())


class GuiUnavailable(PosError):
    """Qt or its system libraries are missing: the command line still works."""


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


def _open_window(obj: CliContext) -> int:
    """Qt is imported only here: the other commands start fast and work without Qt's libraries."""
    try:
        from pos_desktop.ui.app import run_gui  # noqa: PLC0415 (lazy on purpose)
    except ImportError as error:  # e.g. libEGL or the xcb libraries are not installed
        raise GuiUnavailable(f"the window needs Qt's system libraries ({error})") from error
    return run_gui(obj.settings)


@click.command("gui")
@pass_context
def gui(obj: CliContext) -> None:
    """Open the desktop window (also what `pos-desktop` alone does when there is a display)."""
    raise click.exceptions.Exit(_open_window(obj))


@click.command("screenshots")
@click.option(
    "--out",
    "out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for the PNG files (created if missing).",
)
def screenshots(out: Path) -> None:
    """Render every screen with demo data to PNG files (offscreen; for the README and reviews).

    Uses a throw-away database in a temporary folder, never the configured one.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication  # noqa: PLC0415 (lazy on purpose)

        from pos_desktop.ui.screenshots import take_screenshots  # noqa: PLC0415
    except ImportError as error:
        raise GuiUnavailable(f"screenshots need Qt's system libraries ({error})") from error
    _app = QApplication.instance() or QApplication([])  # kept alive while rendering
    for path in take_screenshots(out):
        click.echo(str(path))


main.add_command(init)
main.add_command(gui)
main.add_command(screenshots)
main.add_command(config_group)
main.add_command(db_group)
main.add_command(demo_data)
main.add_command(user_group)
main.add_command(customer_group)
main.add_command(invoice_group)
main.add_command(exhibition_group)
main.add_command(audit_group)
main.add_command(report_group)
main.add_command(outbox_group)
main.add_command(scan)
main.add_command(receipt)
main.add_command(printer_group)
main.add_command(customers_group)
main.add_command(invoices_group)
main.add_command(session_group)
main.add_command(product_group)
main.add_command(stock_group)
main.add_command(transfer_group)
main.add_command(commission_group)
invoice_group.add_command(invoice_refund)
product_group.add_command(product_import)
product_group.add_command(product_export)
main.add_command(credit_note_group)
