"""First start: the database, then the first admin and the exhibition, with optional demo data.

Shown when the database has no users. Two pages in one dialog: ``DatabasePage`` (which
database; "Test connection") and ``SetupPage`` (admin, exhibition, demo data). Going on with
another database than the configured one creates or upgrades its schema, saves its URL in the
config file and rebuilds the services on it (``database_switch``); if it already has users the
dialog accepts at once with ``log_in_instead`` set, for the login. The caller takes
``services`` back from the dialog: it may be a new object on the new database.

The schema, the setup and the demo data are one call of the database admin service (the CLI's
``init`` makes the same). Threading: every database and file step (probe, schema, setup, demo
data) runs on the runner.
"""

from __future__ import annotations

import getpass

import shiboken6
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import masked
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.database_admin import (
    PROBE_TIMEOUT_S,
    DemoRequest,
    FirstStart,
    FirstStartOutcome,
    same_database,
)
from pos_desktop.ui.database_switch import Connect, Switched, switch_database
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr
from pos_desktop.ui.screens.database_page import DatabasePage
from pos_desktop.ui.screens.setup_page import FirstStartForm, SetupPage
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone, describe_error
from pos_desktop.ui.workers import Runner

__all__ = ["FirstStartDialog", "FirstStartForm", "FirstStartOutcome", "setup_actor"]


STEPS = (
    QT_TRANSLATE_NOOP("FirstStart", "Step 1 of 2: the database"),
    QT_TRANSLATE_NOOP("FirstStart", "Step 2 of 2: the first admin and the exhibition"),
)


