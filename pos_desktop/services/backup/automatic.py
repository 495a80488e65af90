"""Automatic backups while the app runs: every ``[backup] interval_minutes`` and at each Z
report, into ``[backup] folder``, keeping the newest ``keep`` plus the newest of every day.

A round (on the backup loop's thread, never the UI thread) lists the folder, backs up when the
newest backup of this till is as old as the interval or a Z report asked for one, and removes
this till's automatic backups that are no longer promised. Only files named like this till's
automatic backups are ever removed: other tills' backups on a shared folder, manual backups and
anything else stay. The folder's listing is the truth, so a restarted app knows how old the last
backup is.

:meth:`status` is for the status bar: no I/O, safe from the UI thread.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from pos_desktop.config import BackupSettings
from pos_desktop.domain.backup import (
    BackupStatus,
    automatic_name,
    backups_to_keep,
    parse_automatic_name,
)
from pos_desktop.domain.clock import Clock
from pos_desktop.services.background_loop import RoundLoop
from pos_desktop.services.backup.ports import BackupFiles
from pos_desktop.services.backup.service import BackupService

#: How often the loop looks (the folder may come back, a round may be due): at most a minute.
LOOK_EVERY_S = 60.0


class AutomaticBackups:
    def __init__(
        self,
        backups: BackupService,
        files: BackupFiles,
        clock: Clock,
        settings: BackupSettings,
        terminal: str,
    ) -> None:
        self._backups = backups
        self._files = files
        self._clock = clock
        self._settings = settings
        self._terminal = terminal
        self._interval = timedelta(minutes=settings.interval_minutes)
        self._lock = threading.Lock()
        self._requested = False
        self._status = BackupStatus(self._folder_text, self._interval)

    @property
    def _folder_text(self) -> str | None:
        return self._settings.folder.strip() or None

    @property
    def enabled(self) -> bool:
        return self._folder_text is not None

    def status(self) -> BackupStatus:
        with self._lock:
            return self._status

    def request(self) -> None:
        """A Z report was closed: the next round backs up whatever the age of the last one.
        Called by a listener on the committing thread; only sets a flag."""
        with self._lock:
            self._requested = True

    def run_round(self) -> BackupStatus:
        """One look at the folder; a backup when due; this till's unpromised ones removed."""
        folder_text = self._folder_text
        if folder_text is None:
            return self._set(BackupStatus(None, self._interval))
        folder = Path(folder_text).expanduser()
        listing = self._files.listing(folder)
        if listing is None:
            return self._set(BackupStatus(folder_text, self._interval, folder_missing=True))
        taken = {}
        for entry in listing:
            moment = parse_automatic_name(entry.name, self._terminal)
            if moment is not None:
                taken[moment] = entry.name
        last = max(taken, default=None)
        now = self._clock.now()
        with self._lock:
            requested, self._requested = self._requested, False
        if requested or last is None or now - last >= self._interval:
            name = automatic_name(self._terminal, now)
            try:
                self._backups.take(self._backups.own_url, folder / name, self._passphrase())
            except BaseException:
                with self._lock:
                    self._requested = self._requested or requested
                raise
            last = now.replace(microsecond=0)  # as the name says
            taken[last] = name
        keep = backups_to_keep(taken, self._settings.keep)
        for moment, name in taken.items():
            if moment not in keep:
                self._files.remove(folder / name)
        return self._set(BackupStatus(folder_text, self._interval, last_at=last))

    def failed(self, reason: str) -> BackupStatus:
        """The round raised: keep when the last backup was, say why this one failed."""
        with self._lock:
            last = self._status.last_at
        failed = BackupStatus(self._folder_text, self._interval, last_at=last, error=reason)
        return self._set(failed)

    def _passphrase(self) -> str | None:
        if not self._settings.passphrase_file:
            return None
        return self._files.read_secret(Path(self._settings.passphrase_file).expanduser())

    def _set(self, status: BackupStatus) -> BackupStatus:
        with self._lock:
            self._status = status
        return status


def backup_loop(automatic: AutomaticBackups) -> RoundLoop[BackupStatus]:
    """The app's backup thread: a round every minute, or at once when woken (a Z report)."""
    interval = min(LOOK_EVERY_S, automatic.status().interval.total_seconds())
    return RoundLoop(
        automatic.run_round,
        name="backups",
        interval=interval,
        failed=automatic.failed,
        stop_timeout=10.0,
    )
