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
        self.display_name.setPlaceholderText("optional: the admin's full name")
        self.password = QLineEdit()
        self.password_again = QLineEdit()
        self.password.setPlaceholderText(f"at least {self._min_password} characters")
        for field in (self.password, self.password_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.exhibition_name = QLineEdit()
        self.exhibition_name.setPlaceholderText("e.g. Expo 2026")
        self.exhibition_code = QLineEdit()
        self.exhibition_code.setPlaceholderText("short code in invoice numbers; empty: suggested")
        self.currency = QLineEdit(settings.billing.default_currency)
        self.currency.setMaxLength(3)
        self.demo = QCheckBox("Add &demo data (customers, products and a few days of sales)")
        intro = QLabel(
            "Now the first admin (there is no default password) and the exhibition you sell "
            "for. More users are added later under Users."
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Admin &user name", self.username)
        form.addRow("Full &name", self.display_name)
        form.addRow("&Password", self.password)
        form.addRow("Password &again", self.password_again)
        form.addRow("&Exhibition", self.exhibition_name)
        form.addRow("Exhibition c&ode", self.exhibition_code)
        form.addRow("Cu&rrency", self.currency)
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
            where = f"the SQLite file <code>{html.escape(path)}</code>"
        else:
            where = f"the PostgreSQL database <code>{html.escape(shown_url)}</code>"
        self.database.setText(f"Setting up {where}.")

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
                check_new_password(password, username=name, min_length=self._min_password)
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
