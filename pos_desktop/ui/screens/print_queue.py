"""The receipts waiting at this till (status bar's printer label, or Ctrl+Shift+P).

Each waiting job shows why it waits (offline, paper out, cover open, timeout). ``Ctrl+R`` sends
it now to the configured printer, ``Ctrl+T`` to another printer (a URL: the neighbour's till, a
file), ``Delete`` drops it (the sale stays; the invoice view reprints any time).

A job sent but never confirmed "may have printed": nothing sends it again. The cashier looks at
the printer: ``Ctrl+M`` marks it printed, ``Ctrl+P`` prints it again marked COPY without
opening the drawer (both audited). The line above the list says what the printer says now.

Sending blocks on the printer for at most ``printer.timeout_seconds``, in the runner; the
answer says what happened.
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

from pos_desktop.domain.printer import PrinterStatus
from pos_desktop.services.printing import PrintJobView, PrintReport
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.receipt_preview import Reprinted, reprint_text, send_now


def waits_because(job: PrintJobView) -> str:
    if job.unsure:
        return f"MAY HAVE PRINTED ({job.problem})" if job.problem else "MAY HAVE PRINTED"
    return job.problem or ("sending" if job.state == "sending" else "-")


COLUMNS: tuple[Column[PrintJobView], ...] = (
    Column("Queued (UTC)", lambda j: f"{j.created_at:%Y-%m-%d %H:%M}"),
    Column("Document", lambda j: j.document + (" (copy)" if j.copy else "")),
    Column("Tries", lambda j: str(j.attempts)),
    Column("Waits because", waits_because),
)


def job_html(job: PrintJobView) -> str:
    where = f" on {escape(job.printer)}" if job.printer else ""
    why = escape(job.last_error or job.problem or "not tried yet")
    if job.unsure:
        return (
            f"<b>{escape(job.document)} may not have printed</b>{where}: {why}<br>"
            "Look at the printer. It came out: <b>Mark printed</b> (Ctrl+M). It did not, or "
            "you cannot tell: <b>Reprint as COPY</b> (Ctrl+P), marked COPY, the drawer stays shut."
        )
    return f"<b>{escape(job.document)}</b>: {job.attempts} tries{where}<br>{why}"


def printer_line(status: PrinterStatus | None) -> str:
    """What the printer says now: ready, paper out, cover open, offline, error..."""
    return "Printer now: busy printing" if status is None else f"Printer now: {status.describe()}"


def report_text(report: PrintReport) -> tuple[str, Tone]:
    done = f"Printed {', '.join(report.printed)}. " if report.printed else ""
    if report.unsure:
        number, why = report.unsure[0]
        return f"{done}{number} may not have printed: {why}. Check the printer.", Tone.ERROR
    if report.waiting:
        number, why = report.waiting[0]
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
        self.printer = QLabel("Printer: -")
        self.retry_button = QPushButton("&Retry (Ctrl+R)")
        self.other_button = QPushButton("Send &to another printer... (Ctrl+T)")
        self.cancel_button = QPushButton("&Cancel job (Del)")
        self.copy_button = QPushButton("Reprint as COPY (Ctrl+P)")
        self.printed_button = QPushButton("&Mark printed (Ctrl+M)")
        self.close_button = QPushButton("Close (Esc)")
        self.retry_button.clicked.connect(self.retry)
        self.other_button.clicked.connect(self.send_elsewhere)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.copy_button.clicked.connect(self.reprint_copy)
        self.printed_button.clicked.connect(self.mark_printed)
        self.close_button.clicked.connect(self.reject)
        #: Swappable for tests: asks for the other printer's URL (``None``: cancelled).
        self.ask_url: Callable[[QWidget], str | None] = ask_printer_url
        buttons = QHBoxLayout()
        for button in self._waiting_buttons + self._unsure_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.printer)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+R"), self, self.retry)
        QShortcut(QKeySequence("Ctrl+T"), self, self.send_elsewhere)
        QShortcut(QKeySequence("Ctrl+P"), self, self.reprint_copy)
        QShortcut(QKeySequence("Ctrl+M"), self, self.mark_printed)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.reload)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.cancel_job)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._busy = False
        self._show(-1)
        self.reload()

    @property
    def _waiting_buttons(self) -> list[QPushButton]:
        return [self.retry_button, self.other_button, self.cancel_button]

    @property
    def _unsure_buttons(self) -> list[QPushButton]:
        return [self.copy_button, self.printed_button]

    def reload(self) -> None:
        self.model.restart()
        self._show(-1)
        self._ask_printer()

    def _ask_printer(self) -> None:
        """What the printer says now (``DLE EOT``, in the runner; skipped while it prints)."""
        printing = self.ctx.services.printing
        if not printing.configured:
            self.printer.setText("Printer: not set up")
            return
        self.ctx.runner.submit(
            printing.idle_status,
            lambda status: self.printer.setText(printer_line(status)),
            lambda error: self.printer.setText(f"Printer: {error}"),
            owner=self,
        )

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
        free = job is not None and not self._busy
        for button in self._waiting_buttons:
            button.setEnabled(free and job is not None and not job.unsure)
        for button in self._unsure_buttons:
            button.setEnabled(free and job is not None and job.unsure)

    # -- actions

    def _pick(self, *, unsure: bool) -> PrintJobView | None:
        """The selected job, if the action fits it (a waiting job, or one that may have
        printed) and nothing else runs."""
        job = self.selected()
        if job is None or self._busy or job.unsure is not unsure:
            return None
        return job

    def retry(self) -> None:
        job = self._pick(unsure=False)
        if job is None:
            return
        self._send(job, None)

    def send_elsewhere(self) -> None:
        job = self._pick(unsure=False)
        if job is None:
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

    def reprint_copy(self) -> None:
        """It did not print (or nobody can tell): a COPY now, without the drawer kick."""
        job = self._pick(unsure=True)
        if job is None:
            return
        printing, actor, job_id, name = (
            self.ctx.services.printing,
            self.ctx.actor,
            job.id,
            job.document,
        )

        def reprint() -> Reprinted:
            return send_now(
                printing, printing.reprint_unsure(actor, job_id), name, f"Copy of {name}"
            )

        self._start(f"Printing a copy of {name}...")
        self.ctx.runner.submit(
            reprint, lambda outcome: self._done(*reprint_text(outcome)), self._failed, owner=self
        )

    def mark_printed(self) -> None:
        """It came out: settle it, nothing prints."""
        job = self._pick(unsure=True)
        if job is None:
            return
        printing, actor, job_id, name = (
            self.ctx.services.printing,
            self.ctx.actor,
            job.id,
            job.document,
        )
        self._start(f"Marking {name} printed...")
        self.ctx.runner.submit(
            lambda: printing.mark_printed(actor, job_id),
            lambda _none: self._done(f"{name} marked printed", Tone.SUCCESS),
            self._failed,
            owner=self,
        )

    def cancel_job(self) -> None:
        job = self._pick(unsure=False)
        if job is None:
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
