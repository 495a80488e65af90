"""The status bar's "Backup" label: how old the last automatic backup is.

Reads the backup loop's last status (kept in memory: no I/O, fine on the UI thread) every
``interval_ms`` and recomputes the age against the services' clock, so it keeps counting
between rounds. Red when the folder is missing (a USB stick pulled out), the last attempt
failed, or the last backup is older than twice the interval; plain words when no folder is set.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from pos_desktop.domain.backup import BackupStatus, status_line
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import said, tr
from pos_desktop.ui.widgets.status_label import StatusLabel

POLL_MS = 15_000
ALARM_STYLE = "QLabel { background:#fde8e8; color:#7f1d1d; font-weight:600; padding:0 4px; }"


def age_text(age: timedelta) -> str:
    minutes = max(int(age.total_seconds() // 60), 0)
    if minutes < 1:
        return tr("BackupStatus", "Backup: just now")
    if minutes < 120:
        return tr("BackupStatus", "Backup: {minutes} min ago").format(minutes=minutes)
    hours = minutes // 60
    if hours < 48:
        return tr("BackupStatus", "Backup: {hours} h ago").format(hours=hours)
    return tr("BackupStatus", "Backup: {days} days ago").format(days=hours // 24)


def backup_text(status: BackupStatus, now: datetime) -> tuple[str, bool]:
    """``status_line`` (domain/backup.py) in the user's language: the words, and whether they
    must be red."""
    _english, alarm = status_line(status, now)
    if status.folder is None:
        text = tr("BackupStatus", "Backup: automatic backups off (no folder set)")
    elif status.folder_missing:
        text = tr("BackupStatus", "Backup: folder missing ({folder})").format(folder=status.folder)
    elif status.error:
        text = tr("BackupStatus", "Backup failed: {error}").format(error=said(status.error))
    elif status.last_at is None:
        text = tr("BackupStatus", "Backup: none yet")
    else:
        text = age_text(now - status.last_at)
    return text, alarm


class BackupStatusLabel(StatusLabel):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(tr("BackupStatus", "Backup: -"), parent)
        self.ctx = ctx
        self.alarm = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        services = self.ctx.services
        status = services.automatic_backups.status()
        text, alarm = backup_text(status, services.clock.now())
        self.setText(text)
        self.alarm = alarm
        self.setStyleSheet(ALARM_STYLE if alarm else "")
        folder = status.folder or tr("BackupStatus", "not set ([backup] folder in the settings)")
        tip = tr(
            "BackupStatus",
            "Automatic backups into {folder}, every {minutes} min and at each Z report",
        )
        minutes = f"{status.interval.total_seconds() / 60:g}"
        self.setToolTip(tip.format(folder=folder, minutes=minutes))
