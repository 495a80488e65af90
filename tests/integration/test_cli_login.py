"""The command line asks who you are: ``login``, ``logout``, ``POS_USER``, roles and revocation.

The ``cli`` fixture's ``init`` logged the admin ``boss`` in; these tests add a cashier and a
manager and log in as them, or log out, and watch what a command then may do.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest

from pos_desktop.domain.errors import LOG_IN_FIRST
from pos_desktop.storage.engine import create_engine_for
from tests.support.cli import (
    ADMIN,
    EXIT_LOGIN_REQUIRED,
    EXIT_NOT_ALLOWED,
    EXIT_OK,
    EXIT_REFUSED,
    Cli,
    describe,
    password_file,
    session_file_for,
)
from tests.support.clock import FakeClock

FIRST = "EXPO2024-T1-000001"
STAFF_PASSWORD = "staff password 42"


@pytest.fixture
def booth(cli: Cli) -> Cli:
    """The admin's booth with cashier ``carl``, manager ``maria`` and one paid sale."""
    pw = str(password_file(cli.folder, STAFF_PASSWORD, name="staff-pw"))
    cli.ok("user", "add", "carl", "--role", "cashier", "--password-file", pw)
    cli.ok("user", "add", "maria", "--role", "manager", "--password-file", pw)
    cli.sell(None, "Poster|1|8.00|19", pays=["cash:8"])
    return cli


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    """Every command from here on reads this clock (it moves only when the test moves it)."""
    frozen = FakeClock()
    monkeypatch.setattr("pos_desktop.bootstrap.SystemClock", lambda: frozen)
    return frozen


def refused_login(cli: Cli, *args: str, env: dict[str, str] | None = None) -> str:
    result = cli.invoke(*args, env=env)
    assert result.exit_code == EXIT_LOGIN_REQUIRED, describe(result, args)
    assert LOG_IN_FIRST in result.stderr, describe(result, args)
    return result.stderr


def status_of(cli: Cli, number: str = FIRST) -> str:
    status: str = cli.json("invoice", "show", number)["status"]
    return status


