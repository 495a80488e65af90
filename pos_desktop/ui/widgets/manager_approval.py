"""A manager approves in place: their name and password at the cashier's till, then on.

Asked when a service refuses a cashier's action for want of a manager (a discount above the
limit, a large refund). The password is checked by the user service in the background (a wrong
one counts towards the manager's wait after failures, as at the login); only a manager or admin
approves.
``approved`` carries the manager as an ``Actor`` for the retried action.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.widgets.message_bar import MessageBar


class ManagerApproval(QDialog):
    approved = Signal(object)  # the approving manager's Actor

    def __init__(
        self, ctx: UiContext, why: str, needs: Permission, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.needs = needs
        self.setWindowTitle("Manager approval")
        self.messages = MessageBar()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username.returnPressed.connect(self.password.setFocus)
        self.password.returnPressed.connect(self.check)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        for button in buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field is that field's (once, not twice)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow("&Manager", self.username)
        form.addRow("&Password", self.password)
        layout = QVBoxLayout(self)
        label = QLabel(why)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.messages)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.username.setFocus()

    def check(self) -> None:
        users, name, password = self.ctx.services.users, self.username.text(), self.password.text()
        self.buttons.setEnabled(False)
        self.ctx.runner.submit(
            lambda: users.login(name, password), self._checked, self._failed, owner=self
        )

    def _checked(self, manager: Actor) -> None:
        self.buttons.setEnabled(True)
        if not manager.can(self.needs):
            self.messages.show_error(f"{manager.label} is not allowed to approve this")
            self.password.clear()
            self.username.setFocus()
            return
        self.approved.emit(manager)
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        self.messages.show_error(error)
        self.password.clear()
        self.password.setFocus()
