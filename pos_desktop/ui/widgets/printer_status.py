"""The status bar's "Printer" label: the printer's state and how many receipts wait for it.

Every ``interval_ms`` a job in the runner reads the queue (one indexed query); every
``probe_every``-th time, and on :meth:`refresh` with ``probe``, it also asks the printer itself
(``DLE EOT``, bounded by ``printer.timeout_seconds``; skipped while the print loop is sending).
While receipts wait, the reason of the last attempt is the printer's state: the loop tries
again every few seconds anyway. A receipt that may not have printed (sent, never confirmed)
comes first: nothing sends it again, so the label asks the cashier to check the printer until
someone marks it printed or reprints it as a COPY in the queue. A click (or Ctrl+Shift+P in
the main window) opens the queue.

A till with an offline journal counts the journal's queue too (receipts of sales made offline);
offline, the journal's alone (ui/print_queues.py), instead of failing on the server's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from pos_desktop.domain.printer import Condition, PrinterStatus
from pos_desktop.services.printing import QueueState
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.print_queues import queue_state
from pos_desktop.ui.widgets.status_label import StatusLabel

POLL_MS = 5_000
CLICK_TIP = QT_TRANSLATE_NOOP(
    "PrinterStatus", "Receipt printer; click or Ctrl+Shift+P for the receipts waiting"
)
PROBE_EVERY = 6  # the printer itself every 30 s: a status poll opens a connection


@dataclass(frozen=True, slots=True)
class PrinterState:
    configured: bool
    queue: QueueState
    status: PrinterStatus | None  # None: not asked this time


def read_state(ctx: UiContext, *, probe: bool) -> PrinterState:
    """Runs in the runner: the queues always, the printer only when asked and nothing waits."""
    printing = ctx.services.printing  # the printer is the same for both queues
    queue = queue_state(ctx)
    status = None
    if probe and printing.configured and queue.waiting == 0:
        status = printing.idle_status()
    return PrinterState(printing.configured, queue, status)


_CONDITIONS = {
    Condition.PAPER_NEAR_END: QT_TRANSLATE_NOOP("PrinterStatus", "paper near end"),
    Condition.PAPER_OUT: QT_TRANSLATE_NOOP("PrinterStatus", "paper out"),
    Condition.COVER_OPEN: QT_TRANSLATE_NOOP("PrinterStatus", "cover open"),
    Condition.OFFLINE: QT_TRANSLATE_NOOP("PrinterStatus", "offline"),
    Condition.ERROR: QT_TRANSLATE_NOOP("PrinterStatus", "error"),
}


def short_status(status: PrinterStatus) -> str:
    """One or two words: ready, paper near end, paper out, cover open, offline, error."""
    if not status.reachable:
        return tr("PrinterStatus", "unreachable")
    condition = status.condition
    if condition is None or condition is Condition.OK:
        return tr("PrinterStatus", "ready")
    return tr("PrinterStatus", _CONDITIONS.get(condition, condition.value))


UNSURE_TIP = QT_TRANSLATE_NOOP(
    "PrinterStatus",
    "Sent to the printer, but the printer never confirmed it. Look at the printer, then in the "
    "print queue (click, or Ctrl+Shift+P) reprint it as a COPY (the drawer stays shut) or mark "
    "it printed. Nothing prints it again by itself.",
)
#: The label while a receipt may not have printed: it must catch the eye.
UNSURE_STYLE = "QLabel { background:#fde8e8; color:#7f1d1d; font-weight:600; padding:0 4px; }"


def unsure_text(queue: QueueState) -> str:
    """What the cashier reads while a receipt may not have printed."""
    what = (
        queue.unsure_document
        if queue.unsure == 1
        else tr("PrinterStatus", "{count} receipts").format(count=queue.unsure)
    )
    unsure = tr(
        "PrinterStatus", "Printer: {what} may not have printed - check the printer (Ctrl+Shift+P)"
    )
    return unsure.format(what=what)


def printer_text(state: PrinterState, last_status: str | None) -> str:
    """ "Printer: ready", "Printer: paper out - 2 waiting", "Printer: not set up", or a receipt
    that may not have printed."""
    if state.queue.unsure:
        return unsure_text(state.queue)
    waiting = state.queue.waiting
    if waiting:
        why = state.queue.problem or (
            tr("PrinterStatus", "not set up")
            if not state.configured
            else tr("PrinterStatus", "printing")
        )
        return tr("PrinterStatus", "Printer: {why} - {waiting} waiting").format(
            why=why, waiting=waiting
        )
    if not state.configured:
        return tr("PrinterStatus", "Printer: not set up")
    status = last_status or tr("PrinterStatus", "ready")
    return tr("PrinterStatus", "Printer: {status}").format(status=status)


class PrinterStatusLabel(StatusLabel):
    clicked = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        interval_ms: int = POLL_MS,
        probe_every: int = PROBE_EVERY,
    ) -> None:
        super().__init__(tr("PrinterStatus", "Printer: -"), parent)
        self.ctx = ctx
        self.setToolTip(tr("PrinterStatus", CLICK_TIP))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.state: PrinterState | None = None
        self._last_status: str | None = None
        self._asking = False
        self._polls = 0
        self._probe_every = max(1, probe_every)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        QTimer.singleShot(0, lambda: self.refresh(probe=True))

    def _tick(self) -> None:
        self._polls += 1
        self.refresh(probe=self._polls % self._probe_every == 0)

    def refresh(self, *, probe: bool = False) -> None:
        if self._asking:
            return
        self._asking = True
        ctx = self.ctx
        self.ctx.runner.submit(
            lambda: read_state(ctx, probe=probe),
            self._show,
            self._failed,
            owner=self,
            background=True,  # a probe may take the printer's whole timeout
        )

    def _show(self, state: PrinterState) -> None:
        self._asking = False
        drained = self.state is not None and self.state.queue.waiting and not state.queue.waiting
        self.state = state
        if drained:  # the printer just took what waited: what it said before is stale
            self._last_status = None
            QTimer.singleShot(0, lambda: self.refresh(probe=True))
        if state.status is not None:
            self._last_status = short_status(state.status)
            tip = tr("PrinterStatus", "Receipt printer: {status}")
            self.setToolTip(tip.format(status=state.status.describe()))
        if not state.configured:
            self._last_status = None
        self.setText(printer_text(state, self._last_status))
        if state.queue.unsure:
            self.setToolTip(tr("PrinterStatus", UNSURE_TIP))
        elif self.styleSheet() and state.status is None:
            self.setToolTip(tr("PrinterStatus", CLICK_TIP))
        self.setStyleSheet(UNSURE_STYLE if state.queue.unsure else "")

    def _failed(self, _error: Exception) -> None:
        self._asking = False  # the database is away; the database label says so
        self.setText(tr("PrinterStatus", "Printer: ?"))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)
