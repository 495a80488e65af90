"""One invoice: its number and amounts, and what can be done with it next.

Shown after a sale is saved (``Done``, Enter, returns to an empty checkout) and from the
invoice list (``Back``). ``Edit`` (Ctrl+E) and ``Void`` need the manager role; the service
checks it again. ``Reprint`` (Ctrl+P) prints a COPY of the receipt previewed on the right.
``Send ... again`` (Ctrl+M) queues the customer's email about it: the invoice, or the void
notice of a voided one; for a refunded one it offers the refund notices (newest first, with the
credit note) and the invoice in a menu. A refunded invoice lists its credit notes underneath:
their PDFs and slips (Ctrl+Shift+D, S, C).
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.money import ZERO, display_amount
from pos_desktop.domain.roles import Permission
from pos_desktop.services.credit_note_views import CreditNoteView
from pos_desktop.services.invoice_emails import InvoiceEmail
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.outbox import OutboxEntry
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.exactly_once import submit_keyed
from pos_desktop.ui.i18n import said, tr, value_name
from pos_desktop.ui.offline_switch import where_held
from pos_desktop.ui.screens.invoice_editor import InvoiceEditor
from pos_desktop.ui.screens.refund_dialog import RefundDialog
from pos_desktop.ui.widgets.credit_note_actions import CreditNoteActions
from pos_desktop.ui.widgets.flow_layout import flow_of
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.pdf_actions import PdfActions
from pos_desktop.ui.widgets.receipt_preview import ReceiptPreview
from pos_desktop.ui.widgets.receipt_watch import ReceiptWatch


def invoice_html(view: InvoiceView, refunded: Decimal = ZERO) -> str:
    """The invoice as the view's left side shows it; ``refunded``: what its credit notes gave
    back in all."""
    cur = view.currency
    status = value_name(view.status.value)
    if refunded >= view.gross > 0:
        status += " · " + tr("InvoicePanel", "refunded in full")
    elif refunded:
        done = tr("InvoicePanel", "{amount} {currency} refunded")
        status += " · " + done.format(amount=display_amount(refunded, cur), currency=cur)
    who = f"{escape(view.customer_name or '')} ({view.customer_code})" if view.customer_code else ""
    kind = " · " + tr("InvoicePanel", "full invoice") if view.is_full else ""
    kind += " · " + tr("InvoicePanel", "reverse charge") if view.reverse_charge else ""
    lines = "".join(
        f"<tr><td>{line.position}</td><td>{escape(line.description)}</td>"
        f"<td align='right'>{format(line.quantity.normalize(), 'f')}</td>"
        f"<td align='right'>{display_amount(line.gross, cur)}</td></tr>"
        for line in view.lines
    )
    totals = tr("InvoicePanel", "Total {total} {currency} · paid {paid} · change {change}").format(
        total=display_amount(view.gross, cur),
        currency=cur,
        paid=display_amount(view.paid, cur),
        change=display_amount(view.change, cur),
    )
    number = escape(view.number or tr("InvoicePanel", "draft"))
    who = who or tr("InvoicePanel", "walk-in")
    return (
        f"<div style='font-size:22pt; font-weight:700'>{number}</div>"
        f"<div style='font-size:12pt'>{status} · {who}{kind}</div>"
        f"<table cellspacing='6'>{lines}</table>"
        f"<div style='font-size:16pt'>{totals}</div>"
        + (f"<div style='font-size:14pt'>{balance_note(view)}</div>" if view.balance else "")
    )


def balance_note(view: InvoiceView) -> str:
    """What the cashier must do about the money after an edit."""
    balance, cur = view.balance, view.currency
    if balance > 0:
        owes = tr("InvoicePanel", "The customer still owes {amount} {currency}.")
        return owes.format(amount=display_amount(balance, cur), currency=cur)
    if balance < 0:
        back = tr("InvoicePanel", "Pay back {amount} {currency} to the customer.")
        return back.format(amount=display_amount(-balance, cur), currency=cur)
    return tr("InvoicePanel", "Nothing to pay or pay back.")


class InvoicePanel(QWidget):
    done = Signal()

    def __init__(
        self, ctx: UiContext, done_text: str | None = None, parent: QWidget | None = None
    ) -> None:
        """``done_text``: the button back (the checkout's "Done (Enter)" unless given)."""
        super().__init__(parent)
        self.ctx = ctx
        self.view: InvoiceView | None = None
        self.messages = MessageBar()
        self.details = QLabel()
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)  # the totals line wraps beside the receipt at 1024 px
        self.done_button = QPushButton(done_text or tr("InvoicePanel", "Done (Enter)"))
        self.void_button = QPushButton(tr("InvoicePanel", "Void..."))
        self.edit_button = QPushButton(tr("InvoicePanel", "Edit (Ctrl+E)"))
        self.refund_button = QPushButton(tr("InvoicePanel", "Refund... (Ctrl+R)"))
        self.refund_button.clicked.connect(self.refund)
        self.reprint_button = QPushButton(tr("InvoicePanel", "Reprint (Ctrl+P)"))
        self.email_button = QPushButton(tr("InvoicePanel", "Send invoice again (Ctrl+M)"))
        # Kept, and connected to a bound method: see the rule at refund().
        self.email_menu = QMenu(self)
        self.email_menu.triggered.connect(self._chosen)
        self.offered: list[InvoiceEmail] = []
        self.pdf = PdfActions(ctx, self.messages)
        self.receipt = ReceiptPreview(ctx, self.messages, self.reprint_button)
        self.credit_notes = CreditNoteActions(ctx, self.messages)
        self.credit_notes.refunded.connect(self._show_refunded)
        self.email_button.clicked.connect(self.send_again)
        self.done_button.setDefault(True)
        # Styled as the default button from the start: the bold text of ``:default`` alone was
        # wider than the size the button was given, and cut ("one (Enter").
        self.done_button.setProperty("role", "primary")
        self.done_button.clicked.connect(self.done.emit)
        self.void_button.clicked.connect(self.ask_void)
        self.edit_button.clicked.connect(self.edit)
        # The actions flow: one or two rows as the language's words need, so the panel
        # beside the receipt fits a 1024-pixel screen in every language.
        actions = flow_of(
            self.done_button,
            self.edit_button,
            self.void_button,
            self.refund_button,
            self.reprint_button,
            self.email_button,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        left = QVBoxLayout()
        left.addWidget(self.details)
        left.addWidget(actions)
        left.addWidget(self.pdf)
        left.addWidget(self.credit_notes)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.receipt)
        layout.addLayout(body, 1)
        # Only while the focus is in this panel: the editor dialog (a child window) needs its
        # own Enter to commit a cell, not to leave the invoice.
        bindings = ((Qt.Key.Key_Return, self.done.emit), (Qt.Key.Key_Enter, self.done.emit))
        more = (
            (QKeySequence("Ctrl+E"), self.edit),
            (QKeySequence("Ctrl+R"), self.refund),
            (QKeySequence("Ctrl+P"), self.receipt.reprint),
            (QKeySequence("Ctrl+M"), self.send_again),
        )
        for key, slot in (*bindings, *more):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.credit_notes.install_shortcuts(self)

    def watch_receipts(self) -> None:
        """Say here (with a sound) when the shown sale's receipt did not print, and when it
        printed later (the checkout's view of the sale just made)."""
        self.receipt_watch: ReceiptWatch | None = ReceiptWatch(self.ctx.services.bus, self.messages)

    receipt_watch: ReceiptWatch | None = None

    def show_invoice(self, view: InvoiceView, note: str = "") -> None:
        self.view = view
        if self.receipt_watch is not None:
            self.receipt_watch.number = view.number
        self.details.setText(invoice_html(view))
        self.pdf.show_invoice(view)
        self.receipt.show_invoice(view)
        self.credit_notes.show_invoice(view.number)
        can_void = self.ctx.actor.can(Permission.INVOICE_VOID) and view.status.value == "issued"
        self.void_button.setEnabled(can_void)
        self.void_button.setToolTip(
            "" if can_void else tr("InvoicePanel", "Only a manager can void an invoice")
        )
        can_edit = self.ctx.actor.can(Permission.INVOICE_EDIT) and view.status.value == "issued"
        can_mail = view.customer_code is not None and view.number is not None
        self.email_button.setEnabled(can_mail)
        voided = view.status.value == "voided"
        self.email_button.setText(
            tr("InvoicePanel", "Send void notice again (Ctrl+M)")
            if voided
            else tr("InvoicePanel", "Send invoice again (Ctrl+M)")
        )
        self.email_button.setToolTip(
            tr(
                "InvoicePanel",
                "Queue the customer's email about this invoice again (a refunded one: choose the "
                "refund notice or the invoice)",
            )
            if can_mail
            else tr("InvoicePanel", "No customer")
        )
        self.edit_button.setEnabled(can_edit)
        can_refund = self.ctx.actor.can(Permission.INVOICE_REFUND) and view.status.value == "issued"
        self.refund_button.setEnabled(can_refund)
        self.edit_button.setToolTip(
            tr("InvoicePanel", "Change lines or customer (Ctrl+E)")
            if can_edit
            else tr("InvoicePanel", "Only a manager can edit")
        )
        if note:
            self.messages.show_message(note, Tone.SUCCESS)
        else:
            self.messages.clear_message()
        self.done_button.setFocus()

    def _show_refunded(self, refunded: Decimal) -> None:
        """A refunded invoice can be neither voided nor edited (the services refuse it too);
        one refunded in full cannot be refunded again."""
        view = self.view
        if view is None or not refunded:
            return
        self.details.setText(invoice_html(view, refunded))
        for button in (self.void_button, self.edit_button):
            button.setEnabled(False)
            button.setToolTip(tr("InvoicePanel", "Refunded: refund what is left instead"))
        if refunded >= view.gross:
            self.refund_button.setEnabled(False)
            self.refund_button.setToolTip(
                tr("InvoicePanel", "Everything on this invoice was refunded")
            )

    def refund(self) -> None:
        if self.view is None or not self.refund_button.isEnabled():
            return
        # Kept as an attribute, connected to bound methods only: a dialog held by a lambda on
        # its own signal is a reference cycle the garbage collector may free on a pool thread.
        dialog = RefundDialog(self.ctx, self.view, self)
        dialog.accepted.connect(self._refunded)
        self.refund_dialog = dialog
        dialog.open()

    def _refunded(self) -> None:
        note: CreditNoteView | None = self.refund_dialog.credit_note
        self.window().activateWindow()
        if note is None:
            return
        self.credit_notes.show_invoice(note.invoice_number)  # the new one, to print or save
        cur = note.currency
        give_back = (
            tr("InvoicePanel", "Credit note {number}: give back {amount} {currency} by {method}")
            if note.restocked
            else tr(
                "InvoicePanel",
                "Credit note {number}: give back {amount} {currency} by {method}"
                " (goods not restocked)",
            )
        )
        self.messages.show_message(
            give_back.format(
                number=note.number,
                amount=display_amount(note.gross, cur),
                currency=cur,
                method=note.method,
            ),
            Tone.SUCCESS,
        )
        self.done_button.setFocus()

    def edit(self) -> None:
        if self.view is None or not self.edit_button.isEnabled():
            return
        editor = InvoiceEditor(self.ctx, self.view, self)
        editor.accepted.connect(self._edited)
        self.editor = editor
        editor.open()

    def _edited(self) -> None:
        view = self.editor.saved
        if view is None:
            return
        edited = tr("InvoicePanel", "{number} edited. {balance}")
        self.show_invoice(view, edited.format(number=view.number, balance=balance_note(view)))
        self.done_button.setFocus()

    def ask_void(self) -> None:
        if self.view is None or self.view.number is None:
            return
        view = self.view
        reason, ok = QInputDialog.getText(
            self,
            tr("InvoicePanel", "Void invoice"),
            tr(
                "InvoicePanel",
                "Void {number} ({amount} {currency})?\nIt keeps its number and counts nowhere"
                " any more; this cannot be undone.\nReason (required):",
            ).format(
                number=view.number,
                amount=display_amount(view.gross, view.currency),
                currency=view.currency,
            ),
        )
        self.window().activateWindow()  # the closed question had the keyboard
        if ok:
            self.void(reason)
        else:
            self.done_button.setFocus()

    def void(self, reason: str) -> None:
        view = self.view
        if view is None or view.number is None:
            return
        number, actor = view.number, self.ctx.actor
        self.void_button.setEnabled(False)
        submit_keyed(
            self.ctx.runner,
            where_held(
                self.ctx,
                lambda s, key: s.billing.void(actor, number, reason=reason, key=key),
                seen=view,
            ),
            lambda voided: self.show_invoice(
                voided, tr("InvoicePanel", "{number} voided").format(number=number)
            ),
            self._void_failed,
            owner=self,
            on_doubt=lambda doubt: self.messages.show_error(
                tr(
                    "InvoicePanel",
                    "Checking whether the void was saved - the database stopped answering"
                    " ({doubt})",
                ).format(doubt=doubt)
            ),
        )

    def send_again(self) -> None:
        """Ask the outbox what can be sent about this invoice; one thing is queued at once,
        several are offered in a menu (the likeliest first and active: Enter sends it)."""
        view = self.view
        if view is None or view.number is None or not self.email_button.isEnabled():
            return
        outbox, actor, number = self.ctx.services.outbox, self.ctx.actor, view.number
        self.email_button.setEnabled(False)
        self.ctx.runner.submit(
            lambda: outbox.invoice_emails(actor, number),
            self._offer,
            self._queue_failed,
            owner=self,
        )

    def _offer(self, emails: list[InvoiceEmail]) -> None:
        self.email_button.setEnabled(True)
        if len(emails) == 1:
            self.queue_email(emails[0])
            return
        self.offered = emails
        self.email_menu.clear()
        for index, email in enumerate(emails):
            action = self.email_menu.addAction(said(email.label))
            action.setData(index)
        self.email_menu.setActiveAction(self.email_menu.actions()[0])
        self.email_menu.popup(self.email_button.mapToGlobal(self.email_button.rect().bottomLeft()))

    def _chosen(self, action: QAction) -> None:
        self.queue_email(self.offered[int(action.data())])

    def queue_email(self, email: InvoiceEmail) -> None:
        view = self.view
        if view is None or view.number is None:
            return
        outbox, actor, number = self.ctx.services.outbox, self.ctx.actor, view.number
        kind, credit_note = email.kind, email.credit_note
        self.email_button.setEnabled(False)
        self.ctx.runner.submit(
            lambda: outbox.send_invoice_again(actor, number, kind=kind, credit_note=credit_note),
            self._queued_again,
            self._queue_failed,
            owner=self,
        )

    def _queued_again(self, entry: OutboxEntry) -> None:
        self.email_button.setEnabled(True)
        self.messages.show_message(
            tr(
                "InvoicePanel",
                "Email to {recipient} queued ({subject}); the Outbox sends it in the background",
            ).format(recipient=entry.recipient, subject=entry.subject),
            Tone.SUCCESS,
        )
        self.done_button.setFocus()

    def _queue_failed(self, error: Exception) -> None:
        self.email_button.setEnabled(True)
        self.messages.show_error(error)

    def _void_failed(self, error: Exception) -> None:
        self.messages.show_error(error)
        if self.view is not None:
            self.show_invoice(self.view)
            self.messages.show_error(error)
