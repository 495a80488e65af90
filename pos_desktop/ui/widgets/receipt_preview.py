"""The invoice view's receipt: a preview of the paper roll, and "Reprint" (Ctrl+P).

The preview is the receipt layout drawn by Pillow (``adapters/printing/receipt_image.py``) at
the printer's width, built as PNG bytes in the runner; the UI thread only loads them into a
pixmap. A reprint queues a COPY through the print service (audited as ``receipt.reprint``) and
sends it at once, in the runner, so the message says whether the printer took it or why it
waits (it then stays in the print queue, Ctrl+Shift+P).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from pos_desktop.adapters.printing.receipt_image import receipt_image
from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.roles import Actor
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.printing import PrintReport, PrintService
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.offline_switch import read
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

PREVIEW_WIDTH = 340  # pixels shown; the roll picture is scaled down to it


def receipt_png(printing: PrintService, actor: Actor, number: str) -> bytes:
    """Runs in the runner: the receipt as the printer would get it, as a PNG."""
    image = receipt_image(printing.receipt(actor, number), printing.columns)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class Reprinted:
    """A queued document's first try: ``number`` is its name in the send report, ``what``
    what the message calls it (a receipt's copy unless said)."""

    number: str
    report: PrintReport
    printer: str
    what: str = ""


def reprint_text(outcome: Reprinted) -> tuple[str, Tone]:
    number = outcome.number
    what = outcome.what or tr("ReceiptPreview", "Copy of {number}'s receipt").format(number=number)
    if number in outcome.report.printed:
        printed = tr("ReceiptPreview", "{what} printed on {printer}")
        return printed.format(what=what, printer=outcome.printer), Tone.SUCCESS
    if outcome.report.unsure:
        unsure = tr(
            "ReceiptPreview",
            "{what} may not have printed: {why}. Check the printer; the print queue "
            "(Ctrl+Shift+P) reprints it as COPY or marks it printed",
        )
        return unsure.format(what=what, why=outcome.report.unsure[0][1]), Tone.ERROR
    if outcome.report.waiting:
        waits = tr(
            "ReceiptPreview",
            "{what} waits in the print queue: {why} (Ctrl+Shift+P to retry or send it elsewhere)",
        )
        return waits.format(what=what, why=outcome.report.waiting[0][1]), Tone.ERROR
    queued = tr("ReceiptPreview", "{what} queued; it prints in a moment")
    return queued.format(what=what), Tone.INFO


def send_now(printing: PrintService, job_id: int, number: str, what: str) -> Reprinted:
    """Runs in the runner: one try at the queued job ``job_id`` on this till's printer."""
    return Reprinted(number, printing.send_due(job_ids=[job_id]), printing.url, what)


class ReceiptPreview(QScrollArea):
    """Beside the invoice details; empty for a draft (it has no receipt)."""

    def __init__(
        self,
        ctx: UiContext,
        messages: MessageBar,
        button: QPushButton,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = messages
        self.button = button
        self.number: str | None = None
        self.image = QLabel("")
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setObjectName("receiptPreview")
        self.setWidget(self.image)
        self.setWidgetResizable(True)
        self.setMinimumWidth(PREVIEW_WIDTH + 30)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the invoice's buttons keep the keyboard
        self.button.clicked.connect(self.reprint)
        self._busy = False
        #: The last preview's PNG bytes (what the cashier sees; tests read it back).
        self.png: bytes = b""

    def show_invoice(self, view: InvoiceView) -> None:
        self.number = view.number
        self._enable()
        self.png = b""
        if view.number is None:
            self.image.setText(tr("ReceiptPreview", "A draft has no receipt"))
            return
        self.image.setText(tr("ReceiptPreview", "Drawing the receipt..."))
        ctx, actor, number = self.ctx, self.ctx.actor, view.number
        self.ctx.runner.submit(  # offline: the journal's (a sale made there is only there)
            lambda: read(ctx, lambda services: receipt_png(services.printing, actor, number)),
            lambda png: self._preview(number, png),
            self._preview_failed,
            owner=self,
        )

    def _enable(self) -> None:
        printing = self.ctx.services.printing
        can = self.number is not None and printing.configured and not self._busy
        self.button.setEnabled(can)
        if self.number is None:
            self.button.setToolTip(tr("ReceiptPreview", "A draft has no receipt"))
        elif not printing.configured:
            self.button.setToolTip(tr("ReceiptPreview", "No printer set up (Settings > Printer)"))
        else:
            self.button.setToolTip(
                tr("ReceiptPreview", "Print the receipt again, marked COPY (Ctrl+P)")
            )

    def _preview(self, number: str, png: bytes) -> None:
        if number != self.number:
            return  # another invoice is shown by now
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        if pixmap.width() > PREVIEW_WIDTH:
            pixmap = pixmap.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
        self.png = png
        self.image.setPixmap(pixmap)

    def _preview_failed(self, error: Exception) -> None:
        self.image.setText(tr("ReceiptPreview", "No preview"))
        if isinstance(error, NotFound):  # offline: the journal does not hold the server's
            return
        self.messages.show_error(error)

    def reprint(self) -> None:
        number = self.number
        if number is None or not self.button.isEnabled():
            return
        ctx, actor = self.ctx, self.ctx.actor

        def reprint(services: Services) -> Reprinted:
            printing = services.printing
            return send_now(printing, printing.reprint(actor, number), number, "")

        def job() -> Reprinted:
            return read(ctx, reprint)

        self._busy = True
        self._enable()
        printing = tr("ReceiptPreview", "Printing a copy of {number}'s receipt...")
        self.messages.show_message(printing.format(number=number), Tone.INFO)
        self.ctx.runner.submit(job, self._reprinted, self._reprint_failed, owner=self)

    def _reprinted(self, outcome: Reprinted) -> None:
        self._busy = False
        self._enable()
        self.messages.show_message(*reprint_text(outcome))

    def _reprint_failed(self, error: Exception) -> None:
        self._busy = False
        self._enable()
        self.messages.show_error(error)
