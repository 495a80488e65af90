"""Users (admins): who may log in at the tills, with which role; add, disable, reset, promote.

Every change goes through the user service, which checks the policy (password rules, at least
one admin left, nobody disables themselves) and audits it; this screen only asks and explains.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.roles import Role
from pos_desktop.services.users import UserView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, role_name, tr
from pos_desktop.ui.local_dates import CLOCK_SECONDS, DATE_TIME, moment_text
from pos_desktop.ui.models.paged_table import Column, PagedTableModel
from pos_desktop.ui.widgets.list_table import ListTable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

COLUMNS: tuple[Column[UserView], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "User"), lambda u: u.username),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda u: u.display_name),
    Column(QT_TRANSLATE_NOOP("Columns", "Role"), lambda u: role_name(u.role)),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Enabled"),
        lambda u: tr("Users", "yes") if u.active else tr("Users", "no"),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Waits until"),
        lambda u: moment_text(u.locked_until, CLOCK_SECONDS),
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Last login"),
        lambda u: moment_text(u.last_login_at, DATE_TIME),
    ),
)


def _password_pair() -> tuple[QLineEdit, QLineEdit]:
    first, second = QLineEdit(), QLineEdit()
    for field in (first, second):
        field.setEchoMode(QLineEdit.EchoMode.Password)
    return first, second


def _roles() -> QComboBox:
    box = QComboBox()
    for role in Role:
        box.addItem(role_name(role), role)
    return box


class UsersScreen(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.model: PagedTableModel[UserView] = PagedTableModel(ctx.runner, COLUMNS, self._query)
        self.model.failed.connect(self.messages.show_error)
        self.table = ListTable(stretch_column=1)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self._add_box())
        row.addWidget(self._selected_box())
        layout.addLayout(row)
        self._loaded = False

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(tr("Users", "Add a user"))
        self.new_username, self.new_name, self.new_role = QLineEdit(), QLineEdit(), _roles()
        self.new_password, self.new_password_again = _password_pair()
        self.add_button = QPushButton(tr("Users", "Add user"))
        self.add_button.clicked.connect(self.add_user)
        form = QFormLayout(box)
        form.addRow(tr("Users", "User name"), self.new_username)
        form.addRow(tr("Users", "Full name"), self.new_name)
        form.addRow(tr("Users", "Role"), self.new_role)
        form.addRow(tr("Users", "Password"), self.new_password)
        form.addRow(tr("Users", "Password again"), self.new_password_again)
        form.addRow(self.add_button)
        self.new_password_again.returnPressed.connect(self.add_user)
        return box

    def _selected_box(self) -> QGroupBox:
        box = self.selected_box = QGroupBox(tr("Users", "Selected user"))
        self.role = _roles()
        self.role_button = QPushButton(tr("Users", "Set role"))
        self.role_button.clicked.connect(self.set_role)
        self.enable_button = QPushButton(tr("Users", "Disable / enable"))
        self.enable_button.clicked.connect(self.toggle_enabled)
        self.reset_password, self.reset_password_again = _password_pair()
        self.reset_button = QPushButton(tr("Users", "Reset password"))
        self.reset_button.clicked.connect(self.reset)
        form = QFormLayout(box)
        role_row = QHBoxLayout()
        role_row.addWidget(self.role)
        role_row.addWidget(self.role_button)
        form.addRow(tr("Users", "Role"), role_row)
        form.addRow(self.enable_button)
        form.addRow(tr("Users", "New password"), self.reset_password)
        form.addRow(tr("Users", "New password again"), self.reset_password_again)
        form.addRow(self.reset_button)
        return box

    # -- loading

    def activate(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.model.restart()
        self.table.setFocus()

    def _query(self) -> Callable[[UserView | None, int], list[UserView]]:
        """All users in one page: a booth has a handful."""
        actor, users = self.ctx.actor, self.ctx.services.users
        return lambda after, _limit: [] if after is not None else users.list_users(actor)

    def selected(self) -> UserView | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        """The box under the list speaks of the selected user: their name, role and state."""
        user = self.selected()
        if user is None:
            self.selected_box.setTitle(tr("Users", "Selected user"))
            return
        title = (
            tr("Users", "Selected user: {user} (enabled)")
            if user.active
            else tr("Users", "Selected user: {user} (disabled)")
        )
        self.selected_box.setTitle(title.format(user=user.username))
        self.role.setCurrentIndex(self.role.findData(user.role))
        self.enable_button.setText(tr("Users", "Disable") if user.active else tr("Users", "Enable"))

    # -- actions

    def _do(self, job: Callable[[], object], done: str) -> None:
        def finished(_result: object) -> None:
            self.messages.show_message(done, Tone.SUCCESS)
            self.model.restart()

        self.ctx.runner.submit(job, finished, self.messages.show_error, owner=self)

    def _same(self, first: QLineEdit, second: QLineEdit) -> str | None:
        if first.text() != second.text():
            self.messages.show_error(tr("Users", "the two passwords differ; type them again"))
            first.clear()
            second.clear()
            first.setFocus()
            return None
        return first.text()

    def add_user(self) -> None:
        password = self._same(self.new_password, self.new_password_again)
        if password is None:
            return
        actor, users = self.ctx.actor, self.ctx.services.users
        username, name = self.new_username.text(), self.new_name.text()
        role = Role(self.new_role.currentData())
        self._do(
            lambda: users.add_user(
                actor, username=username, password=password, role=role, display_name=name
            ),
            tr("Users", "{user} added as {role}").format(
                user=username.strip().lower(), role=role_name(role)
            ),
        )
        for field in (self.new_username, self.new_name, self.new_password):
            field.clear()
        self.new_password_again.clear()

    def set_role(self) -> None:
        user = self.selected()
        if user is None:
            self.messages.show_error(tr("Users", "select a user first"))
            return
        actor, users, role = self.ctx.actor, self.ctx.services.users, Role(self.role.currentData())
        self._do(
            lambda: users.update_user(
                actor, user.username, role=role, expected_version=user.version
            ),
            tr("Users", "{user} is now {role}").format(user=user.username, role=role_name(role)),
        )

    def toggle_enabled(self) -> None:
        user = self.selected()
        if user is None:
            self.messages.show_error(tr("Users", "select a user first"))
            return
        actor, users, active = self.ctx.actor, self.ctx.services.users, not user.active
        self._do(
            lambda: users.update_user(
                actor, user.username, active=active, expected_version=user.version
            ),
            (tr("Users", "{user} enabled") if active else tr("Users", "{user} disabled")).format(
                user=user.username
            ),
        )

    def reset(self) -> None:
        user = self.selected()
        password = self._same(self.reset_password, self.reset_password_again)
        if user is None or password is None:
            if user is None:
                self.messages.show_error(tr("Users", "select a user first"))
            return
        actor, users = self.ctx.actor, self.ctx.services.users
        self._do(
            lambda: users.change_password(actor, user.username, password),
            tr("Users", "password of {user} reset").format(user=user.username),
        )
        self.reset_password.clear()
        self.reset_password_again.clear()
