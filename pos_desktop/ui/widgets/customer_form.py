"""A customer's fields with live checks: the registration screen and the customer editor share it.

Checks run as the cashier types (debounced), with the very ``validate_customer`` the service
runs, so the form and the service cannot disagree; a field's problem shows once it was touched.
Tab walks the fields top to bottom; Enter moves to the next field, and from the last one-line
fields (VAT ID, type, language) asks to save (``submit_requested``). The address (street,
postcode, city) and the VAT ID are what a business visitor's full invoice prints.
"""

from __future__ import annotations

from dataclasses import asdict
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from pos_desktop.config import CustomerSettings
from pos_desktop.domain.customer import (
    CustomerFields,
    CustomerInput,
    CustomerType,
    validate_customer,
)
from pos_desktop.domain.customer_fields import CUSTOMER_FIELDS, FIELD_NAMES
from pos_desktop.domain.errors import FieldProblem, ValidationError
from pos_desktop.domain.languages import LANGUAGES
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr, value_name
from pos_desktop.ui.theme import colour
from pos_desktop.ui.widgets.country_picker import CountryPicker
from pos_desktop.ui.widgets.qr_view import grouped_phone

DEBOUNCE_MS = 250
ENTER_SAVES = ("VAT ID", "customer type", "language")  # the last one-line fields
#: Each field's key in ``editors`` (its label) by its ``CustomerInput`` attribute.
LABELS = {f.name: f.label for f in CUSTOMER_FIELDS}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def problem_text(problem: FieldProblem) -> str:
    """Next to its field, a bare "is required" reads "Name is required"; sentences stay."""
    if problem.message.startswith(("is ", "are ", "must ")):
        return f"{field_title(problem.field)} {said(problem.message)}"
    return said(problem.message)


def label(key: str) -> str:
    """``job title`` -> ``Job title``; ``VAT ID`` stays as it is."""
    return key[:1].upper() + key[1:]


#: The labels beside the fields (``label`` of each field of ``CUSTOMER_FIELDS``), for the
#: catalogue; a field without one here shows its English label.
TITLES = (
    QT_TRANSLATE_NOOP("CustomerForm", "Name"),
    QT_TRANSLATE_NOOP("CustomerForm", "Email"),
    QT_TRANSLATE_NOOP("CustomerForm", "Phone"),
    QT_TRANSLATE_NOOP("CustomerForm", "Company"),
    QT_TRANSLATE_NOOP("CustomerForm", "Job title"),
    QT_TRANSLATE_NOOP("CustomerForm", "Country"),
    QT_TRANSLATE_NOOP("CustomerForm", "Street"),
    QT_TRANSLATE_NOOP("CustomerForm", "Postcode"),
    QT_TRANSLATE_NOOP("CustomerForm", "City"),
    QT_TRANSLATE_NOOP("CustomerForm", "VAT ID"),
    QT_TRANSLATE_NOOP("CustomerForm", "Customer type"),
    QT_TRANSLATE_NOOP("CustomerForm", "Language"),
    QT_TRANSLATE_NOOP("CustomerForm", "Notes"),
)


def field_title(key: str) -> str:
    """The label beside a field, in the user's language (problems keep the English one)."""
    return tr("CustomerForm", label(key))


def editor_text(editor: QWidget) -> str:
    if isinstance(editor, CountryPicker):
        return editor.code()
    if isinstance(editor, QComboBox):
        return str(editor.currentData())
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    assert isinstance(editor, QLineEdit)
    return editor.text()


def set_editor_text(editor: QWidget, text: str) -> None:
    """What ``editor_text`` reads back: a country's code, a choice's data."""
    if isinstance(editor, CountryPicker):
        editor.set_code(text)
    elif isinstance(editor, QComboBox):
        editor.setCurrentIndex(max(0, editor.findData(text)))
    elif isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        assert isinstance(editor, QLineEdit)
        editor.setText(text)


