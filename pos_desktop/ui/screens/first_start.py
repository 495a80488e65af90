"""First start: the first admin (there is no default password), the exhibition, demo data.

Shown when the database has no users. It says which database it is about to set up, because at
a booth with several tills the usual mistake is setting up a local SQLite file instead of the
shared PostgreSQL server; another database is chosen with ``POS_DATABASE_URL`` or the config
file (no picker here). The password policy is checked with the domain's ``check_new_password``,
the same function the CLI's ``init`` and the service use, before anything is written; the
schema upgrade, the setup and the demo data then run on the runner.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.bootstrap import Services
from pos_desktop.config import default_config_file, masked
from pos_desktop.domain.errors import ProblemCollector, ValidationError
from pos_desktop.domain.money import validate_currency
from pos_desktop.domain.passwords import check_new_password, normalize_username
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.demo_data import DemoDataService, DemoSummary
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.setup import SetupResult
from pos_desktop.storage import migrate
from pos_desktop.storage.uow import reporting_unavailable
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone, describe_error
from pos_desktop.ui.workers import Runner


def setup_actor() -> Actor:
    """Who the audit log names for the setup: the operating-system user, as the CLI does."""
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (some containers)
        login = "unknown"
    return Actor(None, f"setup:{login}", Role.ADMIN, f"setup:{login}")


@dataclass(frozen=True)
class FirstStartForm:
    admin_name: str
    display_name: str
    password: str
    exhibition: ExhibitionInput
    demo_data: bool


@dataclass(frozen=True)
class FirstStartOutcome:
    setup: SetupResult
    demo: DemoSummary | None
    demo_error: Exception | None


class FirstStartDialog(QDialog):
    """Accepts once the admin exists; ``admin_name`` and ``notice`` are for the login dialog."""

    def __init__(
        self,
        services: Services,
        runner: Runner,
        *,
        demo_customers: int = 120,
        demo_invoices: int = 300,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Booth POS: first start")
        self.setMinimumWidth(600)
        self._services = services
        self._runner = runner
        self._demo_counts = (demo_customers, demo_invoices)
        self.busy = False
        self.admin_name = ""
        self.notice = ""
        self.notice_tone = Tone.SUCCESS
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText("optional: the admin's full name")
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        minimum = services.settings.security.min_password_length
        self.password.setPlaceholderText(f"at least {minimum} characters")
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.exhibition_name = QLineEdit()
        self.exhibition_name.setPlaceholderText("e.g. Expo 2026")
        self.exhibition_code = QLineEdit()
        self.exhibition_code.setPlaceholderText("short code in invoice numbers; empty: suggested")
        self.currency = QLineEdit(services.settings.billing.default_currency)
        self.currency.setMaxLength(3)
        self.demo = QCheckBox("Add &demo data (customers, products and a few days of sales)")
        self.database = QLineEdit(masked("database.url", services.db.url))
        self.database.setReadOnly(True)
        self.message = MessageBar()
        self.create_button = QPushButton("&Create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton("&Quit")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self._layout()
        self.username.setFocus()

    def _layout(self) -> None:
        intro = QLabel(
            "<b>Welcome.</b> This database has no users yet: create the first admin "
            "and the exhibition you sell for."
        )
        intro.setWordWrap(True)
        config = self._services.settings.config_file or default_config_file()
        note = QLabel(
            f"Another database (e.g. the booth's PostgreSQL server)? Set POS_DATABASE_URL, or "
            f"<code>url</code> under <code>[database]</code> in {config}, then start again."
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        database = QGroupBox(f"Database ({self._services.db.backend})")
        database_layout = QVBoxLayout(database)
        database_layout.addWidget(self.database)
        database_layout.addWidget(note)
        form = QFormLayout()
        form.addRow("Admin &user name", self.username)
        form.addRow("Full &name", self.display_name)
        form.addRow("&Password", self.password)
        form.addRow("Password &again", self.password_again)
        form.addRow("&Exhibition", self.exhibition_name)
        form.addRow("Exhibition c&ode", self.exhibition_code)
        form.addRow("Cu&rrency", self.currency)
        form.addRow("", self.demo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(database)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # The read-only database field comes first in the form but is no stop for Tab.
        self.database.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def read_form(self) -> FirstStartForm:
        """The typed values, or one ``ValidationError`` listing every problem."""
        problems = ProblemCollector()
        name = ""
        with problems.collect():
            name = normalize_username(self.username.text())
        password = self.password.text()
        if password != self.password_again.text():
            problems.add("password", "the two passwords differ")
        else:
            with problems.collect():
                minimum = self._services.settings.security.min_password_length
                check_new_password(password, username=name, min_length=minimum)
        exhibition_name = self.exhibition_name.text().strip()
        if not exhibition_name:
            problems.add("exhibition", "needs a name")
        currency = ""
        with problems.collect():
            currency = validate_currency(self.currency.text())
        problems.raise_if_any()
        exhibition = ExhibitionInput(
            name=exhibition_name, code=self.exhibition_code.text().strip(), currency=currency
        )
        return FirstStartForm(
            name, self.display_name.text().strip(), password, exhibition, self.demo.isChecked()
        )

    def submit(self) -> None:
        if self.busy:
            return
        try:
            form = self.read_form()
        except ValidationError as error:
            self.message.show_error("\n".join(str(p) for p in error.problems))
            self._focus_first_problem(error)
            return
        self.busy = True
        self.create_button.setEnabled(False)
        extra = " and the demo data (this takes a moment)" if form.demo_data else ""
        self.message.show_message(f"Creating the admin, the exhibition{extra}...", Tone.INFO)
        self._runner.submit(lambda: self._create(form), self._created, self._failed, owner=self)

    def _create(self, form: FirstStartForm) -> FirstStartOutcome:
        """Pool thread: the schema first (a new database is empty), then one setup transaction."""
        services = self._services
        with reporting_unavailable():
            migrate.upgrade(services.db.engine)
        actor = setup_actor()
        result = services.setup.initialize(
            actor,
            admin_username=form.admin_name,
            admin_password=form.password,
            admin_display_name=form.display_name,
            exhibition=form.exhibition,
        )
        if not form.demo_data:
            return FirstStartOutcome(result, None, None)
        demo = DemoDataService(services.db, services.settings, services.station, services.clock)
        customers, invoices = self._demo_counts
        try:
            summary = demo.generate(actor, customers=customers, invoices=invoices)
        except Exception as error:  # the setup is saved: report the demo's failure, go on
            return FirstStartOutcome(result, None, error)
        return FirstStartOutcome(result, summary, None)

    def _created(self, outcome: FirstStartOutcome) -> None:
        self.busy = False
        self.admin_name = outcome.setup.admin.username
        parts = [f"Set up: admin {self.admin_name}"]
        if outcome.setup.exhibition:
            ex = outcome.setup.exhibition
            parts.append(f"exhibition {ex.name} ({ex.code}, {ex.currency})")
        if outcome.demo:
            parts.append(f"demo data: {outcome.demo.customers} customers")
        self.notice = ", ".join(parts) + ". Log in now."
        if outcome.demo_error:
            self.notice_tone = Tone.ERROR
            self.notice += f" The demo data failed: {describe_error(outcome.demo_error)}"
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.create_button.setEnabled(True)
        self.message.show_error(error)

    def _focus_first_problem(self, error: ValidationError) -> None:
        fields = {
            "user name": self.username,
            "password": self.password,
            "exhibition": self.exhibition_name,
            "currency": self.currency,
        }
        for field in error.fields:
            if field in fields:
                target = fields[field]
                target.setFocus()
                target.selectAll()
                return
