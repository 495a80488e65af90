"""Backups as rules: their errors, their names, which ones automatic backups keep, and what the
status bar says about the last one. Pure: the files and the database are the services'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from pos_desktop.domain.errors import PosError

#: Automatic backups' names: ``pos-T1-20260504-101500Z.posbak`` (the time in UTC).
SUFFIX = ".posbak"
_NAME = re.compile(r"pos-(?P<terminal>[A-Z0-9]+)-(?P<at>\d{8}-\d{6})Z\.posbak")


class BackupError(PosError):
    """A backup or restore that cannot go on; the message says why in plain words."""


class BackupDamaged(BackupError):
    """Not a backup, cut short, or changed since it was written: nothing of it is used."""


class PassphraseNeeded(BackupError):
    """The backup is encrypted and no passphrase was given."""


class WrongPassphrase(BackupError):
    """The passphrase does not open this backup."""


class TargetNotEmpty(BackupError):
    """Restoring would overwrite data; ``--force`` backs it up first, then replaces it."""


@dataclass(frozen=True, slots=True)
class FileEntry:
    """A file in a backup folder, as listed."""

    name: str
    size: int
    modified: datetime


def automatic_name(terminal: str, at: datetime) -> str:
    return f"pos-{terminal}-{at.astimezone(UTC):%Y%m%d-%H%M%S}Z{SUFFIX}"


def parse_automatic_name(name: str, terminal: str) -> datetime | None:
    """When the automatic backup ``name`` of ``terminal`` was taken; ``None`` for any other
    file (another till's, a manual backup, anything else in the folder)."""
    match = _NAME.fullmatch(name)
    if match is None or match["terminal"] != terminal:
        return None
    return datetime.strptime(match["at"], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)


def backups_to_keep(taken: Iterable[datetime], keep: int) -> set[datetime]:
    """The newest ``keep``, plus the newest of every day (UTC) so each day of the fair can be
    gone back to."""
    newest_first = sorted(set(taken), reverse=True)
    kept = set(newest_first[:keep])
    days: dict[date, datetime] = {}
    for moment in newest_first:
        days.setdefault(moment.astimezone(UTC).date(), moment)
    return kept | set(days.values())


@dataclass(frozen=True, slots=True)
class BackupStatus:
    """How automatic backups stand, as the last round left them."""

    #: ``None``: no folder set, automatic backups are off.
    folder: str | None
    interval: timedelta
    folder_missing: bool = False
    last_at: datetime | None = None
    #: Why the last attempt failed; empty when it worked.
    error: str = ""


def _age(delta: timedelta) -> str:
    minutes = max(int(delta.total_seconds() // 60), 0)
    if minutes < 1:
        return "just now"
    if minutes < 120:
        return f"{minutes} min ago"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} h ago"
    return f"{hours // 24} days ago"


def status_line(status: BackupStatus, now: datetime) -> tuple[str, bool]:
    """The status bar's words and whether they must be red: the folder is missing, the last
    attempt failed, or the last backup is older than twice the interval."""
    if status.folder is None:
        return "Backup: automatic backups off (no folder set)", False
    if status.folder_missing:
        return f"Backup: folder missing ({status.folder})", True
    if status.error:
        return f"Backup failed: {status.error}", True
    if status.last_at is None:
        return "Backup: none yet", False
    age = now - status.last_at
    return f"Backup: {_age(age)}", age > 2 * status.interval
