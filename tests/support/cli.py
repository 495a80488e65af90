"""Driving ``pos-desktop`` in tests: in-process through click's ``CliRunner``, or as a real process.

* :class:`Cli` runs the command group in-process (fast) with a clean environment: every ``POS_*``
  variable of the developer's shell is removed, ``POS_CONFIG`` names an empty settings file and
  ``POS_DATABASE_URL`` the test's database. Unexpected exceptions are *not* caught, so a command
  that crashes fails its test with the real traceback.
* :func:`run_process` runs the installed entry point (``pos-desktop`` next to the interpreter)
  with an explicit environment, for the end-to-end story scripts rely on.

Commands need a logged-in user. ``init`` logs the new admin in, and both ways keep the token in
a file of the test's own (``POS_CLI_SESSION_FILE``, :func:`session_file_for`), so after
``cli.init()`` (the ``cli`` fixture) every command runs as the admin ``boss``; :meth:`Cli.login`
and :meth:`Cli.as_user` switch. ``init`` and ``db upgrade`` still act as the operating-system
user, ``cli:<login>`` (:func:`cli_actor_label`).
"""

from __future__ import annotations

import getpass
import json
import os
import shutil
import subprocess
import sys
import traceback
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from click.testing import CliRunner, Result
from sqlalchemy import func, select

from pos_desktop.cli.main import main
from pos_desktop.domain.codes import ALPHABET, CustomerCode, check_character
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import Base
from tests.support.databases import PostgresRun

#: Good enough for the password rules (10+ characters, several different ones).
ADMIN_PASSWORD = "correct horse battery"
#: The admin ``Cli.init`` creates and logs in: the audit log names them for what the CLI does.
ADMIN = "boss"
EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT, EXIT_DUPLICATE = 0, 1, 2, 4
EXIT_LOGIN_REQUIRED, EXIT_NOT_ALLOWED = 5, 8
#: Variables a child process needs besides the ones a test sets; getpass reads the login ones.
_PASSED_THROUGH = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "LOGNAME", "USER", "LNAME")
PROCESS_TIMEOUT_S = 120
#: The folder holding the ``pos_desktop`` package these tests import.
CHECKOUT = Path(__file__).resolve().parents[2]


def cli_actor_label() -> str:
    """How the audit log names whoever runs the CLI (``cli:<login name>``)."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry: the CLI says "unknown" too
        login = "unknown"
    return f"cli:{login}"


def session_file_for(folder: Path) -> Path:
    """Where the CLI keeps the test's login token (a folder the CLI creates, 0700)."""
    return folder / "cli-state" / "cli-session"


def device_id_file_for(folder: Path) -> Path:
    """This test's device id (terminal lease): one device per test folder, as in real life."""
    return folder / "device-id"


