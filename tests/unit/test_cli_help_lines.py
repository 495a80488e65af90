"""Every command and subcommand says in ``--help`` what it does: ``pos-desktop user --help``
listed ``list`` with an empty line, and ``exhibition --help`` four such commands."""

from __future__ import annotations

from collections.abc import Iterator

import click

from pos_desktop.cli.main import main


def commands(
    group: click.Group, ctx: click.Context, prefix: str = ""
) -> Iterator[tuple[str, click.Command]]:
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, prefix + name
        yield prefix + name, command
        if isinstance(command, click.Group):
            yield from commands(command, click.Context(command, parent=ctx), f"{prefix}{name} ")


def test_every_command_has_a_help_line() -> None:
    found = dict(commands(main, click.Context(main)))
    assert {"user list", "invoice show", "exhibition add", "customer qr"} <= found.keys()
    silent = sorted(name for name, command in found.items() if not command.get_short_help_str())
    assert silent == []
