"""The credit notes of the invoice on screen: pick one, open or save its PDF, reprint its slip.

Shown under an invoice that was refunded (hidden otherwise). ``Alt+N`` goes to the list (the
arrow keys pick a credit note), ``Ctrl+Shift+D`` opens the chosen one's PDF, ``Ctrl+Shift+S``
saves it, ``Ctrl+Shift+C`` prints its slip again on the till's printer (marked COPY when it was
printed before; the print service audits that). Reading the list, making the PDF and talking
to the printer run in the runner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.money import ZERO, display_amount
from pos_desktop.domain.payment_methods import PaymentMethod
from pos_desktop.services.credit_note_views import CreditNoteView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import method_name, tr
from pos_desktop.ui.local_dates import DATE_TIME, moment_text
from pos_desktop.ui.offline_switch import read
from pos_desktop.ui.widgets.message_bar import MessageBar
from pos_desktop.ui.widgets.pdf_actions import PdfActions
from pos_desktop.ui.widgets.print_button import PrintButton
from pos_desktop.ui.widgets.receipt_preview import Reprinted, send_now


def _method(text: str) -> str:
    """``cash`` / ``card`` in the user's language; another method as stored."""
    try:
        return method_name(PaymentMethod(text))
    except ValueError:
        return text


def credit_note_label(note: CreditNoteView) -> str:
    """``EXPO24-T1CN-000001 · -19.00 EUR by cash · 2026-05-04 10:05``: what the list shows."""
    cur = note.currency
    label = tr("CreditNoteActions", "{number} · -{amount} {currency} by {method} · {when}")
    return label.format(
        number=note.number,
        amount=display_amount(note.gross, cur),
        currency=cur,
        method=_method(note.method),
        when=moment_text(note.created_at.astimezone(), DATE_TIME),
    )


class CreditNoteActions(QWidget):
    #: What the invoice's credit notes gave back in all (a ``Decimal``; zero: none), each time
    #: they are loaded: the invoice view then offers only what is still possible.
    refunded = Signal(object)

    def __init__(self, ctx: UiContext, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = messages
        self.invoice: str | None = None
        self.notes: list[CreditNoteView] = []
        self.picker = QComboBox()
        self.picker.setMinimumContentsLength(24)  # fits a 1024-pixel screen; the list is wider
        self.picker.currentIndexChanged.connect(self._picked)
        label = QLabel(tr("CreditNoteActions", "Credit &notes"))
        label.setBuddy(self.picker)
        self.total = QLabel()  # what the invoice's credit notes gave back, all together
        self.pdf = PdfActions(
            ctx,
            messages,
            open_text=tr("CreditNoteActions", "Open PDF (Ctrl+Shift+D)"),
            save_text=tr("CreditNoteActions", "Save PDF... (Ctrl+Shift+S)"),
        )
        self.slip_button = PrintButton(
            ctx,
            messages,
            tr("CreditNoteActions", "Reprint slip (Ctrl+Shift+C)"),
            tr("CreditNoteActions", "Print the credit note's slip again (Ctrl+Shift+C)"),
        )
        self.slip_button.clicked.connect(self.print_slip)
        # Three rows: in fewer, the view would grow wider than a 1024-pixel screen.
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        for widgets in ((label, self.picker, self.total), (self.pdf,), (self.slip_button,)):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            rows.addLayout(row)
        self.setVisible(False)

    def install_shortcuts(self, panel: QWidget) -> None:
        """The keys work while the focus is anywhere in ``panel`` (the invoice view)."""
        for key, slot in (
            ("Ctrl+Shift+D", self.pdf.open_pdf),
            ("Ctrl+Shift+S", self.pdf.save_pdf),
            ("Ctrl+Shift+C", self.print_slip),
        ):
            shortcut = QShortcut(QKeySequence(key), panel, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    @property
    def current(self) -> CreditNoteView | None:
        index = self.picker.currentIndex()
        return self.notes[index] if 0 <= index < len(self.notes) else None

    def show_invoice(self, number: str | None) -> None:
        """Load invoice ``number``'s credit notes (none for a draft: the list hides)."""
        self.invoice = number
        self._fill([])
        if number is None:
            return
        ctx, actor = self.ctx, self.ctx.actor
        self.ctx.runner.submit(  # offline: the journal's (none for a sale made there)
            lambda: read(ctx, lambda s: s.credit_notes.of_invoice(actor, number)),
            lambda notes: self._loaded(number, notes),
            self._load_failed,
            owner=self,
        )

    def _load_failed(self, error: Exception) -> None:
        """Offline, the journal does not hold the server's invoices: no credit notes to show
        (the invoice itself is on screen; its refund says the words), not "no invoice"."""
        if isinstance(error, NotFound):
            self._fill([])
            return
        self.messages.show_error(error)

    def _loaded(self, number: str, notes: list[CreditNoteView]) -> None:
        if number == self.invoice:  # another invoice may be on screen by now
            self._fill(notes)

    def _fill(self, notes: list[CreditNoteView]) -> None:
        self.notes = notes
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItems([credit_note_label(note) for note in notes])
        if notes:
            cur = notes[0].currency  # an invoice's credit notes are in its currency
            refunded = sum((note.gross for note in notes), ZERO)
            in_all = tr("CreditNoteActions", "-{amount} {currency} refunded in all")
            self.total.setText(in_all.format(amount=display_amount(refunded, cur), currency=cur))
        if notes:
            self.picker.setCurrentIndex(len(notes) - 1)  # the newest: the one just made
        self.picker.blockSignals(False)
        self.setVisible(bool(notes))
        self._picked()
        self.refunded.emit(sum((note.gross for note in notes), ZERO))

    def _picked(self, _index: int = -1) -> None:
        note = self.current
        if note is None:
            self.pdf.set_document(None, None, tr("CreditNoteActions", "No credit note"))
        else:
            documents, actor, number = self.ctx.services.credit_notes, self.ctx.actor, note.number
            self.pdf.set_document(f"credit-note-{number}", lambda: documents.pdf_for(actor, number))
        self.slip_button.set_ready(None if note else tr("CreditNoteActions", "No credit note"))

    def print_slip(self) -> None:
        note = self.current
        if note is None:
            return
        printing, actor, number = self.ctx.services.printing, self.ctx.actor, note.number
        slip = tr("CreditNoteActions", "Slip of credit note {number}").format(number=number)

        def job() -> Reprinted:
            job_id = printing.queue_credit_note(actor, number)
            return send_now(printing, job_id, number, slip)

        printing_slip = tr("CreditNoteActions", "Printing the slip of {number}...")
        self.slip_button.start(printing_slip.format(number=number), job)
