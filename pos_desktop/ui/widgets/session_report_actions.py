"""Print, Open PDF and Save PDF for the X or Z report the Cash drawer shows.

Print (Ctrl+P) queues the report at this till and tries the printer at once, in the runner;
the message says whether it printed or why it waits in the print queue (Ctrl+Shift+P). A Z
report printed before comes out marked COPY (the service decides, and audits the reprint).
The PDF (Ctrl+D opens it, Ctrl+S saves it) is made from the very report on screen, so it
holds the figures the manager is looking at.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QWidget

from pos_desktop.services.cash_sessions import SessionReport
from pos_desktop.services.session_documents import report_file_stem, report_name
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.offline_switch import read
from pos_desktop.ui.widgets.message_bar import MessageBar
from pos_desktop.ui.widgets.pdf_actions import PdfActions
from pos_desktop.ui.widgets.print_button import PrintButton
from pos_desktop.ui.widgets.receipt_preview import Reprinted, send_now

if TYPE_CHECKING:
    from pos_desktop.bootstrap import Services


class SessionReportActions(QWidget):
    def __init__(self, ctx: UiContext, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: SessionReport | None = None
        self.print_button = PrintButton(
            ctx,
            messages,
            tr("SessionReportActions", "Print report (Ctrl+P)"),
            tr("SessionReportActions", "Print this report on the till's printer (Ctrl+P)"),
        )
        self.print_button.clicked.connect(self.print_report)
        self.pdf = PdfActions(
            ctx,
            messages,
            open_text=tr("SessionReportActions", "Open PDF (Ctrl+D)"),
            save_text=tr("SessionReportActions", "Save PDF... (Ctrl+S)"),
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf)
        row.addStretch(1)
        self.show_report(None)

    def install_shortcuts(self, screen: QWidget) -> None:
        """The keys work anywhere on ``screen`` (the forms keep the focus)."""
        for key, slot in (
            ("Ctrl+P", self.print_report),
            ("Ctrl+D", self.pdf.open_pdf),
            ("Ctrl+S", self.pdf.save_pdf),
        ):
            QShortcut(QKeySequence(key), screen, slot)

    def show_report(self, report: SessionReport | None) -> None:
        """The report the buttons act on (``None``: nothing to print yet)."""
        self.report = report
        if report is None:
            self.pdf.set_document(None, None, tr("SessionReportActions", "No report on screen"))
        else:
            sessions = self.ctx.services.cash_sessions
            self.pdf.set_document(report_file_stem(report), lambda: sessions.report_pdf(report))
        self.print_button.set_ready(
            None if report else tr("SessionReportActions", "No report on screen")
        )

    def print_report(self) -> None:
        report = self.report
        if report is None:
            return
        ctx, actor = self.ctx, self.ctx.actor
        name = report_name(report.kind, report.session_id)  # the print queue's, as the service's
        what = tr("SessionReportActions", "{kind} report {number}")
        what = what.format(kind=report.kind, number=report.session_id)

        def job() -> Reprinted:
            # Offline, the till's own print queue (on its journal) takes it.
            def send(services: Services) -> Reprinted:
                printing = services.printing
                sent = send_now(printing, printing.queue_session_report(actor, report), name, what)
                # The shift may have another id in the queue that took it (a shift opened
                # offline is the journal's session 1 and the server's 2): its name there.
                named = [*sent.report.printed, *(d for d, _ in sent.report.waiting)]
                named += [d for d, _ in sent.report.unsure]
                return replace(sent, number=named[0]) if len(named) == 1 else sent

            return read(ctx, send)

        printing_what = tr("SessionReportActions", "Printing {what}...").format(what=what)
        self.print_button.start(printing_what, job)