def password_file(folder: Path, password: str = ADMIN_PASSWORD, name: str = "pw") -> Path:
    path = folder / name
    path.write_text(password + "\n")
    return path


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@contextmanager
def empty_database(backend: str, folder: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a database without any table: a new SQLite file, or a new PostgreSQL database
    (from the run's server, dropped afterwards)."""
    if backend == "sqlite":
        path = folder / "empty" / "pos.sqlite3"
        assert not path.exists()
        yield sqlite_url(path)
        return
    run: PostgresRun = request.getfixturevalue("postgres_run")
    name, url = run.scratch_database()
    try:
        yield url
    finally:
        run.drop_scratch(name)


# ------------------------------------------------------------------------------ customer codes


def mistype(code: str) -> str:
    """``code`` with two neighbouring, different characters swapped (a classic typing slip)."""
    for i in range(len(code) - 1):
        if code[i] != code[i + 1]:
            return code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    raise AssertionError(f"{code} has no two different neighbours to swap")  # pragma: no cover


def unknown_code(*taken: str) -> str:
    """A well-formed customer code (valid check character) that is none of ``taken``."""
    for first in ALPHABET:
        code = CustomerCode.parse(first + "ZZZZZZ" + check_character(first + "ZZZZZZ")).value
        if code not in taken:
            return code
    raise AssertionError("no free code")  # pragma: no cover


# ------------------------------------------------------------------------------ in-process CLI


def fast_hasher() -> PasswordHasher:
    """Real argon2id, cheap enough for a suite that adds many users (in-process tests only)."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@dataclass
class Cli:
    """``pos-desktop`` in-process on one database, with an isolated environment."""

    database_url: str
    config: Path
    folder: Path
    env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Never the developer's own login token: one in the test's folder."""
        self.env.setdefault("POS_CLI_SESSION_FILE", str(session_file_for(self.folder)))
        self.env.setdefault("POS_POS_DEVICE_ID_FILE", str(device_id_file_for(self.folder)))

    @classmethod
    def isolated(
        cls,
        database_url: str,
        config: Path,
        folder: Path,
        monkeypatch: pytest.MonkeyPatch,
    ) -> Cli:
        """No ``POS_*`` variable of the shell leaks in; argon2 runs with cheap parameters (as
        the service tests' ``FAST_HASHER``), since every command builds a ``UserService``."""
        for name in list(os.environ):
            if name.startswith("POS_"):
                monkeypatch.delenv(name)
        monkeypatch.setattr("pos_desktop.bootstrap.PasswordHasher", fast_hasher)
        return cls(database_url, config, folder)

    def invoke(
        self,
        *args: str,
        input: str | None = None,
        env: Mapping[str, str] | None = None,
        catch: bool = False,
    ) -> Result:
        """Run a command; an exception the CLI lets escape fails the test unless ``catch``."""
        environment = {
            "POS_CONFIG": str(self.config),
            "POS_DATABASE_URL": self.database_url,
            "POS_LOG_FOLDER": str(self.folder / "log"),
            "POS_OFFLINE_FOLDER": str(self.folder / "journal"),
            **self.env,
            **(env or {}),
        }
        return CliRunner().invoke(
            main, list(args), input=input, env=environment, catch_exceptions=catch
        )

    def ok(
        self, *args: str, input: str | None = None, env: Mapping[str, str] | None = None
    ) -> Result:
        result = self.invoke(*args, input=input, env=env)
        assert result.exit_code == EXIT_OK, describe(result, args)
        return result

    def json(self, *args: str) -> Any:
        """Run a command with ``--json`` appended; its stdout parsed (and nothing else on it)."""
        result = self.ok(*args, "--json")
        return json.loads(result.stdout)

    def fails(self, code: int, *args: str, input: str | None = None) -> Result:
        """Run a command that must be refused with exit ``code`` and an ``Error:`` on stderr."""
        result = self.invoke(*args, input=input)
        assert result.exit_code == code, describe(result, args)
        assert "Error" in result.stderr, describe(result, args)
        return result

    # -------------------------------------------------------------------------- set-ups

    def login(self, username: str, password: str = ADMIN_PASSWORD) -> Result:
        """``login USERNAME`` with a password file: the commands after it run as that user."""
        pw = password_file(self.folder, password, name=f"pw-{username}")
        return self.ok("login", username, "--password-file", str(pw))

    def as_user(self, username: str, password: str = ADMIN_PASSWORD) -> dict[str, str]:
        """Variables for one command as ``username`` without a session (``POS_USER``)."""
        pw = password_file(self.folder, password, name=f"pw-{username}")
        return {"POS_USER": username, "POS_PASSWORD_FILE": str(pw)}

    def init(
        self,
        *,
        admin: str = ADMIN,
        exhibition: str | None = "Expo 2024",
        currency: str = "EUR",
        extra: Sequence[str] = (),
    ) -> Result:
        """``init`` with a password file: the first admin and (by default) exhibition EXPO2024."""
        args = ["init", "--admin", admin, "--password-file", str(password_file(self.folder))]
        if exhibition is not None:
            args += ["--exhibition", exhibition, "--currency", currency]
        return self.ok(*args, *extra)

    def register(
        self,
        name: str = "Ada Lovelace",
        email: str = "ada@example.com",
        *,
        options: Sequence[str] = (),
    ) -> dict[str, Any]:
        """``customer add ... --json``; returns the new customer's document."""
        document: dict[str, Any] = self.json(
            "customer", "add", "--name", name, "--email", email, *options
        )
        return document

    def sell(self, customer: str | None, *lines: str, pays: Sequence[str] = ()) -> dict[str, Any]:
        """``invoice create --json`` with ``--line`` per line and ``--pay`` per payment."""
        args = ["invoice", "create"]
        if customer is not None:
            args += ["--customer", customer]
        for line in lines:
            args += ["--line", line]
        for pay in pays:
            args += ["--pay", pay]
        document: dict[str, Any] = self.json(*args)
        return document

    def audit_actions(self, prefix: str | None = None) -> list[str]:
        """Audit actions oldest first (``audit list`` prints newest first)."""
        args = ["audit", "list", "--limit", "1000"]
        if prefix:
            args += ["--action", prefix]
        return [e["action"] for e in reversed(self.json(*args))]


def describe(result: Result, args: Sequence[str] = ()) -> str:
    """What a failed assertion shows: the command, its exit code and both output streams."""
    escaped = ""
    if result.exc_info and not isinstance(result.exception, SystemExit):
        escaped = "".join(traceback.format_exception(*result.exc_info))
    return (
        f"pos-desktop {' '.join(args)}\nexit {result.exit_code}\n"
        f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}\n{escaped}"
    )


def row_counts(database_url: str, *tables: str) -> dict[str, int]:
    """Rows in each named table, read directly (not through the CLI under test)."""
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as conn:
            return {
                name: conn.execute(
                    select(func.count()).select_from(Base.metadata.tables[name])
                ).scalar_one()
                for name in tables
            }
    finally:
        engine.dispose()


# ----------------------------------------------------------------------------- real processes


def entry_point() -> list[str]:
    """The installed ``pos-desktop`` script next to this interpreter, else ``python -m``."""
    script = shutil.which("pos-desktop", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "pos_desktop"]


def process_env(
    database_url: str, config: Path, *, user: tuple[str, str] | None = None
) -> dict[str, str]:
    """A minimal, explicit environment: no ``POS_*`` of the developer's shell leaks in.

    The login is the session ``init`` (or ``login``) keeps next to ``config``, or ``user``'s
    (name, password) through ``POS_USER`` and ``POS_PASSWORD_FILE`` for a database set up
    without the CLI (the ``staff`` fixture's ``admin``).

    ``PYTHONPATH`` is the checkout these tests belong to, so the child runs the code under
    test: the shared virtualenv's ``pos-desktop`` is an editable install of one checkout, and
    from another (a git worktree) the child ran that one's code, against this one's database.
    """
    env = {name: os.environ[name] for name in _PASSED_THROUGH if name in os.environ}
    env["PYTHONPATH"] = str(CHECKOUT)
    env["POS_DATABASE_URL"] = database_url
    env["POS_CONFIG"] = str(config)
    env["POS_LOG_FOLDER"] = str(config.parent / "log")  # not the developer's log folder
    env["POS_CLI_SESSION_FILE"] = str(session_file_for(config.parent))
    env["POS_POS_DEVICE_ID_FILE"] = str(device_id_file_for(config.parent))
    if user is not None:
        name, password = user
        env["POS_USER"] = name
        env["POS_PASSWORD_FILE"] = str(password_file(config.parent, password, name=f"pw-{name}"))
    return env


@dataclass(frozen=True)
class Process:
    """A finished ``pos-desktop`` process."""

    args: tuple[str, ...]
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        assert self.exit_code == EXIT_OK, self.describe()
        return json.loads(self.stdout)

    def describe(self) -> str:
        return (
            f"pos-desktop {' '.join(self.args)}\nexit {self.exit_code}\n"
            f"stdout:\n{self.stdout}\nstderr:\n{self.stderr}"
        )


def run_process(args: Sequence[str], *, env: Mapping[str, str], cwd: Path) -> Process:
    completed = subprocess.run(
        [*entry_point(), *args],
        env=dict(env),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT_S,
        check=False,
    )
    return Process(tuple(args), completed.returncode, completed.stdout, completed.stderr)
