"""The receipts waiting at this till (status bar's printer label, or Ctrl+Shift+P).

Each waiting job shows why it waits (offline, paper out, timeout). ``Ctrl+R`` sends it now to
the configured printer, ``Ctrl+T`` to another printer (a URL: the neighbour's till, a file),
``Delete`` drops it (the sale stays; the invoice view reprints any time). Sending blocks on the
printer for at most ``printer.timeout_seconds``, in the runner; the answer says what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.services.printing import PrintJobView, PrintReport
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

COLUMNS: tuple[Column[PrintJobView], ...] = (
    Column("Queued (UTC)", lambda j: f"{j.created_at:%Y-%m-%d %H:%M}"),
    Column("Document", lambda j: j.document + (" (copy)" if j.copy else "")),
    Column("Tries", lambda j: str(j.attempts)),
    Column("Waits because", lambda j: j.problem or ("sending" if j.state == "sending" else "-")),
)


def job_html(job: PrintJobView) -> str:
    where = f" on {escape(job.printer)}" if job.printer else ""
    why = escape(job.last_error or job.problem or "not tried yet")
    return f"<b>{escape(job.document)}</b>: {job.attempts} tries{where}<br>{why}"


def report_text(report: PrintReport) -> tuple[str, Tone]:
    if report.waiting:
        number, why = report.waiting[0]
        done = f"Printed {', '.join(report.printed)}. " if report.printed else ""
        return f"{done}{number} still waits: {why}", Tone.ERROR
    if report.printed:
        return f"Printed {', '.join(report.printed)}", Tone.SUCCESS
    return "Nothing was sent (no printer set up, or another round has it)", Tone.INFO


class PrintQueueDialog(QDialog):
    #: A send or a cancel changed the queue (the status bar refreshes).
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Receipts waiting for the printer")
        self.resize(720, 420)
        self.messages = MessageBar()
        self.model: PagedTableModel[PrintJobView] = PagedTableModel(
            ctx.runner, COLUMNS, self._query
        )
        self.model.failed.connect(self.messages.show_error)
        self.model.page_loaded.connect(self._loaded)
        self.table = ListTable(stretch_column=3)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton("&Retry (Ctrl+R)")
        self.other_button = QPushButton("Send &to another printer... (Ctrl+T)")
        self.cancel_button = QPushButton("&Cancel job (Del)")
        self.close_button = QPushButton("Close (Esc)")
        self.retry_button.clicked.connect(self.retry)
        self.other_button.clicked.connect(self.send_elsewhere)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.close_button.clicked.connect(self.reject)
        #: Swappable for tests: asks for the other printer's URL (``None``: cancelled).
        self.ask_url: Callable[[QWidget], str | None] = ask_printer_url
        buttons = QHBoxLayout()
        for button in (self.retry_button, self.other_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+R"), self, self.retry)
        QShortcut(QKeySequence("Ctrl+T"), self, self.send_elsewhere)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.cancel_job)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._busy = False
        self._show(-1)
        self.reload()

    def reload(self) -> None:
        self.model.restart()
        self._show(-1)

    def _query(self) -> Callable[[PrintJobView | None, int], list[PrintJobView]]:
        actor, printing = self.ctx.actor, self.ctx.services.printing

        def page(after: PrintJobView | None, limit: int) -> list[PrintJobView]:
            # A till has a handful waiting at most: one page, oldest first as they print.
            return [] if after is not None else printing.jobs(actor, limit=500)[::-1]

        return page

    def _loaded(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        elif not self.model.rowCount():
            self.details.setText("No receipt is waiting.")
        self.table.setFocus()

    def selected(self) -> PrintJobView | None:
        row = self.table.currentIndex().row()
        return self.model.row(row) if 0 <= row < self.model.rowCount() else None

    def _show(self, row: int) -> None:
        job = self.model.row(row) if 0 <= row < self.model.rowCount() else None
        self.details.setText(job_html(job) if job else "")
        for button in (self.retry_button, self.other_button, self.cancel_button):
            button.setEnabled(job is not None and not self._busy)

    # -- actions

    def retry(self) -> None:
        job = self.selected()
        if job is None or self._busy:
            return
        self._send(job, None)

    def send_elsewhere(self) -> None:
        job = self.selected()
        if job is None or self._busy:
            return
        url = self.ask_url(self)
        self.activateWindow()  # the closed question had the keyboard
        if url:
            self._send(job, url.strip())

    def _send(self, job: PrintJobView, url: str | None) -> None:
        printing, actor, job_id = self.ctx.services.printing, self.ctx.actor, job.id
        where = url or "the printer"
        self._start(f"Sending {job.document} to {where}...")
        self.ctx.runner.submit(
            lambda: printing.retry(actor, job_id=job_id, url=url),
            self._sent,
            self._failed,
            owner=self,
        )

    def cancel_job(self) -> None:
        job = self.selected()
        if job is None or self._busy:
            return
        printing, actor, job_id, number = (
            self.ctx.services.printing,
            self.ctx.actor,
            job.id,
            job.document,
        )
        self._start(f"Cancelling {number}...")
        self.ctx.runner.submit(
            lambda: printing.cancel(actor, job_id),
            lambda _none: self._done(
                f"{number} will not print; it can be printed again any time", Tone.SUCCESS
            ),
            self._failed,
            owner=self,
        )

    def _start(self, text: str) -> None:
        self._busy = True
        self._show(self.table.currentIndex().row())
        self.messages.show_message(text, Tone.INFO)

    def _sent(self, report: PrintReport) -> None:
        self._done(*report_text(report))

    def _done(self, text: str, tone: Tone) -> None:
        self._busy = False
        self.messages.show_message(text, tone)
        self.changed.emit()
        self.reload()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.messages.show_error(error)
        self.reload()


def ask_printer_url(parent: QWidget) -> str | None:
    url, ok = QInputDialog.getText(
        parent,
        "Send to another printer",
        "Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):",
        QLineEdit.EchoMode.Normal,
    )
    return url if ok and url.strip() else None
