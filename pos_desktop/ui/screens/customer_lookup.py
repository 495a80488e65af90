"""``Ctrl+K`` from any screen: a customer's code or name, their card, sell or correct.

A visitor walks up while the cashier is in the invoice list: one key, the code, and the card
(contact, bill count, total billed, last invoices) is there. What is not a code is searched
in names, emails, companies and phones: one match shows its card, several are listed (arrows,
Enter). ``Enter`` on a shown card sells
to them at the checkout, ``Ctrl+E`` corrects their details, ``Ctrl+Shift+W`` queues their
welcome email again (the card shows its state), ``Esc`` closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import InvalidCustomerCode
from pos_desktop.services.customer_views import CustomerCard, CustomerView
from pos_desktop.services.outbox import OutboxEntry
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.offline_switch import read
from pos_desktop.ui.screens.customer_editor import CustomerEditor
from pos_desktop.ui.widgets.customer_card import CustomerCardView
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

#: Names matching the typed words, listed at most (more words narrow them down).
MATCHES_SHOWN = 30


class CustomerLookup(QDialog):
    sell_requested = Signal(str)  # the customer's code

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(tr("CustomerLookup", "Find customer"))
        self.resize(640, 460)  # the hint in the field, at its size, is read whole
        self.messages = MessageBar()
        self.code = QLineEdit()
        self.code.setPlaceholderText(
            tr("CustomerLookup", "Scan or type the customer code, or type a name")
        )
        self.code.setStyleSheet("font-size: 16pt; padding: 6px;")
        self.code.returnPressed.connect(self.look_up)
        self.matches = QListWidget()
        self.matches.setObjectName("customerMatches")
        self.matches.itemActivated.connect(self._match_chosen)
        self.matches.hide()
        self.card_view = CustomerCardView()
        self.card_view.label.setText("")
        self.hint = QLabel(
            tr(
                "CustomerLookup",
                "Enter: look up · then Enter: sell to them · Ctrl+E: edit · "
                "Ctrl+Shift+W: resend welcome email · Esc: close",
            )
        )
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(self.messages)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.card_view, 1)
        layout.addWidget(self.hint)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit)
        QShortcut(QKeySequence("Ctrl+Shift+W"), self, self.resend_welcome)
        self.code.setFocus()

    @property
    def card(self) -> CustomerCard | None:
        return self.card_view.card

    def look_up(self) -> None:
        text = self.code.text().strip()
        card = self.card
        if card is not None and (not text or text.upper() == card.customer.code):
            self.sell_requested.emit(card.customer.code)  # Enter again: sell to them
            self.accept()
            return
        if not text:
            return
        try:
            code = CustomerCode.parse(text).value
        except InvalidCustomerCode:
            self._search(text)
            return
        self._show_code(code)

    def _show_code(self, code: str) -> None:
        ctx, actor = self.ctx, self.ctx.actor
        self.messages.show_message(tr("CustomerLookup", "Looking up..."))
        self.ctx.runner.submit(
            lambda: read(ctx, lambda services: services.customers.card(actor, code)),
            self._found,
            self._failed,
            owner=self,
        )

    def _search(self, text: str) -> None:
        """Not a code: the customers whose name, email, company or phone hold the words."""
        ctx, actor = self.ctx, self.ctx.actor
        self.messages.show_message(tr("CustomerLookup", "Searching..."))
        self.searched_for = text
        self.ctx.runner.submit(
            # Offline, the journal's copy of the customers (a visitor without their QR).
            lambda: read(
                ctx, lambda services: services.customers.search(actor, text, limit=MATCHES_SHOWN)
            ),
            self._searched,
            self._failed,
            owner=self,
        )

    def _searched(self, found: list[CustomerView]) -> None:
        text = self.searched_for
        self.matches.clear()
        if len(found) == 1:
            self._show_code(found[0].code)
            return
        self.card_view.show_card(None)
        self.card_view.label.setText("")
        if not found:
            self.matches.hide()
            self.messages.show_error(
                tr("CustomerLookup", "No customer code or name matches {text}").format(
                    text=repr(text)
                )
            )
            self.code.selectAll()
            return
        for view in found:
            company = f" · {view.company}" if view.company else ""
            item = QListWidgetItem(f"{view.name}{company} · {view.email or ''} · {view.code}")
            item.setData(Qt.ItemDataRole.UserRole, view.code)
            self.matches.addItem(item)
        match = (
            tr(
                "CustomerLookup",
                "{count} customers match (the first shown: type more): arrows, then Enter",
            )
            if len(found) == MATCHES_SHOWN
            else tr("CustomerLookup", "{count} customers match: arrows, then Enter")
        )
        self.messages.show_message(match.format(count=len(found)))
        self.card_view.hide()
        self.matches.show()
        self.matches.setCurrentRow(0)
        self.matches.setFocus()

    def _match_chosen(self, item: QListWidgetItem) -> None:
        self._show_code(str(item.data(Qt.ItemDataRole.UserRole)))

    def _found(self, card: CustomerCard) -> None:
        self.matches.hide()
        self.card_view.show()
        self.card_view.show_card(card)
        self.code.setText(card.customer.code)
        self.code.selectAll()
        self.code.setFocus()
        self.messages.show_message(
            tr("CustomerLookup", "{name}: Enter sells to them").format(name=card.customer.name),
            Tone.SUCCESS,
        )

    def _failed(self, error: Exception) -> None:
        self.card_view.show_card(None)
        self.card_view.label.setText("")
        self.messages.show_error(error)
        self.code.selectAll()

    def edit(self) -> None:
        card = self.card
        if card is None:
            return
        editor = CustomerEditor(self.ctx, card.customer, self)
        editor.accepted.connect(self._reload)
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def resend_welcome(self) -> None:
        """Queue the shown customer's welcome again; the card then says "queued"."""
        card = self.card
        if card is None:
            self.messages.show_error(
                tr("CustomerLookup", "Look a customer up first (code, then Enter)")
            )
            return
        outbox, customers = self.ctx.services.outbox, self.ctx.services.customers
        actor, code = self.ctx.actor, card.customer.code

        def resend() -> tuple[OutboxEntry, CustomerCard]:
            entry = outbox.resend_welcome(actor, code)
            return entry, customers.card(actor, code)

        self.ctx.runner.submit(resend, self._resent, self.messages.show_error, owner=self)

    def _resent(self, done: tuple[OutboxEntry, CustomerCard]) -> None:
        entry, card = done
        self.card_view.show_card(card)
        self.messages.show_message(
            tr("CustomerLookup", "Welcome email to {recipient} queued again").format(
                recipient=entry.recipient
            ),
            Tone.SUCCESS,
        )

    def _reload(self) -> None:
        card = self.card
        if card is not None:
            actor, customers, code = self.ctx.actor, self.ctx.services.customers, card.customer.code
            self.ctx.runner.submit(
                lambda: customers.card(actor, code), self._found, self._failed, owner=self
            )
