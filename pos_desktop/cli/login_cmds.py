"""``login USER`` and ``logout``: the command line's session (``services/cli_sessions.py``)."""

from __future__ import annotations

from pathlib import Path

import click

from pos_desktop.cli import session_file
from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.passwords import read_password

PASSWORD_FILE = click.Path(dir_okay=False, path_type=Path, allow_dash=True)


@click.command("login")
@click.argument("username")
@click.option(
    "--password-file",
    type=PASSWORD_FILE,
    help="File whose first line is the password ('-' for stdin); else it is asked.",
)
@pass_context
def login(obj: CliContext, /, *, username: str, password_file: Path | None) -> None:
    """Log in as USERNAME for the commands that follow (security.cli_session_hours)."""
    services = obj.services(login=False)
    password = read_password(password_file, prompt=f"Password for {username}", confirm=False)
    started = services.cli_sessions.start(username, password)
    from pos_desktop.services.terminal_lease import TerminalTaken  # noqa: PLC0415 - lazy

    try:  # one terminal id, one device: refused at the login, not at the first command after it
        services.terminal_lease.claim()
    except TerminalTaken:
        services.cli_sessions.end(started.token)
        raise
    path, url = session_file.session_path(), obj.settings.database.url
    previous = session_file.write(
        path, url, started.actor.username, started.token, started.expires_at
    )
    if previous is not None:  # the one it replaces ends too, rather than lingering until expiry
        services.cli_sessions.end(previous.token)
    click.echo(
        f"Logged in as {started.actor.username} ({started.actor.role.value})"
        f" until {started.expires_at:%Y-%m-%d %H:%M} UTC."
    )


@click.command("logout")
@pass_context
def logout(obj: CliContext) -> None:
    """End the command-line session: its token is void at once, here and in any copy."""
    path, url = session_file.session_path(), obj.settings.database.url
    stored = session_file.read(path, url)
    if stored is None:
        click.echo("Not logged in.")
        return
    ended = obj.services(login=False).cli_sessions.end(stored.token)
    session_file.remove(path, url)
    if ended is None:
        click.echo("The session had already ended; its file is removed.")
    else:
        click.echo(f"Logged out {ended}.")
