"""``pos-desktop``: entry point, global options, and how errors become exit codes.

Exit codes (scripts rely on them): 0 done; 1 the action was refused or failed (conflict,
locked account, database down, wrong state); 2 bad input or unknown thing (invalid field,
mistyped or unknown code, usage error); 4 a customer with that email exists already (use
``--allow-duplicate`` to register anyway).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
from sqlalchemy import exc

from pos_desktop import __version__
from pos_desktop.cli.audit_cmds import audit_group
from pos_desktop.cli.context import CliContext
from pos_desktop.cli.customer_cmds import customer_group
from pos_desktop.cli.exhibition_cmds import exhibition_group
from pos_desktop.cli.invoice_cmds import invoice_group
from pos_desktop.cli.output import fail
from pos_desktop.cli.setup_cmds import config_group, db_group, demo_data, init, show_status
from pos_desktop.cli.user_cmds import user_group
from pos_desktop.domain.errors import DuplicateCustomer, NotFound, PosError, ValidationError
from pos_desktop.storage.uow import describe_database_error

EXIT_REFUSED = 1
EXIT_BAD_INPUT = 2
EXIT_DUPLICATE = 4


def exit_code_for(error: PosError) -> int:
    if isinstance(error, DuplicateCustomer):
        return EXIT_DUPLICATE
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

    Without a command: where the data is, what is set up, and what to do next (the desktop
    window arrives with the GUI; until then this is the app's start).
    """
    ctx.obj = CliContext(database=database, config_file=config_file)
    if ctx.invoked_subcommand is None:
        show_status(ctx.obj)
        click.echo("")
        click.echo(ctx.get_help())


main.add_command(init)
main.add_command(config_group)
main.add_command(db_group)
main.add_command(demo_data)
main.add_command(user_group)
main.add_command(customer_group)
main.add_command(invoice_group)
main.add_command(exhibition_group)
main.add_command(audit_group)
