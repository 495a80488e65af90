"""``pg_dump`` and ``pg_restore`` (Debian: postgresql-client), as child processes.

They must be at least as new as the server: pg_dump refuses a newer server, and pg_restore
cannot read an archive of a newer pg_dump. Debian installs each major version under
``/usr/lib/postgresql/N/bin`` (``/usr/bin/pg_dump`` is a wrapper choosing one); ``pg_config
--bindir`` names another installation's. The exact major version is preferred, then the
nearest newer one.

The password travels in ``PGPASSWORD``, never on the command line (where ``ps`` shows it), and
error messages never hold it.

Thread rule: each call waits for its child process; call from a worker or the CLI.
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from pos_desktop.domain.backup import BackupError
from pos_desktop.domain.phrases import say

_VERSION = re.compile(r"\(PostgreSQL\)\s+(\d+)")
#: Generous: a big database dumps for minutes, but a hung server must not hang a till forever.
TIMEOUT_S = 3600


def _major(program: Path) -> int | None:
    try:
        done = subprocess.run(  # noqa: S603 - a program found on this machine, no shell
            [str(program), "--version"], capture_output=True, text=True, timeout=10, check=False
        )
    except OSError:
        return None
    match = _VERSION.search(done.stdout)
    return int(match[1]) if match else None


def _candidates(name: str) -> list[Path]:
    found = [Path(p) for p in sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))]
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            bindir = subprocess.run(  # noqa: S603 - pg_config from PATH, no shell
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=False
            ).stdout.strip()
        except OSError:
            bindir = ""
        if bindir:
            found.append(Path(bindir) / name)
    on_path = shutil.which(name)
    if on_path:
        found.append(Path(on_path))
    return [p for p in dict.fromkeys(found) if p.is_file() and os.access(p, os.X_OK)]


def find_program(name: str, server_major: int) -> Path:
    """``name`` of ``server_major``, or the nearest newer one; ``BackupError`` when none is."""
    versions: dict[int, Path] = {}
    for program in _candidates(name):
        major = _major(program)
        if major is not None and major >= server_major:
            versions.setdefault(major, program)
    if not versions:
        raise BackupError(
            say(
                "{program} for PostgreSQL {major} (or newer) is not installed: install"
                " postgresql-client-{major} (Debian, Ubuntu) or the server's client tools",
                program=name,
                major=server_major,
            )
        )
    return versions[min(versions)]


def _connection(url: str) -> tuple[list[str], dict[str, str]]:
    parsed = make_url(url)
    arguments = ["--dbname", parsed.database or ""]
    if parsed.host:
        arguments += ["--host", parsed.host]
    if parsed.port:
        arguments += ["--port", str(parsed.port)]
    if parsed.username:
        arguments += ["--username", parsed.username]
    environment = dict(os.environ)
    if parsed.password is not None:
        environment["PGPASSWORD"] = str(parsed.password)
    environment.setdefault("PGCONNECT_TIMEOUT", "10")
    return arguments, environment


def _run(what: str, command: list[str], environment: dict[str, str]) -> None:
    try:
        done = subprocess.run(  # noqa: S603 - our own argument list, no shell
            command, capture_output=True, text=True, timeout=TIMEOUT_S, env=environment, check=False
        )
    except subprocess.TimeoutExpired:
        raise BackupError(
            say(
                "{program} did not finish within {minutes} minutes",
                program=what,
                minutes=TIMEOUT_S // 60,
            )
        ) from None
    except OSError as error:
        raise BackupError(
            say("{program} could not be started: {why}", program=what, why=error.strerror)
        ) from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        reason = lines[-1] if lines else say("exit status {code}", code=done.returncode)
        raise BackupError(say("{program} failed: {reason}", program=what, reason=reason))


class PgTools:
    def dump(self, url: str, target: Path, *, snapshot: str | None, server_major: int) -> None:
        program = find_program("pg_dump", server_major)
        arguments, environment = _connection(url)
        command = [str(program), "--format=custom", "--compress=0", "--no-password"]
        if snapshot:
            command.append(f"--snapshot={snapshot}")
        _run("pg_dump", [*command, *arguments, "--file", str(target)], environment)

    def restore(self, url: str, source: Path, *, server_major: int) -> None:
        program = find_program("pg_restore", server_major)
        arguments, environment = _connection(url)
        command = [
            str(program),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            "--no-password",
        ]
        _run("pg_restore", [*command, *arguments, str(source)], environment)
