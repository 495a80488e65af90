"""A manager approves in place: their name and password at the cashier's till, then on.

Opened when a service refuses a cashier's action with ``ApprovalRequired`` (refunds beyond the
limit, a discount or a changed price beyond the cashier's). The dialog only collects the name
and password: ``approved`` hands them to the screen, which retries the same action with them,
and the service checks them (a wrong password counts towards the manager's wait after failed
logins, as at the login). Meanwhile the dialog waits; the screen calls ``refused`` when the
service did not accept the manager (the dialog says why and asks again) and ``finish`` when the
action is done.
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

from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.message_bar import MessageBar


class ManagerApproval(QDialog):
    approved = Signal(object)  # ApproverCredentials for the retried action

    def __init__(self, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("ManagerApproval", "Manager approval"))
        self.waiting = False
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
        form.addRow(tr("ManagerApproval", "&Manager"), self.username)
        form.addRow(tr("ManagerApproval", "&Password"), self.password)
        layout = QVBoxLayout(self)
        self.why = QLabel(why)
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        layout.addWidget(self.messages)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.username.setFocus()

    def check(self) -> None:
        if self.waiting:
            return
        name, password = self.username.text().strip(), self.password.text()
        if not name:
            self.messages.show_error(tr("ManagerApproval", "Type the manager's user name"))
            self.username.setFocus()
            return
        if not password:
            self.messages.show_error(tr("ManagerApproval", "Type the manager's password"))
            self.password.setFocus()
            return
        self.waiting = True
        self.buttons.setEnabled(False)
        self.messages.show_message(
            tr("ManagerApproval", "Checking {name}'s approval...").format(name=name)
        )
        self.approved.emit(ApproverCredentials(name, password))

    def refused(self, error: Exception) -> None:
        """The service did not accept this manager: say why, ask for the password again."""
        self.waiting = False
        self.buttons.setEnabled(True)
        self.messages.show_error(error)
        self.password.clear()
        self.password.setFocus()

    def finish(self) -> None:
        """The action is done (saved, or failed for another reason the screen shows)."""
        self.waiting = False
        if self.isVisible():
            self.accept()

    def reject(self) -> None:
        """Esc while the action runs would hide whether it went through: wait for it."""
        if not self.waiting:
            super().reject()
