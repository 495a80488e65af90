"""Register a visitor at the booth: type, save, show the code and its QR to photograph.

Keyboard first: Tab walks the fields top to bottom, Enter moves to the next field and saves from
the last one-line fields (city, type), Ctrl+S (or Ctrl+Enter, also in the notes) saves from
anywhere. Esc is not bound: nothing a cashier typed is ever thrown away by one key.

Checks run as the cashier types (debounced), with the very ``validate_customer`` the service
runs, so the form and the service cannot disagree; a field's problem shows once it was touched.
Threading: registering and drawing the QR run on ``ctx.runner`` (the QR in its own job, so a
failed drawing never makes a saved customer look unsaved and invite a second registration).
If saving fails (database gone) the form stays as typed and Ctrl+S tries again.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.adapters.qr_image import qr_png
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer import CustomerInput, CustomerType, validate_customer
from pos_desktop.domain.errors import DuplicateCustomer, FieldProblem, ValidationError
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.widgets.country_picker import CountryPicker
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone, describe_error
from pos_desktop.ui.widgets.qr_view import CustomerQrCard, grouped_phone

DEBOUNCE_MS = 250
QR_BOX_SIZE = 12  # 29 modules (8 characters, border included) -> 348 px
ENTER_SAVES = ("city", "customer type")  # the last one-line fields
ERROR_STYLE, HINT_STYLE = "color:#b91c1c;", "color:#4b5563;"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def problem_text(problem: FieldProblem) -> str:
    """Next to its field, a bare "is required" reads "Name is required"; sentences stay."""
    if problem.message.startswith(("is ", "are ", "must ")):
        return f"{problem.field.capitalize()} {problem.message}"
    return problem.message


def editor_text(editor: QWidget) -> str:
    if isinstance(editor, CountryPicker):
        return editor.code()
    if isinstance(editor, QComboBox):
        return str(editor.currentData())
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText()
    assert isinstance(editor, QLineEdit)
    return editor.text()


class RegisterCustomerScreen(QWidget):
    registered = Signal(object)  # the new CustomerView
    sell_requested = Signal(str)  # "Sell to this customer": the code, for the checkout

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saving = False
        self.last_registered: str | None = None
        self.touched: set[str] = set()
        self.problems: dict[str, str] = {}
        self._enter_fields: dict[QObject, str] = {}
        self._focus_before: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.validate)
        self.form_page, self.result = QWidget(), QWidget()
        self._build_form()
        self._build_result()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(self.result)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        for keys, page, slot in (
            ("Ctrl+S", self.form_page, self.save),
            ("Ctrl+Return", self.form_page, self.save),
            ("Ctrl+N", self.result, self.register_another),
            ("Return", self.result, self.register_another),
            ("Enter", self.result, self.register_another),
        ):
            QShortcut(QKeySequence(keys), page, slot)
        self.validate()

    # ------------------------------------------------------------------------------ layout

    def _build_form(self) -> None:
        self.name, self.email, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.company, self.job_title, self.city = QLineEdit(), QLineEdit(), QLineEdit()
        self.country = CountryPicker()
        self.customer_type = QComboBox()
        for kind in CustomerType:
            self.customer_type.addItem(kind.value.capitalize(), kind.value)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        settings = self.ctx.services.settings.customers
        region, needed = settings.default_phone_region, settings.email_required
        self.phone.setPlaceholderText(f"national numbers are read as {region}, or +country code")
        email_hint = "required: the customer code is sent here" if needed else "optional"
        self.email.setPlaceholderText(email_hint)
        # Keys are the field names of the domain's FieldProblems; the order is the Tab order.
        self.editors: dict[str, QWidget] = {
            "name": self.name,
            "email": self.email,
            "phone": self.phone,
            "company": self.company,
            "job title": self.job_title,
            "country": self.country,
            "city": self.city,
            "customer type": self.customer_type,
            "notes": self.notes,
        }
        self.notices: dict[str, QLabel] = {}
        self.form_box = QWidget()
        grid = QGridLayout(self.form_box)
        grid.setColumnMinimumWidth(1, 380)
        grid.setColumnStretch(2, 1)
        for row, (key, editor) in enumerate(self.editors.items()):
            self.notices[key] = notice = QLabel()
            notice.setWordWrap(True)
            grid.addWidget(QLabel(key.capitalize()), row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(notice, row, 2)
            self._watch(key, editor)
        title = QLabel("Register customer")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.messages = MessageBar()
        self.duplicate_box, self.duplicate_label = QFrame(), QLabel()
        self.duplicate_box.setStyleSheet("QFrame { background:#fff7e6; border-radius:4px; }")
        self.duplicate_label.setWordWrap(True)
        self.anyway_button = QPushButton("Register &anyway (Alt+A)")
        self.anyway_button.clicked.connect(lambda: self.save(allow_duplicate=True))
        duplicate_row = QHBoxLayout(self.duplicate_box)
        duplicate_row.addWidget(self.duplicate_label, 1)
        duplicate_row.addWidget(self.anyway_button)
        self.duplicate_box.hide()
        self.save_button = QPushButton("Save (Ctrl+S)")
        self.save_button.setStyleSheet("font-size: 14pt; padding: 8px 20px;")
        self.save_button.clicked.connect(self.save)
        self.save_hint = QLabel()
        self.save_hint.setStyleSheet(HINT_STYLE)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.save_hint, 1)
        layout = QVBoxLayout(self.form_page)
        for widget in (title, self.messages, self.duplicate_box, self.form_box):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addStretch(1)
        for before, after in pairwise([*self.editors.values(), self.save_button]):
            QWidget.setTabOrder(before, after)

    def _build_result(self) -> None:
        self.result_messages = MessageBar()
        self.card = CustomerQrCard()
        self.another_button = QPushButton("Register another (Ctrl+N / Enter)")
        self.another_button.setStyleSheet("font-size: 14pt; padding: 10px;")
        self.another_button.clicked.connect(self.register_another)
        self.card.buttons.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sell_button = QPushButton("Sell to this customer (Ctrl+B)")
        self.sell_button.setStyleSheet("font-size: 14pt; padding: 10px;")
        self.sell_button.clicked.connect(self.sell_to_registered)
        self.card.buttons.addWidget(self.sell_button, 0, Qt.AlignmentFlag.AlignLeft)
        sell = QShortcut(QKeySequence("Ctrl+B"), self.result, self.sell_to_registered)
        sell.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout = QVBoxLayout(self.result)
        layout.addWidget(self.result_messages)
        layout.addWidget(self.card)
        layout.addStretch(1)

    def _watch(self, key: str, editor: QWidget) -> None:
        def edited() -> None:
            self.touched.add(key)
            if key == "email":
                self.duplicate_box.hide()  # the warning was about the address as it was
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
                self.save()
            else:
                keys = list(self.editors)
                self.editors[keys[keys.index(key) + 1]].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -------------------------------------------------------------------------- checking

    def form_input(self) -> CustomerInput:
        values = {key.replace(" ", "_"): editor_text(w) for key, w in self.editors.items()}
        return CustomerInput(**values)

    def validate(self) -> dict[str, str]:
        """Run the domain's checks now; mark touched fields; enable Save only when all pass."""
        self.timer.stop()
        settings = self.ctx.services.settings.customers
        phone: str | None = None
        problems: list[FieldProblem] = []
        try:
            phone = validate_customer(
                self.form_input(),
                default_region=settings.default_phone_region,
                email_required=settings.email_required,
            ).phone
        except ValidationError as error:
            problems = error.problems
        self.problems = {}
        for problem in problems:
            self.problems.setdefault(problem.field, problem_text(problem))
        for key, notice in self.notices.items():
            if key in self.problems and key in self.touched:
                notice.setStyleSheet(ERROR_STYLE)
                notice.setText(self.problems[key])
            elif key == "phone" and phone:
                notice.setStyleSheet(HINT_STYLE)
                notice.setText(f"✓ {grouped_phone(phone)}")
            else:
                notice.setText("")
        self.save_button.setEnabled(not self.problems and not self.saving)
        missing = ", ".join(self.problems)
        self.save_hint.setText(f"To save, complete or correct: {missing}" if missing else "")
        return self.problems

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Every problem next to its field (the rest in the message bar); focus the first."""
        self.touched.update(self.editors)
        self.validate()
        for problem in problems:
            if problem.field in self.notices:
                self.notices[problem.field].setStyleSheet(ERROR_STYLE)
                self.notices[problem.field].setText(problem_text(problem))
        unplaced = "; ".join(str(p) for p in problems if p.field not in self.notices)
        self.messages.show_error(unplaced or "Please correct the marked fields")
        bad = {p.field for p in problems}
        first = next((w for k, w in self.editors.items() if k in bad), None)
        if first is not None:
            first.setFocus()

    # ---------------------------------------------------------------------------- saving

    def activate(self) -> None:
        """Called when the screen is shown: ready for the next visitor's name."""
        on_form = self.pages.currentWidget() is self.form_page
        (self.name if on_form else self.another_button).setFocus()

    def save(self, *, allow_duplicate: bool = False) -> None:
        if self.saving or self.pages.currentWidget() is not self.form_page:
            return
        problems = self.validate()
        if problems:
            self.show_problems([FieldProblem(k, m) for k, m in problems.items()])
            return
        data, actor, services = self.form_input(), self.ctx.actor, self.ctx.services
        self._focus_before = QApplication.focusWidget()
        self._set_saving(True)
        self.messages.show_message("Saving...")
        self.ctx.runner.submit(
            lambda: services.customers.register(actor, data, allow_duplicate_email=allow_duplicate),
            self._saved,
            self._save_failed,
            owner=self,
        )

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.form_box.setEnabled(not saving)
        self.anyway_button.setEnabled(not saving)
        self.save_button.setEnabled(not saving and not self.problems)

    def _saved(self, view: CustomerView) -> None:
        self._set_saving(False)
        self.duplicate_box.hide()
        self.messages.clear_message()
        self.card.show_customer(view)
        self.last_registered = view.code
        self.result_messages.show_message(f"Registered {view.name}", Tone.SUCCESS)
        self.pages.setCurrentWidget(self.result)
        self.another_button.setFocus()
        code = view.code
        self.ctx.runner.submit(
            lambda: qr_png(code, box_size=QR_BOX_SIZE),
            lambda png: self.card.qr.show_png(png) if self.card.shows(code) else None,
            lambda error: self._qr_failed(code, error),
            owner=self,
        )
        self.registered.emit(view)

    def _qr_failed(self, code: str, error: Exception) -> None:
        if self.card.shows(code):
            self.card.qr.clear_qr("No QR image")
            self.result_messages.show_error(
                f"The customer is saved, but drawing the QR failed: {describe_error(error)}"
            )

    def _save_failed(self, error: Exception) -> None:
        self._set_saving(False)
        focus = self._focus_before
        if focus is not None and self.form_page.isAncestorOf(focus):
            focus.setFocus()
        if isinstance(error, DuplicateCustomer):
            self.messages.clear_message()
            self.duplicate_label.setText(
                f"<b>{escape(self.email.text().strip())}</b> is already registered to "
                f"<b>{escape(error.existing_name)}</b> "
                f"({CustomerCode(error.existing_code).display}). Change the email, or register"
                " anyway only if this really is another person."
            )
            self.duplicate_box.show()
            self.email.setFocus()
        elif isinstance(error, ValidationError):
            self.show_problems(error.problems)
        else:
            self.messages.show_error(
                f"{describe_error(error)} - the form is kept: press Ctrl+S to try again"
            )

    def sell_to_registered(self) -> None:
        """Straight to the checkout with the visitor just registered (the main window routes it)."""
        if self.last_registered is not None:
            self.sell_requested.emit(self.last_registered)

    def register_another(self) -> None:
        if self.pages.currentWidget() is not self.result:
            return
        for editor in self.editors.values():
            if isinstance(editor, CountryPicker):
                editor.set_code("")
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(0)
            elif isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.clear()
        self.touched.clear()
        self.messages.clear_message()
        self.duplicate_box.hide()
        self.card.show_customer(None)
        self.pages.setCurrentWidget(self.form_page)
        self.validate()
        self.name.setFocus()
