"""The log file both front ends write: ``pos-desktop.log`` in ``[log] folder``, rotating.

Why a file: a crash at 11:00 must leave something to send. What goes in: ``info`` (starts,
commands, failures with their tracebacks) by default, ``debug`` when ``[log] level`` says so;
every record passes :class:`~pos_desktop.adapters.log_redaction.Redactor` first. The file and
its older copies are the owner's only (0600, the folder 0700): they name customers.

:func:`start_logging` is called by the CLI (with the warnings on stderr too, as always) and by
the app; calling it again replaces what the last call installed, :meth:`LogFiles.stop` removes
it (in-process tests run many commands in one interpreter).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from dataclasses import dataclass, field
from io import TextIOWrapper
from pathlib import Path

from pos_desktop.adapters.log_redaction import Redactor, remember_secret
from pos_desktop.config import Settings
from pos_desktop.config.file_modes import PRIVATE_FILE, private_folder

LOG_FILE_NAME = "pos-desktop.log"
#: 5 files of 2 MB: days of a busy fair at ``info``, and small enough to attach to an email.
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 4
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"
LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
#: Loggers that would write every SQL statement with its values (customers' data, password
#: hashes) once the root logger is at ``debug``: they stay at warnings.
QUIET_AT_DEBUG = ("sqlalchemy", "alembic", "PIL", "asyncio", "keyring", "urllib3")


def log_file(settings: Settings) -> Path:
    return Path(settings.log.folder).expanduser() / LOG_FILE_NAME


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Creates each file (the first and every one after a rollover) as 0600 whatever the
    umask; the older copies are renamed, so they keep that mode."""

    def _open(self) -> TextIOWrapper:
        descriptor = os.open(
            self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE
        )
        return os.fdopen(descriptor, "a", encoding=self.encoding, errors=self.errors)


@dataclass
class LogFiles:
    """What :func:`start_logging` installed, to take away again."""

    path: Path
    level: int
    handlers: list[logging.Handler] = field(default_factory=list)
    previous_root_level: int = logging.WARNING
    quieted: dict[str, int] = field(default_factory=dict)

    def stop(self) -> None:
        root = logging.getLogger()
        for handler in self.handlers:
            root.removeHandler(handler)
            handler.close()
        self.handlers.clear()
        root.setLevel(self.previous_root_level)
        for name, level in self.quieted.items():
            logging.getLogger(name).setLevel(level)
        global _current  # noqa: PLW0603 - one set of handlers per process
        if _current is self:
            _current = None


_current: LogFiles | None = None


def start_logging(settings: Settings, *, stderr_level: int | None = logging.WARNING) -> LogFiles:
    """The log file at the configured level, and (unless ``None``) ``stderr_level`` and up on
    stderr; the secrets the settings hold are hidden from both."""
    global _current  # noqa: PLW0603 - one set of handlers per process
    if _current is not None:
        _current.stop()
    remember_settings_secrets(settings)
    path = log_file(settings)
    level = LEVELS[settings.log.level]
    root = logging.getLogger()
    started = LogFiles(path, level, previous_root_level=root.level)
    redactor = Redactor()
    private_folder(path.parent)
    to_file = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    to_file.setLevel(level)
    to_file.setFormatter(logging.Formatter(FORMAT))
    to_file.addFilter(redactor)
    started.handlers.append(to_file)
    if stderr_level is not None:
        to_stderr = logging.StreamHandler(sys.stderr)
        to_stderr.setLevel(stderr_level)
        to_stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        to_stderr.addFilter(redactor)
        started.handlers.append(to_stderr)
    for handler in started.handlers:
        root.addHandler(handler)
    root.setLevel(min(level, stderr_level or level))
    if level <= logging.DEBUG:
        for name in QUIET_AT_DEBUG:
            logger = logging.getLogger(name)
            started.quieted[name] = logger.level
            logger.setLevel(logging.WARNING)
    _current = started
    return started


def remember_settings_secrets(settings: Settings) -> None:
    """The SMTP password (the keyring's is added when the mailer reads it) and the database's."""
    remember_secret(settings.smtp.password, user=settings.smtp.user)
    database_password = _url_password(settings.database.url)
    if database_password:
        remember_secret(database_password)


def _url_password(url: str) -> str:
    scheme, _, rest = url.partition("://")
    credentials, at, _ = rest.rpartition("@")
    if not scheme or not at:
        return ""
    return credentials.partition(":")[2]


def current_log_file() -> Path | None:
    """The file the running process logs to, if it started logging."""
    return _current.path if _current is not None else None
