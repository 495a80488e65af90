"""First start, page 2: the first admin (there is no default password) and the exhibition.

The password policy is checked with the domain's ``check_new_password``, the same function the
CLI's ``init`` and the user service use, before anything is written.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from pos_desktop.config import Settings
from pos_desktop.domain.errors import ProblemCollector, ValidationError
from pos_desktop.domain.money import validate_currency
from pos_desktop.domain.passwords import check_new_password, normalize_username
from pos_desktop.services.database_admin import DatabaseLocation
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.ui.i18n import tr


@dataclass(frozen=True)
class FirstStartForm:
    admin_name: str
    display_name: str
    password: str
    exhibition: ExhibitionInput
    demo_data: bool


class SetupPage(QWidget):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min_password = settings.security.min_password_length
        self.database = QLabel()
        self.database.setWordWrap(True)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(tr("SetupPage", "optional: the admin's full name"))
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        self.password.setPlaceholderText(
            tr("SetupPage", "at least {count} characters").format(count=self._min_password)
        )
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.exhibition_name = QLineEdit()
        self.exhibition_name.setPlaceholderText(tr("SetupPage", "e.g. Expo 2026"))
        self.exhibition_code = QLineEdit()
        self.exhibition_code.setPlaceholderText(
            tr("SetupPage", "short code in invoice numbers; empty: suggested")
        )
        self.currency = QLineEdit(settings.billing.default_currency)
        self.currency.setMaxLength(3)
        self.demo = QCheckBox(
            tr("SetupPage", "Add &demo data (customers, products and a few days of sales)")
        )
        intro = QLabel(
            tr(
                "SetupPage",
                "Now the first admin (there is no default password) and the exhibition you sell "
                "for. More users are added later under Users.",
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("SetupPage", "Admin &user name"), self.username)
        form.addRow(tr("SetupPage", "Full &name"), self.display_name)
        form.addRow(tr("SetupPage", "&Password"), self.password)
        form.addRow(tr("SetupPage", "Password &again"), self.password_again)
        form.addRow(tr("SetupPage", "&Exhibition"), self.exhibition_name)
        form.addRow(tr("SetupPage", "Exhibition c&ode"), self.exhibition_code)
        form.addRow(tr("SetupPage", "Cu&rrency"), self.currency)
        form.addRow("", self.demo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.database)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)

    def show_database(self, backend: str, shown_url: str) -> None:
        """``shown_url`` without its password (``config.masked``); a file is shown as a path."""
        if backend == "sqlite":
            path = DatabaseLocation.of(shown_url).file or ""
            where = tr("SetupPage", "Setting up the SQLite file <code>{path}</code>.")
            self.database.setText(where.format(path=html.escape(path)))
        else:
            where = tr("SetupPage", "Setting up the PostgreSQL database <code>{url}</code>.")
            self.database.setText(where.format(url=html.escape(shown_url)))

    def read_form(self) -> FirstStartForm:
        """The typed values, or one ``ValidationError`` listing every problem."""
        problems = ProblemCollector()
        name = ""
        with problems.collect():
            name = normalize_username(self.username.text())
        password = self.password.text()
        if password != self.password_again.text():
            problems.add("password", tr("SetupPage", "the two passwords differ"))
        else:
            with problems.collect():
                check_new_password(password, username=name, min_length=self._min_password)
        exhibition_name = self.exhibition_name.text().strip()
        if not exhibition_name:
            problems.add("exhibition", tr("SetupPage", "needs a name"))
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

    def focus_first_problem(self, error: ValidationError) -> None:
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
