"""``user add|list|passwd|set|unlock``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pos_desktop.cli.context import CliContext, pass_context
from pos_desktop.cli.output import emit_json, table
from pos_desktop.cli.passwords import read_password
from pos_desktop.domain.roles import Role
from pos_desktop.services.users import UserView, parse_role

ROLES = click.Choice([r.value for r in Role])
PASSWORD_FILE = click.Path(dir_okay=False, path_type=Path, allow_dash=True)


def user_document(user: UserView) -> dict[str, Any]:
    return {
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role.value,
        "active": user.active,
        "locked_until": user.locked_until.isoformat() if user.locked_until else None,
        "last_login_at": user.last_login_at.isoformat() if user.last_login_at else None,
    }


@click.group("user")
def user_group() -> None:
    """People who log in at the terminals."""


@user_group.command("add")
@click.argument("username")
@click.option("--role", type=ROLES, default=Role.CASHIER.value, show_default=True)
@click.option("--display-name", default="")
@click.option("--password-file", type=PASSWORD_FILE, help="First line is the password.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def user_add(
    obj: CliContext,
    /,
    *,
    username: str,
    role: str,
    display_name: str,
    password_file: Path | None,
    as_json: bool,
) -> None:
    """Add a user; the password is asked (or read from --password-file), never defaulted."""
    services = obj.services()
    password = read_password(password_file, prompt=f"Password for {username}")
    user = services.users.add_user(
        obj.actor,
        username=username,
        password=password,
        role=parse_role(role),
        display_name=display_name,
    )
    if as_json:
        emit_json(user_document(user))
    else:
        click.echo(f"User {user.username} added as {user.role.value}.")


@user_group.command("list")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def user_list(obj: CliContext, /, *, as_json: bool) -> None:
    """Every user: role, whether they may log in, a login wait, the last login (admins)."""
    users = obj.services().users.list_users(obj.actor)
    if as_json:
        emit_json([user_document(u) for u in users])
        return
    table(
        ["user", "name", "role", "active", "last login", "waits until"],
        [
            (
                u.username,
                u.display_name,
                u.role.value,
                "yes" if u.active else "no",
                f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else "",
                f"{u.locked_until:%H:%M:%S}" if u.locked_until else "",
            )
            for u in users
        ],
    )


@user_group.command("passwd")
@click.argument("username")
@click.option("--password-file", type=PASSWORD_FILE, help="First line is the new password.")
@pass_context
def user_passwd(obj: CliContext, /, *, username: str, password_file: Path | None) -> None:
    """Set a new password for USERNAME (also ends a wait after failed logins)."""
    services = obj.services()
    password = read_password(password_file, prompt=f"New password for {username}")
    services.users.change_password(obj.actor, username, password)
    name = username.strip().lower()
    click.echo(f"Password of {name} changed; their command-line sessions have ended.")
    if name == obj.actor.username:
        click.echo(f"Log in again: pos-desktop login {name}")


@user_group.command("unlock")
@click.argument("username")
@pass_context
def user_unlock(obj: CliContext, /, *, username: str) -> None:
    """Let USERNAME try again at once: forget its failed logins and end its wait."""
    obj.services().users.unlock(obj.actor, username)
    click.echo(f"{username.strip().lower()} may log in again now.")


@user_group.command("set")
@click.argument("username")
@click.option("--role", type=ROLES, default=None)
@click.option("--display-name", default=None)
@click.option("--enable/--disable", "active", default=None, help="Allow or stop logins.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def user_set(
    obj: CliContext,
    /,
    *,
    username: str,
    role: str | None,
    display_name: str | None,
    active: bool | None,
    as_json: bool,
) -> None:
    """Change a user's role, name, or whether they may log in."""
    user = obj.services().users.update_user(
        obj.actor,
        username,
        role=parse_role(role) if role else None,
        active=active,
        display_name=display_name,
    )
    if as_json:
        emit_json(user_document(user))
    else:
        state = "active" if user.active else "disabled"
        click.echo(f"User {user.username}: {user.role.value}, {state}.")
