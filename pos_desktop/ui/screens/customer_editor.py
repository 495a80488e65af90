"""Correct a customer's details (a misspelt name, a new phone): the registration form, prefilled.

The same fields and live checks as at registration. ``Ctrl+S`` saves, ``Esc`` leaves without
saving. The code never changes (it is on the visitor's phone and badge). If the new email
belongs to someone else the dialog says who, and "Save anyway" is one more key; if another
terminal saved this customer meanwhile, the service refuses and nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.errors import DuplicateCustomer, FieldProblem, ValidationError
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.customer_form import CustomerForm
from pos_desktop.ui.widgets.message_bar import MessageBar


class CustomerEditor(QDialog):
    """``saved`` holds the customer as stored when the dialog is accepted."""

    def __init__(self, ctx: UiContext, view: CustomerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.saved: CustomerView | None = None
        self.setWindowTitle(tr("CustomerEditor", "Edit customer {code}").format(code=view.code))
        self.messages = MessageBar()
        self.form = CustomerForm(ctx.services.settings.customers)
        self.form.load(view.fields)
        self.form.submit_requested.connect(self.save)
        self.anyway_button = QPushButton(tr("CustomerEditor", "Save &anyway"))
        self.anyway_button.hide()
        self.anyway_button.clicked.connect(lambda: self.save(allow_duplicate=True))
        self.form.email_edited.connect(self.anyway_button.hide)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        # Styled as the default it becomes: the bold text of ``:default`` alone was cut.
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setProperty("role", "primary")
        self.buttons.addButton(self.anyway_button, QDialogButtonBox.ButtonRole.ActionRole)
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter walks the form; Ctrl+S saves
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        stays = tr("CustomerEditor", "Customer code {code} stays the same. Ctrl+S saves.")
        layout.addWidget(QLabel(stays.format(code=view.code)))
        layout.addWidget(self.messages)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.form.name.setFocus()

    def changes(self) -> dict[str, str]:
        return dict(asdict(self.form.form_input()))

    def save(self, *, allow_duplicate: bool = False) -> None:
        problems = self.form.validate()
        if problems:
            unplaced = self.form.show_problems([FieldProblem(k, m) for k, m in problems.items()])
            self.messages.show_error(
                unplaced or tr("CustomerEditor", "Please correct the marked fields")
            )
            return
        customers, actor, view = self.ctx.services.customers, self.ctx.actor, self.view
        changes = self.changes()
        self.buttons.setEnabled(False)
        self.messages.show_message(tr("CustomerEditor", "Saving..."))
        self.ctx.runner.submit(
            lambda: customers.edit(
                actor,
                view.code,
                changes,
                expected_version=view.version,
                allow_duplicate_email=allow_duplicate,
            ),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, view: CustomerView) -> None:
        self.saved = view
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, DuplicateCustomer):
            self.messages.show_error(
                tr(
                    "CustomerEditor",
                    "{email} is already registered to {name} ({code}). Change the email, or "
                    "Save anyway (Alt+A) only if this really is another person.",
                ).format(
                    email=self.form.email.text().strip(),
                    name=error.existing_name,
                    code=error.existing_code,
                )
            )
            self.anyway_button.show()
            self.form.email.setFocus()
        elif isinstance(error, ValidationError):
            unplaced = self.form.show_problems(error.problems)
            self.messages.show_error(
                unplaced or tr("CustomerEditor", "Please correct the marked fields")
            )
        else:
            self.messages.show_error(error)
