"""The status bar's "Outbox" label: how many customer emails wait to go out.

Asks the database every ``interval_ms`` through the runner (an index count, well under a
millisecond) and after :meth:`refresh`; the count comes back on the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.status_label import StatusLabel

POLL_MS = 10_000


def outbox_text(waiting: int) -> str:
    if waiting == 0:
        return tr("OutboxStatus", "Outbox: all sent")
    return tr("OutboxStatus", "Outbox: {waiting} waiting").format(waiting=waiting)


class OutboxStatusLabel(StatusLabel):
    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, interval_ms: int = POLL_MS
    ) -> None:
        super().__init__(tr("OutboxStatus", "Outbox: -"), parent)
        self.ctx = ctx
        self.setToolTip(
            tr("OutboxStatus", "Customer emails not sent yet (the Outbox screen says why)")
        )
        self._asking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        QTimer.singleShot(0, self.refresh)

    def refresh(self) -> None:
        if self._asking:
            return
        self._asking = True
        outbox = self.ctx.services.outbox
        self.ctx.runner.submit(
            outbox.waiting_count, self._show, self._failed, owner=self, background=True
        )

    def _show(self, waiting: int) -> None:
        self._asking = False
        self.setText(outbox_text(waiting))

    def _failed(self, _error: Exception) -> None:
        self._asking = False  # the database is away; the status bar's database label says so
        self.setText(tr("OutboxStatus", "Outbox: ?"))
