"""The command line's commands, loaded when used: ``pos-desktop --help`` imports none of them.

Each command module pulls in its services (SQLAlchemy, ReportLab, python-escpos, OpenCV...):
imported all at once they cost every call about a second and a half. ``LazyGroup`` knows
each top-level command by name, module and the one line ``--help`` shows, and imports the
module only when the command runs (or its own ``--help`` is asked for). A test checks that the
lines here are the commands' own first docstring lines, so they cannot drift apart.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import cast

import click


@dataclass(frozen=True, slots=True)
class Entry:
    module: str
    attribute: str
    help: str
    #: Modules that add further subcommands to this group when imported (``invoice refund``,
    #: ``customer email``): imported when one of those is asked for or the group lists its
    #: commands (the group is an :class:`ExtendedGroup`), so ``customer show`` loads none.
    extras: tuple[str, ...] = ()


_CLI = "pos_desktop.cli."

COMMANDS: dict[str, Entry] = {
    "audit": Entry(_CLI + "audit_cmds", "audit_group", "The audit trail."),
    "backup": Entry(
        _CLI + "backup_cmds",
        "backup",
        "Back up the database while the tills keep selling, into one compressed file.",
    ),
    "checkin": Entry(
        _CLI + "workshop_cmds",
        "checkin",
        "Scan a customer in at workshop CODE's door; exit 1 when they are turned away.",
    ),
    "commission": Entry(
        _CLI + "commission_cmds",
        "commission_group",
        "Commission rates and the commission report.",
    ),
    "config": Entry(_CLI + "setup_cmds", "config_group", "Show the effective settings."),
    "creditnote": Entry(
        _CLI + "credit_note_cmds",
        "credit_note_group",
        "Credit notes (made by invoice refund): PDF.",
    ),
    "customer": Entry(
        _CLI + "customer_cmds",
        "customer_group",
        "Register, find and edit customers.",
        extras=(_CLI + "outbox_cmds",),
    ),
    "customers": Entry(
        _CLI + "import_export_cmds",
        "customers_group",
        "Import customers from CSV/XLSX, export them.",
    ),
    "db": Entry(_CLI + "setup_cmds", "db_group", "Database schema: upgrade and check."),
    "demo-data": Entry(
        _CLI + "setup_cmds",
        "demo_data",
        "Fill the database with realistic customers, products, workshops and a few days of sales.",
    ),
    "exhibition": Entry(
        _CLI + "exhibition_cmds", "exhibition_group", "Events this installation sells at."
    ),
    "export": Entry(_CLI + "journal_cmds", "export_group", "Exports for the accountant."),
    "gui": Entry(
        _CLI + "window_cmds",
        "gui",
        "Open the desktop window (also what `pos-desktop` alone does when there is a display).",
    ),
    "init": Entry(
        _CLI + "setup_cmds",
        "init",
        "Create the database schema, the first admin and optionally the first exhibition.",
    ),
    "invoice": Entry(
        _CLI + "invoice_cmds",
        "invoice_group",
        "Sell, look up, pay, edit and void invoices.",
        extras=(_CLI + "refund_cmds", _CLI + "outbox_cmds"),
    ),
    "invoices": Entry(_CLI + "import_export_cmds", "invoices_group", "Export invoices."),
    "login": Entry(
        _CLI + "login_cmds",
        "login",
        "Log in as USERNAME for the commands that follow (security.cli_session_hours).",
    ),
    "logout": Entry(
        _CLI + "login_cmds",
        "logout",
        "End the command-line session: its token is void at once, here and in any copy.",
    ),
    "outbox": Entry(
        _CLI + "outbox_cmds",
        "outbox_group",
        "Customer emails waiting to go out, and sending them.",
    ),
    "printer": Entry(
        _CLI + "printer_cmds", "printer_group", "This till's receipt printer and its queue."
    ),
    "product": Entry(
        _CLI + "product_cmds",
        "product_group",
        "Products: SKU, barcodes, name, price, VAT rate, stock tracking.",
        extras=(_CLI + "product_file_cmds",),
    ),
    "receipt": Entry(
        _CLI + "printer_cmds",
        "receipt",
        "Invoice NUMBER's receipt: to files, as text, or (no option) to this till's printer.",
    ),
    "report": Entry(_CLI + "report_cmds", "report_group", "Sales reports."),
    "restore": Entry(
        _CLI + "backup_cmds",
        "restore",
        "Restore backup FILE into an empty database and check it against its manifest.",
    ),
    "scan": Entry(
        _CLI + "scan_cmds",
        "scan",
        "Decode --image FILE..., --video FILE or --camera N; print what each code means.",
    ),
    "screenshots": Entry(
        _CLI + "window_cmds",
        "screenshots",
        "Render every screen with demo data to PNG files (offscreen; for the README and reviews).",
    ),
    "session": Entry(
        _CLI + "session_cmds",
        "session_group",
        "The till's cash session: float, cash in and out, X and Z reports.",
    ),
    "sync": Entry(
        _CLI + "sync_cmds",
        "sync_group",
        "Send what this till saved offline to the server, exactly once; or say what waits.",
    ),
    "stock": Entry(
        _CLI + "stock_cmds", "stock_group", "Stock levels per location, goods in and out, counts."
    ),
    "transfer": Entry(
        _CLI + "stock_cmds",
        "transfer_group",
        "Goods between locations: request, approve or reject, send, receive.",
    ),
    "user": Entry(_CLI + "user_cmds", "user_group", "People who log in at the terminals."),
    "workshop": Entry(
        _CLI + "workshop_cmds",
        "workshop_group",
        "Workshops and talks: seats, waitlist, certificates (sell seats with invoice create).",
    ),
}


def load(name: str, *, extras: bool = True) -> click.Command:
    """The command ``name``, its module (and, with ``extras``, the modules adding to it)
    imported now."""
    entry = COMMANDS[name]
    command = cast(click.Command, getattr(importlib.import_module(entry.module), entry.attribute))
    if extras:
        _import_extras(name)
    return command


def _import_extras(name: str) -> None:
    entry = COMMANDS.get(name)
    for extra in entry.extras if entry else ():
        importlib.import_module(extra)


class ExtendedGroup(click.Group):
    """A top-level group that other modules add subcommands to (its ``extras``): they are
    imported when a subcommand it lacks is asked for, or when it lists its commands."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        _import_extras(self.name or "")
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            _import_extras(self.name or "")
        return super().get_command(ctx, cmd_name)


class LazyGroup(click.Group):
    """A group whose commands are imported when used; ``--help`` lists them from the index."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(COMMANDS))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        if cmd_name not in COMMANDS:
            return None
        command = load(cmd_name, extras=False)
        self.add_command(command, cmd_name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list from the index's lines: no command module is imported for it."""
        width = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [
            (name, _shorten(COMMANDS[name].help, width))
            for name in self.list_commands(ctx)
            if name in COMMANDS
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _shorten(text: str, width: int) -> str:
    """Cut at a word with "..." when too long, as click shortens help lines in a listing."""
    if len(text) <= width:
        return text
    return text[: max(width - 3, 1)].rsplit(" ", 1)[0] + "..."