def entries(cli: Cli, action: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = cli.json("audit", "list", "--action", action)
    return found


# ------------------------------------------------------------------------------ init


def test_init_logs_the_new_admin_in(bare: Cli) -> None:
    refused_login(bare, "user", "list")  # a migrated database without users: no one to be

    said = bare.init().stdout

    assert "Logged in as boss on this command line." in said
    assert [u["username"] for u in bare.json("user", "list")] == ["boss"]
    events = bare.json("audit", "list", "--action", "login.ok")
    assert [(e["actor"], e["entity"]) for e in events] == [("boss", "boss")]


# ------------------------------------------------------------------------------ no login


def test_void_without_a_login_exits_5_and_says_how_to_log_in(booth: Cli) -> None:
    assert "Logged out boss." in booth.ok("logout").stdout

    said = refused_login(booth, "invoice", "void", FIRST, "--reason", "wrong customer")

    assert said.strip() == f"Error: {LOG_IN_FIRST}"
    booth.login(ADMIN)
    assert status_of(booth) == "issued"


def test_commands_that_need_no_login(booth: Cli) -> None:
    booth.ok("logout")
    assert "Not logged in." in booth.ok("logout").stdout
    free = ["--help", "--version", "invoice --help", "config show", "db check", "db upgrade"]
    for line in [*free, "printer status --url file:///dev/null"]:
        booth.ok(*line.split())
    for line in ["audit list", "customer search ada", "user list", "invoice show " + FIRST]:
        refused_login(booth, *line.split())


# ------------------------------------------------------------------------------ roles


def test_a_cashiers_session_may_not_void_and_the_refusal_is_audited(booth: Cli) -> None:
    assert "Logged in as carl (cashier)" in booth.login("carl", STAFF_PASSWORD).stdout

    result = booth.fails(EXIT_NOT_ALLOWED, "invoice", "void", FIRST, "--reason", "wrong customer")

    assert "invoice.void" in result.stderr
    booth.login("maria", STAFF_PASSWORD)
    assert status_of(booth) == "issued"
    booth.login(ADMIN)
    [refusal] = entries(booth, "permission.refused")
    assert (refusal["actor"], refusal["entity_type"], refusal["entity"]) == (
        "carl",
        "command",
        "invoice void",
    )
    assert "needs invoice.void" in refusal["summary"]


def test_a_managers_session_voids_and_the_audit_names_the_manager(booth: Cli) -> None:
    booth.login("maria", STAFF_PASSWORD)

    booth.ok("invoice", "void", FIRST, "--reason", "wrong customer")

    shown = booth.json("invoice", "show", FIRST)
    assert (shown["status"], shown["voided_by"]) == ("voided", "maria")
    booth.login(ADMIN)
    assert [(e["entity"], e["actor"]) for e in entries(booth, "invoice.void")] == [(FIRST, "maria")]
    logins = [e for e in entries(booth, "login.ok") if e["actor"] == "maria"]
    assert "on the command line until" in logins[0]["summary"]


def test_a_new_role_applies_at_the_next_command(booth: Cli) -> None:
    booth.login("carl", STAFF_PASSWORD)
    booth.fails(EXIT_NOT_ALLOWED, "invoice", "void", FIRST, "--reason", "wrong customer")

    booth.ok("user", "set", "carl", "--role", "manager", env=booth.as_user(ADMIN))

    booth.ok("invoice", "void", FIRST, "--reason", "wrong customer")


# ------------------------------------------------------------------------------ revocation


def kept_copy(cli: Cli) -> Path:
    """A copy of the token file, as someone who copied it off the laptop would have."""
    copy = cli.folder / "stolen-session"
    shutil.copy(session_file_for(cli.folder), copy)
    return copy


def restore(cli: Cli, copy: Path) -> None:
    shutil.copy(copy, session_file_for(cli.folder))


def test_logout_ends_the_token_in_every_copy(booth: Cli) -> None:
    copy = kept_copy(booth)

    booth.ok("logout")

    assert not session_file_for(booth.folder).exists()
    restore(booth, copy)
    refused_login(booth, "invoice", "list")
    booth.login(ADMIN)
    assert [e["actor"] for e in entries(booth, "logout")] == [ADMIN]


def test_disabling_the_user_ends_their_session(booth: Cli) -> None:
    booth.login("carl", STAFF_PASSWORD)
    booth.ok("invoice", "list")

    booth.ok("user", "set", "carl", "--disable", env=booth.as_user(ADMIN))
    refused_login(booth, "invoice", "list")
    booth.ok("user", "set", "carl", "--enable", env=booth.as_user(ADMIN))

    refused_login(booth, "invoice", "list")  # enabled again, but that token is gone for good


def test_a_new_password_ends_the_users_session(booth: Cli) -> None:
    booth.login("carl", STAFF_PASSWORD)
    copy = kept_copy(booth)
    new = password_file(booth.folder, "carl's new password", name="carl-new")

    booth.ok("user", "passwd", "carl", "--password-file", str(new), env=booth.as_user(ADMIN))

    refused_login(booth, "invoice", "list")
    restore(booth, copy)
    refused_login(booth, "invoice", "list")
    booth.login("carl", "carl's new password")
    booth.ok("invoice", "list")


def test_the_session_expires_after_the_setting(booth: Cli, clock: FakeClock) -> None:
    booth.login("carl", STAFF_PASSWORD)
    clock.advance(hours=11, minutes=59)
    booth.ok("invoice", "list")

    clock.advance(minutes=1)

    assert "expired" in refused_login(booth, "invoice", "list")


def test_a_shorter_session_by_setting(booth: Cli, clock: FakeClock) -> None:
    booth.config.write_text("[security]\ncli_session_hours = 1\n")
    booth.login("carl", STAFF_PASSWORD)
    clock.advance(minutes=61)
    assert "expired" in refused_login(booth, "invoice", "list")


# ------------------------------------------------------------------------------ the token file


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_token_file_is_private_to_its_owner(booth: Cli) -> None:
    path = session_file_for(booth.folder)
    assert path.parent.name == "cli-state"
    shutil.rmtree(path.parent)

    booth.login("carl", STAFF_PASSWORD)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "carl" in path.read_text()  # the user's name; the token itself is random


def test_the_database_keeps_only_a_hash_of_the_token(booth: Cli) -> None:
    [stored] = json.loads(session_file_for(booth.folder).read_text())["sessions"].values()
    assert len(stored["token"]) >= 40
    engine = create_engine_for(booth.database_url)
    try:
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT token_hash FROM cli_sessions").scalars().all()
    finally:
        engine.dispose()
    assert rows and stored["token"] not in rows


# ------------------------------------------------------------------------------ scripts


def test_pos_user_and_password_file_log_in_for_one_command(booth: Cli) -> None:
    booth.ok("logout")
    as_maria = booth.as_user("maria", STAFF_PASSWORD)

    booth.ok("invoice", "void", FIRST, "--reason", "wrong customer", env=as_maria)

    assert not session_file_for(booth.folder).exists()
    refused_login(booth, "invoice", "list")  # nothing was kept for the next command
    voided = booth.invoke("invoice", "show", FIRST, "--json", env=as_maria)
    assert voided.exit_code == EXIT_OK, describe(voided)
    assert '"voided_by": "maria"' in voided.stdout


def test_pos_user_with_a_wrong_password_or_without_its_file(booth: Cli) -> None:
    wrong = booth.as_user("maria", "not her password")
    result = booth.invoke("invoice", "list", env=wrong)
    assert result.exit_code == EXIT_REFUSED, describe(result)
    assert "wrong user name or password" in result.stderr

    said = refused_login(booth, "invoice", "list", env={"POS_USER": "maria"})
    assert "POS_PASSWORD_FILE" in said


def test_failed_cli_logins_make_the_name_wait(booth: Cli, clock: FakeClock) -> None:
    wrong = password_file(booth.folder, "not the password", name="wrong")
    for _ in range(5):
        result = booth.invoke("login", "carl", "--password-file", str(wrong))
        assert result.exit_code == EXIT_REFUSED, describe(result)

    right = password_file(booth.folder, STAFF_PASSWORD, name="right")
    waiting = booth.invoke("login", "carl", "--password-file", str(right))
    assert waiting.exit_code == EXIT_REFUSED, describe(waiting)
    assert "too many failed logins" in waiting.stderr
    scripted = booth.invoke("invoice", "list", env=booth.as_user("carl", STAFF_PASSWORD))
    assert "too many failed logins" in scripted.stderr

    clock.advance(seconds=2)
    booth.login("carl", STAFF_PASSWORD)
    booth.login(ADMIN)
    assert len(entries(booth, "login.failed")) == 5
