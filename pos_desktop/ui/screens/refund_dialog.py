"""Refund an invoice: what goes back per line, how the money goes back, whether it is restocked.

Every line starts with what is left to refund (a whole refund is Ctrl+S after the reason);
lower a quantity to refund part of a line, 0 to keep it. The service refuses more than was
sold; beyond the refund limit (``ApprovalRequired``) a manager approves in place and the same
refund is sent again with their name and password. ``Ctrl+S`` saves, ``Esc`` cancels.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.errors import ApprovalRequired, InDoubt
from pos_desktop.domain.invoice import PaymentMethod
from pos_desktop.services.credit_note_views import CreditNoteView
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.refunds import Refundable, RefundLine
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.exactly_once import submit_keyed
from pos_desktop.ui.i18n import method_name, tr
from pos_desktop.ui.offline_switch import read_online_only, where_held
from pos_desktop.ui.widgets.manager_approval import ManagerApproval
from pos_desktop.ui.widgets.message_bar import MessageBar, error_words

QUANTITY_COLUMN = 3


def _quantity(value: Decimal) -> str:
    return format(value.normalize(), "f")


class RefundDialog(QDialog):
    """``credit_note`` holds the result when the dialog is accepted."""

    def __init__(self, ctx: UiContext, view: InvoiceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.credit_note: CreditNoteView | None = None
        self.lines: list[Refundable] = []
        #: This refund's idempotency key, from the dialog's opening: each try sends it.
        self.key = ActionKey.new()
        self.saving = False
        self.setWindowTitle(tr("RefundDialog", "Refund {number}").format(number=view.number))
        self.resize(720, 460)
        self.messages = MessageBar()
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                tr("RefundDialog", "Line"),
                tr("RefundDialog", "Description"),
                tr("RefundDialog", "Left"),
                tr("RefundDialog", "Refund qty"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.method = QComboBox()
        for method in PaymentMethod:
            self.method.addItem(method_name(method), method.value)
        if view.payments:
            self.method.setCurrentIndex(self.method.findData(view.payments[0].method.value))
        self.restock = QCheckBox(tr("RefundDialog", "Back to stock (untick for damaged goods)"))
        self.restock.setChecked(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("RefundDialog", "required, e.g. mug chipped"))
        self.reason.returnPressed.connect(self.save)
        form = QFormLayout()
        form.addRow(tr("RefundDialog", "Pay &back by"), self.method)
        form.addRow("", self.restock)
        form.addRow(tr("RefundDialog", "&Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # Styled as the default it becomes: the bold text of ``:default`` alone was cut.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("role", "primary")
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._load()

    def _load(self) -> None:
        ctx, actor, number = self.ctx, self.ctx.actor, self.view.number
        assert number is not None
        self.ctx.runner.submit(
            lambda: read_online_only(ctx, lambda s: s.refunds.refundable(actor, number)),
            self._loaded,
            self.messages.show_error,
            owner=self,
        )

    def _loaded(self, lines: list[Refundable]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            for column, text in enumerate(
                (str(line.position), line.description, _quantity(line.left), _quantity(line.left))
            ):
                item = QTableWidgetItem(text)
                if column != QUANTITY_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.reason.setFocus()

    def wanted(self) -> list[RefundLine]:
        lines = []
        for row, line in enumerate(self.lines):
            item = self.table.item(row, QUANTITY_COLUMN)
            text = item.text().strip() if item else ""
            try:
                quantity = Decimal(text or "0")
            except InvalidOperation:
                quantity = Decimal(-1)  # the service explains
            if quantity != 0:
                lines.append(RefundLine(line.position, quantity))
        return lines

    def save(self, approver: ApproverCredentials | None = None) -> None:
        wanted = self.wanted()
        if not wanted:
            self.messages.show_error(tr("RefundDialog", "Nothing to refund: every quantity is 0"))
            return
        actor, number = self.ctx.actor, self.view.number
        assert number is not None
        method, restock, reason = (
            self.method.currentData(),
            self.restock.isChecked(),
            self.reason.text(),
        )
        self.buttons.setEnabled(False)
        self.saving = True
        self.key = submit_keyed(
            self.ctx.runner,
            where_held(
                self.ctx,
                lambda s, key: s.refunds.refund(
                    actor,
                    number,
                    wanted,
                    method=method,
                    restock=restock,
                    reason=reason,
                    approver=approver if isinstance(approver, ApproverCredentials) else None,
                    key=key,
                ),
                seen=self.view,
            ),
            self._saved,
            self._failed,
            owner=self,
            on_doubt=self._in_doubt,
            key=self.key,
        )

    def _in_doubt(self, doubt: InDoubt) -> None:
        self.messages.show_error(
            tr(
                "RefundDialog",
                "Checking whether the refund was saved - the database stopped answering ({doubt})",
            ).format(doubt=doubt)
        )

    def reject(self) -> None:
        """Esc closes the dialog, but not while a refund is being saved (or in doubt)."""
        if self.saving:
            self.messages.show_error(
                tr("RefundDialog", "The refund is being saved: wait for the answer")
            )
            return
        super().reject()

    def _saved(self, note: CreditNoteView) -> None:
        self.saving = False
        self._close_approval()
        self.credit_note = note
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, ApprovalRequired):
            self._ask_manager(error)
            return
        self._close_approval()
        self.messages.show_error(error)

    def _ask_manager(self, error: ApprovalRequired) -> None:
        """Open the approval, or, when it is open already, say why the manager was refused."""
        current: ManagerApproval | None = getattr(self, "approval", None)
        if current is not None and current.isVisible():
            current.refused(error)
            return
        approval = ManagerApproval(error_words(error), self)
        approval.approved.connect(self.save)
        self.approval = approval
        approval.open()

    def _close_approval(self) -> None:
        current: ManagerApproval | None = getattr(self, "approval", None)
        if current is not None:
            current.finish()