class CustomerForm(QWidget):
    validated = Signal()  # after every check; ``problems`` holds the result
    submit_requested = Signal()  # Enter in the last one-line fields
    email_edited = Signal()

    def __init__(self, settings: CustomerSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.touched: set[str] = set()
        self.problems: dict[str, str] = {}
        self._enter_fields: dict[QObject, str] = {}
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.validate)
        self.name, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.company, self.job_title, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.street, self.postcode, self.vat_id = QLineEdit(), QLineEdit(), QLineEdit()
        self.street.setPlaceholderText(tr("CustomerForm", "with the company: a full invoice"))
        self.vat_id.setPlaceholderText(tr("CustomerForm", "EU VAT ID, e.g. DE136695976"))
        self.country = CountryPicker()
        self.customer_type = QComboBox()
        for kind in CustomerType:
            self.customer_type.addItem(label(value_name(kind.value)), kind.value)
        # Of receipts, invoices and emails: the first entry leaves it to the country.
        self.language = QComboBox()
        self.language.addItem(tr("CustomerForm", "From the country"), "")
        for code, own_name in LANGUAGES.items():  # each in its own words, as the menu lists them
            self.language.addItem(own_name, code)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        region = settings.default_phone_region
        national = tr("CustomerForm", "national numbers are read as {region}, or +country code")
        self.phone.setPlaceholderText(national.format(region=region))
        needed = settings.email_required
        self.email.setPlaceholderText(
            tr("CustomerForm", "required: the customer code is sent here")
            if needed
            else tr("CustomerForm", "optional")
        )
        # Keyed by label, as the domain's FieldProblems name fields; the list's order is the
        # Tab order. Each editor is the attribute named as its field.
        self.editors: dict[str, QWidget] = {f.label: getattr(self, f.name) for f in CUSTOMER_FIELDS}
        self.notices: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnMinimumWidth(1, 380)
        grid.setColumnStretch(2, 1)
        for row, (key, editor) in enumerate(self.editors.items()):
            self.notices[key] = notice = QLabel()
            notice.setWordWrap(True)
            grid.addWidget(QLabel(field_title(key)), row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(notice, row, 2)
            self._watch(key, editor)
        for before, after in pairwise(self.editors.values()):
            QWidget.setTabOrder(before, after)

    @property
    def last_editor(self) -> QWidget:
        return self.notes

    def _watch(self, key: str, editor: QWidget) -> None:
        def edited() -> None:
            self.touched.add(key)
            if key == "email":
                self.email_edited.emit()
            self.timer.start()

        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(edited)
        elif isinstance(editor, CountryPicker):
            editor.edited.connect(edited)  # the picker has the focus and feeds its line edit
        elif isinstance(editor, QComboBox):
            editor.currentIndexChanged.connect(edited)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(edited)
            return  # Enter is a new line in the notes
        self._enter_fields[editor] = key
        editor.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter in a one-line field: on to the next field, or save from the last ones."""
        key = self._enter_fields.get(watched)
        if (
            key is not None
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in ENTER_KEYS
            and event.modifiers() in PLAIN
        ):
            if key in ENTER_SAVES:
                self.submit_requested.emit()
            else:
                keys = list(self.editors)
                self.editors[keys[keys.index(key) + 1]].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -------------------------------------------------------------------------- values

    def form_input(self) -> CustomerInput:
        return CustomerInput(**{name: editor_text(self._editor(name)) for name in FIELD_NAMES})

    def _editor(self, name: str) -> QWidget:
        return self.editors[LABELS[name]]

    def load(self, fields: CustomerFields) -> None:
        """Show a stored customer's values, untouched (no problems shown until edited)."""
        for name, text in asdict(fields.as_input()).items():
            set_editor_text(self._editor(name), text)
        self.touched.clear()
        self.validate()

    def clear(self) -> None:
        for editor in self.editors.values():
            if isinstance(editor, CountryPicker):
                editor.set_code("")
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(0)
            elif isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.clear()
        self.touched.clear()
        self.validate()

    # -------------------------------------------------------------------------- checking

    def validate(self) -> dict[str, str]:
        """Run the domain's checks now; mark the touched fields' problems."""
        self.timer.stop()
        phone: str | None = None
        problems: list[FieldProblem] = []
        try:
            phone = validate_customer(
                self.form_input(),
                default_region=self._settings.default_phone_region,
                email_required=self._settings.email_required,
            ).phone
        except ValidationError as error:
            problems = error.problems
        self.problems = {}
        for problem in problems:
            self.problems.setdefault(problem.field, problem_text(problem))
        for key, notice in self.notices.items():
            if key in self.problems and key in self.touched:
                notice.setStyleSheet(f"color:{colour('error')};")
                notice.setText(self.problems[key])
            elif key == "phone" and phone:
                notice.setStyleSheet(f"color:{colour('muted')};")
                notice.setText(f"✓ {grouped_phone(phone)}")
            else:
                notice.setText("")
        self.validated.emit()
        return self.problems

    def show_problems(self, problems: list[FieldProblem]) -> str:
        """Every problem next to its field; focus the first. Returns those without a field."""
        self.touched.update(self.editors)
        self.validate()
        for problem in problems:
            if problem.field in self.notices:
                self.notices[problem.field].setStyleSheet(f"color:{colour('error')};")
                self.notices[problem.field].setText(problem_text(problem))
        bad = {p.field for p in problems}
        first = next((w for k, w in self.editors.items() if k in bad), None)
        if first is not None:
            first.setFocus()
        return "; ".join(str(p) for p in problems if p.field not in self.notices)
