"""The command-line sessions' tokens on disk: private to their owner, one file per OS user,
one session per database in it (a training database and the real one stay logged in apart).

``cli-session`` in the platform's state folder (``platformdirs``: ``~/.local/state/pos-desktop``
on Linux), or the file ``POS_CLI_SESSION_FILE`` names (tests, or two logins side by side). A
missing folder is created 0700, the state folder is made 0700 if it exists (a folder that
``POS_CLI_SESSION_FILE`` points into is left as it is), and the file is written 0600 before the
token goes in, then renamed into place: no other user can read it at any moment, and a crash
never leaves half a token.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from pos_desktop.config import APP_NAME
from pos_desktop.domain.errors import PosError

#: Names another token file than the one in the state folder.
SESSION_FILE_VARIABLE = "POS_CLI_SESSION_FILE"
FILE_NAME = "cli-session"


@dataclass(frozen=True, slots=True)
class StoredSession:
    username: str
    token: str
    expires_at: str


def session_path(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    if env.get(SESSION_FILE_VARIABLE):
        return Path(env[SESSION_FILE_VARIABLE])
    return _default_folder() / FILE_NAME


def _default_folder() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def database_key(database_url: str) -> str:
    """A session belongs to one database: the file holds one per database URL, keyed by a
    hash (a URL may carry a password, which has no business in a second file)."""
    return hashlib.sha256(database_url.encode()).hexdigest()[:32]


def _sessions(path: Path) -> dict[str, dict[str, str]]:
    """Everything in the file; nothing when there is no file or it is not one of ours."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {}
    sessions = data.get("sessions") if isinstance(data, dict) else None
    if not isinstance(sessions, dict):
        return {}
    return {k: v for k, v in sessions.items() if isinstance(v, dict)}


def read(path: Path, database_url: str) -> StoredSession | None:
    """The session kept for this database, ``None`` when there is none."""
    entry = _sessions(path).get(database_key(database_url))
    if entry is None:
        return None
    try:
        return StoredSession(str(entry["user"]), str(entry["token"]), str(entry["expires_at"]))
    except KeyError:
        return None


def write(
    path: Path, database_url: str, username: str, token: str, expires_at: datetime
) -> StoredSession | None:
    """Keep the token for this database where only this OS user can read it (0600 in a 0700
    folder); the session it replaces is returned (for ending it)."""
    sessions = _sessions(path)
    key = database_key(database_url)
    replaced = read(path, database_url)
    sessions[key] = {"user": username, "token": token, "expires_at": expires_at.isoformat()}
    _write_private(path, sessions)
    return replaced


def remove(path: Path, database_url: str) -> None:
    """Forget this database's session (the file goes with the last one)."""
    sessions = _sessions(path)
    if sessions.pop(database_key(database_url), None) is None:
        return
    try:
        if sessions:
            _write_private(path, sessions)
        else:
            path.unlink(missing_ok=True)
    except OSError as err:
        raise PosError(f"cannot remove the session from {path}: {err.strerror}") from None


def _write_private(path: Path, sessions: dict[str, dict[str, str]]) -> None:
    folder = path.parent
    text = json.dumps({"sessions": sessions}, indent=1)
    temporary = folder / f".{path.name}.{os.getpid()}.tmp"
    try:
        if not folder.is_dir():
            folder.mkdir(mode=0o700, parents=True)
            folder.chmod(0o700)  # whatever the umask
        elif folder == _default_folder() and os.name == "posix":
            folder.chmod(0o700)  # our own state folder, made before by an older version
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, text.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temporary, path)
    except OSError as err:
        raise PosError(f"cannot keep the session in {path}: {err.strerror}") from None