def setup_actor() -> Actor:
    """Who the audit log names for the setup: the operating-system user, as the CLI does."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        login = "unknown"
    return Actor(None, f"setup:{login}", Role.ADMIN, f"setup:{login}")


class FirstStartDialog(QDialog):
    """Accepts once the admin exists (or the chosen database has users: ``log_in_instead``);
    ``services``, ``admin_name`` and ``notice`` are for the login dialog."""

    def __init__(
        self,
        services: Services,
        runner: Runner,
        *,
        connect: Connect = build_services,
        probe_timeout_s: int = PROBE_TIMEOUT_S,
        demo_customers: int = 120,
        demo_invoices: int = 300,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("FirstStart", "Booth POS: first start"))
        self.setMinimumWidth(640)
        self.services = services
        self._runner = runner
        self._connect = connect
        self._timeout_s = probe_timeout_s
        self._demo_counts = (demo_customers, demo_invoices)
        self.busy = False
        self._focus_before: QWidget | None = None
        self.log_in_instead = False
        self.admin_name = ""
        self.notice = ""
        self.notice_tone = Tone.SUCCESS
        self.database_page = DatabasePage(
            services.settings, runner, probe_timeout_s=probe_timeout_s
        )
        self.setup_page = SetupPage(services.settings)
        self.step = QLabel()
        heading = self.step.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        heading.setBold(True)
        self.step.setFont(heading)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.database_page)
        self.pages.addWidget(self.setup_page)
        self.message = MessageBar()
        self.quit_button = QPushButton(tr("FirstStart", "&Quit"))
        self.back_button = QPushButton(tr("FirstStart", "&Back"))
        self.back_button.setToolTip(tr("FirstStart", "Back to the choice of database (Alt+B)"))
        self.next_button = QPushButton(tr("FirstStart", "&Next"))
        self.create_button = QPushButton(tr("FirstStart", "&Create"))
        for button in (self.quit_button, self.back_button):
            button.setAutoDefault(False)
        # The default button of their page (one shows at a time), styled so from the start:
        # the bold text of ``:default`` alone was wider than the size given, and cut.
        for button in (self.next_button, self.create_button):
            button.setProperty("role", "primary")
        self.quit_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.show_database_page)
        self.next_button.clicked.connect(self.go_on)
        self.create_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.show_database_page()

    def show_database_page(self) -> None:
        self._switch_page(database=True)
        self.database_page.focus_first()

    def show_setup_page(self) -> None:
        admin = self.services.database_admin
        self.setup_page.show_database(admin.backend, masked("database.url", admin.url))
        self._switch_page(database=False)
        self.setup_page.username.setFocus()

    def _switch_page(self, *, database: bool) -> None:
        self.message.clear_message()
        self.pages.setCurrentWidget(self.database_page if database else self.setup_page)
        self.step.setText(tr("FirstStart", STEPS[0] if database else STEPS[1]))
        # A hidden button's mnemonic does not fire; the visible default takes Enter.
        self.back_button.setVisible(not database)
        self.next_button.setVisible(database)
        self.create_button.setVisible(not database)
        self.next_button.setDefault(database)
        self.create_button.setDefault(not database)

    def go_on(self) -> None:
        """Page 1 -> page 2; on another database than the current one, switch to it first."""
        if self.busy:
            return
        try:
            url = self.database_page.chosen_url()
        except ValidationError as error:
            self.message.show_error(error)
            return
        if same_database(url, self.services.database_admin.url):
            self.show_setup_page()
            return
        self._set_busy(True)
        self.message.show_message(
            tr("FirstStart", "Preparing the database (creating or upgrading its tables)..."),
            Tone.INFO,
        )
        settings, connect, timeout = self.services.settings, self._connect, self._timeout_s
        self._runner.submit(
            lambda: switch_database(settings, url, connect=connect, timeout_s=timeout),
            self._switched,
            self._failed,
            owner=self,
        )

    def _switched(self, switched: Switched) -> None:
        self._set_busy(False)
        self.services = switched.services
        self.database_page.show_probe(switched.probe)
        if switched.has_users:
            self.log_in_instead = True
            self.notice = tr(
                "FirstStart", "This database is already set up: log in. (Saved in {path}.)"
            ).format(path=switched.saved_to)
            self.notice_tone = Tone.INFO
            self.accept()
            return
        self.show_setup_page()
        self.message.show_message(
            tr("FirstStart", "Database chosen and saved in {path}.").format(path=switched.saved_to),
            Tone.SUCCESS,
        )

    def submit(self) -> None:
        if self.busy:
            return
        try:
            form = self.setup_page.read_form()
        except ValidationError as error:
            self.message.show_error(
                "\n".join(f"{said(p.field)}: {said(p.message)}" for p in error.problems)
            )
            self.setup_page.focus_first_problem(error)
            return
        self._set_busy(True)
        creating = (
            tr(
                "FirstStart",
                "Creating the admin, the exhibition and the demo data (this takes a moment)...",
            )
            if form.demo_data
            else tr("FirstStart", "Creating the admin, the exhibition...")
        )
        self.message.show_message(creating, Tone.INFO)
        customers, invoices = self._demo_counts
        demo = DemoRequest(customers, invoices) if form.demo_data else None
        request = FirstStart(
            form.admin_name, form.password, form.display_name, form.exhibition, demo
        )
        admin = self.services.database_admin
        self._runner.submit(
            lambda: admin.first_start(setup_actor(), request),
            self._created,
            self._failed,
            owner=self,
        )

    def _created(self, outcome: FirstStartOutcome) -> None:
        self._set_busy(False)
        self.admin_name = outcome.setup.admin.username
        parts = [tr("FirstStart", "Set up: admin {name}").format(name=self.admin_name)]
        if outcome.setup.exhibition:
            ex = outcome.setup.exhibition
            parts.append(
                tr("FirstStart", "exhibition {name} ({code}, {currency})").format(
                    name=ex.name, code=ex.code, currency=ex.currency
                )
            )
        if outcome.demo:
            parts.append(
                tr("FirstStart", "demo data: {count} customers").format(
                    count=outcome.demo.customers
                )
            )
        self.notice = ", ".join(parts) + ". " + tr("FirstStart", "Log in now.")
        if outcome.demo_error:
            self.notice_tone = Tone.ERROR
            failed = tr("FirstStart", "The demo data failed: {error}")
            self.notice += " " + failed.format(error=describe_error(outcome.demo_error))
        self.accept()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        self.message.show_error(error)

    def _set_busy(self, busy: bool) -> None:
        """Nothing to edit while the work runs; the keyboard focus comes back where it was."""
        if busy:
            self._focus_before = QApplication.focusWidget()
        self.busy = busy
        self.pages.setEnabled(not busy)
        for button in (self.back_button, self.next_button, self.create_button):
            button.setEnabled(not busy)
        focus = self._focus_before
        if not busy and focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus()
