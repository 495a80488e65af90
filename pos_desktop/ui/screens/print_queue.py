"""The receipts waiting at this till (status bar's printer label, or Ctrl+Shift+P).

Each waiting job shows why it waits (offline, paper out, cover open, timeout). ``Ctrl+R`` sends
it now to the configured printer, ``Ctrl+T`` to another printer (a URL: the neighbour's till, a
file), ``Delete`` drops it (the sale stays; the invoice view reprints any time).

A job sent but never confirmed "may have printed": nothing sends it again. The cashier looks at
the printer: ``Ctrl+M`` marks it printed, ``Ctrl+P`` prints it again marked COPY without
opening the drawer (both audited). The line above the list says what the printer says now.

A till that keeps an offline journal lists its queue too (receipts of the sales made offline;
ui/print_queues.py): each row's actions go to the queue it came from. Offline only the
journal's is listed, and a line above the list says so.

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
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr
from pos_desktop.ui.local_dates import DATE_TIME, moment_text
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.print_queues import queue_of, waiting_jobs
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone, error_words
from pos_desktop.ui.widgets.receipt_preview import Reprinted, reprint_text, send_now

#: Above the list when the server's queue was not read (the line is down).
SERVER_AWAY = QT_TRANSLATE_NOOP(
    "PrintQueue",
    "Offline: the receipts of the sales made on this till; the server's queue shows again"
    " when the line is back",
)


class _Listing:
    """Whether the listing of one query read the server's queue: set on the runner by the
    page, read on the UI thread after that page (a listing of its own per query, so a late
    page of an older one cannot change what the dialog says)."""

    server_listed = True


def waits_because(job: PrintJobView) -> str:
    if job.unsure:
        return (
            tr("PrintQueue", "MAY HAVE PRINTED ({problem})").format(problem=job.problem)
            if job.problem
            else tr("PrintQueue", "MAY HAVE PRINTED")
        )
    return job.problem or (tr("PrintQueue", "sending") if job.state == "sending" else "-")


def _document(job: PrintJobView) -> str:
    return (
        tr("PrintQueue", "{document} (copy)").format(document=job.document)
        if job.copy
        else job.document
    )


COLUMNS: tuple[Column[PrintJobView], ...] = (
    Column(
        QT_TRANSLATE_NOOP("Columns", "Queued (UTC)"), lambda j: moment_text(j.created_at, DATE_TIME)
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Document"), _document),
    Column(QT_TRANSLATE_NOOP("Columns", "Tries"), lambda j: str(j.attempts)),
    Column(QT_TRANSLATE_NOOP("Columns", "Waits because"), waits_because),
)


def job_html(job: PrintJobView) -> str:
    document = escape(job.document)
    why = escape(job.last_error or job.problem or tr("PrintQueue", "not tried yet"))
    if job.unsure:
        headline = (
            tr("PrintQueue", "<b>{document} may not have printed</b> on {printer}: {why}")
            if job.printer
            else tr("PrintQueue", "<b>{document} may not have printed</b>: {why}")
        ).format(document=document, printer=escape(job.printer or ""), why=why)
        look = tr(
            "PrintQueue",
            "Look at the printer. It came out: <b>Mark printed</b> (Ctrl+M). It did not, or "
            "you cannot tell: <b>Reprint as COPY</b> (Ctrl+P), marked COPY, the drawer stays shut.",
        )
        return f"{headline}<br>{look}"
    tries = (
        tr("PrintQueue", "<b>{document}</b>: {count} tries on {printer}")
        if job.printer
        else tr("PrintQueue", "<b>{document}</b>: {count} tries")
    ).format(document=document, count=job.attempts, printer=escape(job.printer or ""))
    return f"{tries}<br>{why}"


def printer_line(status: PrinterStatus | None) -> str:
    """What the printer says now: ready, paper out, cover open, offline, error..."""
    if status is None:
        return tr("PrintQueue", "Printer now: busy printing")
    return tr("PrintQueue", "Printer now: {status}").format(status=said(status.describe()))


def report_text(report: PrintReport) -> tuple[str, Tone]:
    printed = ", ".join(report.printed)
    done = tr("PrintQueue", "Printed {numbers}.").format(numbers=printed) + " " if printed else ""
    if report.unsure:
        number, why = report.unsure[0]
        unsure = tr("PrintQueue", "{number} may not have printed: {why}. Check the printer.")
        return done + unsure.format(number=number, why=why), Tone.ERROR
    if report.waiting:
        number, why = report.waiting[0]
        waits = tr("PrintQueue", "{number} still waits: {why}")
        return done + waits.format(number=number, why=why), Tone.ERROR
    if report.printed:
        return tr("PrintQueue", "Printed {numbers}").format(numbers=printed), Tone.SUCCESS
    return (
        tr("PrintQueue", "Nothing was sent (no printer set up, or another round has it)"),
        Tone.INFO,
    )


class PrintQueueDialog(QDialog):
    #: A send or a cancel changed the queue (the status bar refreshes).
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("PrintQueue", "Receipts waiting for the printer"))
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
        self.printer = QLabel(tr("PrintQueue", "Printer: -"))
        self.offline_note = QLabel(tr("PrintQueue", SERVER_AWAY))
        self.offline_note.setWordWrap(True)
        self.offline_note.hide()
        self._listing = _Listing()
        self.retry_button = QPushButton(tr("PrintQueue", "&Retry (Ctrl+R)"))
        self.other_button = QPushButton(tr("PrintQueue", "Send &to another printer... (Ctrl+T)"))
        self.cancel_button = QPushButton(tr("PrintQueue", "&Cancel job (Del)"))
        self.copy_button = QPushButton(tr("PrintQueue", "Reprint as COPY (Ctrl+P)"))
        self.printed_button = QPushButton(tr("PrintQueue", "&Mark printed (Ctrl+M)"))
        self.close_button = QPushButton(tr("PrintQueue", "Close (Esc)"))
        self.retry_button.clicked.connect(self.retry)
        self.other_button.clicked.connect(self.send_elsewhere)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.copy_button.clicked.connect(self.reprint_copy)
        self.printed_button.clicked.connect(self.mark_printed)
        self.close_button.clicked.connect(self.reject)
        #: Swappable for tests: asks for the other printer's URL (``None``: cancelled).
        self.ask_url: Callable[[QWidget], str | None] = ask_printer_url
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.printer)
        layout.addWidget(self.offline_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(self._button_rows())
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

    def _button_rows(self) -> QVBoxLayout:
        """Two rows: for a receipt waiting, for one that may have printed (in one row, the
        German buttons made the dialog wider than a 1024-pixel screen)."""
        waiting, unsure = QHBoxLayout(), QHBoxLayout()
        for row, buttons in ((waiting, self._waiting_buttons), (unsure, self._unsure_buttons)):
            for button in buttons:
                # Every action has its key; Enter fires none (and no button turns bold as the
                # dialog's default, which cut its text).
                button.setAutoDefault(False)
                row.addWidget(button)
            row.addStretch(1)
        unsure.addWidget(self.close_button)
        self.close_button.setProperty("role", "primary")  # the default: styled so from the start
        rows = QVBoxLayout()
        rows.addLayout(waiting)
        rows.addLayout(unsure)
        return rows

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
            self.printer.setText(tr("PrintQueue", "Printer: not set up"))
            return
        self.ctx.runner.submit(
            printing.idle_status,
            lambda status: self.printer.setText(printer_line(status)),
            lambda error: self.printer.setText(
                tr("PrintQueue", "Printer: {error}").format(error=error_words(error))
            ),
            owner=self,
        )

    def _query(self) -> Callable[[PrintJobView | None, int], list[PrintJobView]]:
        ctx, actor = self.ctx, self.ctx.actor
        listing = self._listing = _Listing()

        def page(after: PrintJobView | None, limit: int) -> list[PrintJobView]:
            # A till has a handful waiting at most: one page, oldest first as they print.
            if after is not None:
                return []
            listed = waiting_jobs(ctx, actor)
            listing.server_listed = listed.server_listed
            return listed.jobs

        return page

    def _loaded(self) -> None:
        self.offline_note.setVisible(not self._listing.server_listed)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        elif not self.model.rowCount():
            self.details.setText(tr("PrintQueue", "No receipt is waiting."))
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
        ctx, actor, job_id = self.ctx, self.ctx.actor, job.id
        sending = (
            tr("PrintQueue", "Sending {document} to {url}...")
            if url
            else tr("PrintQueue", "Sending {document} to the printer...")
        )
        self._start(sending.format(document=job.document, url=url))
        self.ctx.runner.submit(
            lambda: queue_of(ctx, job).retry(actor, job_id=job_id, url=url),
            self._sent,
            self._failed,
            owner=self,
        )

    def reprint_copy(self) -> None:
        """It did not print (or nobody can tell): a COPY now, without the drawer kick."""
        job = self._pick(unsure=True)
        if job is None:
            return
        ctx, actor, job_id, name = self.ctx, self.ctx.actor, job.id, job.document
        what = tr("PrintQueue", "Copy of {document}").format(document=name)

        def reprint() -> Reprinted:
            printing = queue_of(ctx, job)  # the COPY is queued (and sent) where the job waits
            return send_now(printing, printing.reprint_unsure(actor, job_id), name, what)

        self._start(tr("PrintQueue", "Printing a copy of {document}...").format(document=name))
        self.ctx.runner.submit(
            reprint, lambda outcome: self._done(*reprint_text(outcome)), self._failed, owner=self
        )

    def mark_printed(self) -> None:
        """It came out: settle it, nothing prints."""
        job = self._pick(unsure=True)
        if job is None:
            return
        ctx, actor, job_id, name = self.ctx, self.ctx.actor, job.id, job.document
        self._start(tr("PrintQueue", "Marking {document} printed...").format(document=name))
        self.ctx.runner.submit(
            lambda: queue_of(ctx, job).mark_printed(actor, job_id),
            lambda _none: self._done(
                tr("PrintQueue", "{document} marked printed").format(document=name), Tone.SUCCESS
            ),
            self._failed,
            owner=self,
        )

    def cancel_job(self) -> None:
        job = self._pick(unsure=False)
        if job is None:
            return
        ctx, actor, job_id, number = self.ctx, self.ctx.actor, job.id, job.document
        self._start(tr("PrintQueue", "Cancelling {document}...").format(document=number))
        self.ctx.runner.submit(
            lambda: queue_of(ctx, job).cancel(actor, job_id),
            lambda _none: self._done(
                tr(
                    "PrintQueue", "{document} will not print; it can be printed again any time"
                ).format(document=number),
                Tone.SUCCESS,
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
        tr("PrintQueue", "Send to another printer"),
        tr(
            "PrintQueue",
            "Printer URL (tcp://192.168.1.51:9100, file:///dev/usb/lp1, usb://04b8:0202, ...):",
        ),
        QLineEdit.EchoMode.Normal,
    )
    return url if ok and url.strip() else None
