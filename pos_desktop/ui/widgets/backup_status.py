"""The status bar's "Backup" label: how old the last automatic backup is.

Reads the backup loop's last status (kept in memory: no I/O, fine on the UI thread) every
``interval_ms`` and recomputes the age against the services' clock, so it keeps counting
between rounds. Red when the folder is missing (a USB stick pulled out), the last attempt
failed, or the last backup is older than twice the interval; plain words when no folder is set.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from pos_desktop.domain.backup import status_line
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.status_label import StatusLabel

POLL_MS = 15_000
ALARM_STYLE = "QLabel { background:#fde8e8; color:#7f1d1d; font-weight:600; padding:0 4px; }"


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
        text, alarm = status_line(status, services.clock.now())
        self.setText(text)
        self.alarm = alarm
        self.setStyleSheet(ALARM_STYLE if alarm else "")
        folder = status.folder or "not set ([backup] folder in the settings)"
        self.setToolTip(
            f"Automatic backups into {folder}, every {status.interval.total_seconds() / 60:g} "
            "min and at each Z report"
        )
