"""Register a visitor at the booth: type, save, show the code and its QR to photograph.

Keyboard first: Tab walks the fields top to bottom, Enter moves to the next field and saves from
the last one-line fields (VAT ID, type), Ctrl+S (or Ctrl+Enter, also in the notes) saves from
anywhere. Esc is not bound: nothing a cashier typed is ever thrown away by one key. The fields
and their live checks are the shared ``CustomerForm``.
Threading: registering and drawing the QR run on ``ctx.runner`` (the QR in its own job, so a
failed drawing never makes a saved customer look unsaved and invite a second registration).
If saving fails (database gone) the form stays as typed and Ctrl+S tries again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.adapters.qr_image import qr_png
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import DuplicateCustomer, FieldProblem, ValidationError
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.exactly_once import submit_keyed
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.offline_switch import REGISTERED_OFFLINE, run_keyed
from pos_desktop.ui.theme import colour
from pos_desktop.ui.widgets.customer_form import CustomerForm, field_title
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone, describe_error
from pos_desktop.ui.widgets.pdf_actions import PdfActions
from pos_desktop.ui.widgets.qr_view import CustomerQrCard

QR_BOX_SIZE = 12  # 29 modules (8 characters, border included) -> 348 px


class RegisterCustomerScreen(QWidget):
    registered = Signal(object)  # the new CustomerView
    sell_requested = Signal(str)  # "Sell to this customer": the code, for the checkout
    #: How long a registered visitor's name, email and QR stay on screen: the next visitor at
    #: the counter must not read them. Selling to them clears them at once.
    clear_after_ms = 60_000

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saving = False
        #: The visitor's idempotency key, from the empty form until they are registered.
        self.key = ActionKey.new()
        self.last_registered: str | None = None
        self._focus_before: QWidget | None = None
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
        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.timeout.connect(self.clear_result)
        self.validate()

    # ------------------------------------------------------------------------------ layout

    def _build_form(self) -> None:
        self.form = self.form_box = CustomerForm(self.ctx.services.settings.customers)
        self.form.validated.connect(self._form_checked)
        self.form.submit_requested.connect(self.save)
        # The fields by name, for the tests and the window (the form owns them).
        self.editors, self.notices = self.form.editors, self.form.notices
        self.name, self.email, self.country = self.form.name, self.form.email, self.form.country
        self.phone, self.company = self.form.phone, self.form.company
        self.city, self.notes = self.form.city, self.form.notes
        self.street, self.postcode, self.vat_id = (
            self.form.street,
            self.form.postcode,
            self.form.vat_id,
        )
        title = QLabel(tr("RegisterCustomer", "Register customer"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.messages = MessageBar()
        self.duplicate_box, self.duplicate_label = QFrame(), QLabel()
        self.duplicate_box.setStyleSheet("QFrame { background:#fff7e6; border-radius:4px; }")
        self.duplicate_label.setWordWrap(True)
        self.anyway_button = QPushButton(tr("RegisterCustomer", "Register &anyway (Alt+A)"))
        self.anyway_button.clicked.connect(lambda: self.save(allow_duplicate=True))
        duplicate_row = QHBoxLayout(self.duplicate_box)
        duplicate_row.addWidget(self.duplicate_label, 1)
        duplicate_row.addWidget(self.anyway_button)
        self.duplicate_box.hide()
        self.form.email_edited.connect(self.duplicate_box.hide)  # it was about the old address
        self.save_button = QPushButton(tr("RegisterCustomer", "Save (Ctrl+S)"))
        self.save_button.setStyleSheet("font-size: 14pt; padding: 8px 20px;")
        self.save_button.clicked.connect(self.save)
        self.save_hint = QLabel()
        self.save_hint.setStyleSheet(f"color:{colour('muted')};")
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.save_hint, 1)
        layout = QVBoxLayout(self.form_page)
        for widget in (title, self.messages, self.duplicate_box, self.form_box):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addStretch(1)
        QWidget.setTabOrder(self.form.last_editor, self.save_button)

    def _build_result(self) -> None:
        self.result_messages = MessageBar()
        self.card = CustomerQrCard()
        self.another_button = QPushButton(
            tr("RegisterCustomer", "Register another (Ctrl+N / Enter)")
        )
        self.another_button.setStyleSheet("font-size: 14pt; padding: 10px;")
        self.another_button.clicked.connect(self.register_another)
        self.card.buttons.addWidget(self.another_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sell_button = QPushButton(tr("RegisterCustomer", "Sell to this customer (Ctrl+B)"))
        self.sell_button.setStyleSheet("font-size: 14pt; padding: 10px;")
        self.sell_button.clicked.connect(self.sell_to_registered)
        self.card.buttons.addWidget(self.sell_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.badge = PdfActions(
            self.ctx,
            self.result_messages,
            open_text=tr("RegisterCustomer", "Badge P&DF"),
            save_text=tr("RegisterCustomer", "Save bad&ge as..."),
        )
        self.card.buttons.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        sell = QShortcut(QKeySequence("Ctrl+B"), self.result, self.sell_to_registered)
        sell.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        layout = QVBoxLayout(self.result)
        layout.addWidget(self.result_messages)
        layout.addWidget(self.card)
        layout.addStretch(1)

    # -------------------------------------------------------------------------- checking

    @property
    def problems(self) -> dict[str, str]:
        return self.form.problems

    def validate(self) -> dict[str, str]:
        return self.form.validate()

    def _form_checked(self) -> None:
        """Save only when every check passes; the hint says what is still missing."""
        self.save_button.setEnabled(not self.problems and not self.saving)
        missing = ", ".join(field_title(key) for key in self.problems)
        hint = tr("RegisterCustomer", "To save, complete or correct: {fields}")
        self.save_hint.setText(hint.format(fields=missing) if missing else "")

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Every problem next to its field (the rest in the message bar); focus the first."""
        unplaced = self.form.show_problems(problems)
        self.messages.show_error(
            unplaced or tr("RegisterCustomer", "Please correct the marked fields")
        )

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
        data, actor = self.form.form_input(), self.ctx.actor
        self._focus_before = QApplication.focusWidget()
        self._set_saving(True)
        self.messages.show_message(tr("RegisterCustomer", "Saving..."))
        submit_keyed(
            self.ctx.runner,
            run_keyed(  # offline: a code made on this till; the welcome email after sync
                self.ctx,
                lambda services, key: services.customers.register(
                    actor, data, allow_duplicate_email=allow_duplicate, key=key
                ),
            ),
            self._saved,
            self._save_failed,
            owner=self,
            on_doubt=lambda doubt: self.messages.show_error(
                tr(
                    "RegisterCustomer",
                    "Checking whether the registration was saved - the database stopped "
                    "answering ({doubt})",
                ).format(doubt=doubt)
            ),
            key=self.key,
        )

    def _set_saving(self, saving: bool) -> None:
        self.saving = saving
        self.form_box.setEnabled(not saving)
        self.anyway_button.setEnabled(not saving)
        self.save_button.setEnabled(not saving and not self.problems)

    def _saved(self, saved: tuple[CustomerView, bool]) -> None:
        view, offline = saved
        self._set_saving(False)
        self.duplicate_box.hide()
        self.messages.clear_message()
        self.card.show_customer(view)
        self.badge.show_badge(view)
        self.last_registered = view.code
        self.result_messages.show_message(
            tr("Offline", REGISTERED_OFFLINE).format(
                name=view.name, code=CustomerCode(view.code).display
            )
            if offline
            else tr("RegisterCustomer", "Registered {name}").format(name=view.name),
            Tone.SUCCESS,
        )
        self.pages.setCurrentWidget(self.result)
        self.another_button.setFocus()
        self.clear_timer.start(self.clear_after_ms)
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
            self.card.qr.clear_qr(tr("RegisterCustomer", "No QR image"))
            self.result_messages.show_error(
                tr(
                    "RegisterCustomer", "The customer is saved, but drawing the QR failed: {error}"
                ).format(error=describe_error(error))
            )

    def _save_failed(self, error: Exception) -> None:
        self._set_saving(False)
        focus = self._focus_before
        if focus is not None and self.form_page.isAncestorOf(focus):
            focus.setFocus()
        if isinstance(error, DuplicateCustomer):
            self.messages.clear_message()
            self.duplicate_label.setText(
                tr(
                    "RegisterCustomer",
                    "<b>{email}</b> is already registered to <b>{name}</b> ({code}). Change the "
                    "email, or register anyway only if this really is another person.",
                ).format(
                    email=escape(self.email.text().strip()),
                    name=escape(error.existing_name),
                    code=CustomerCode(error.existing_code).display,
                )
            )
            self.duplicate_box.show()
            self.email.setFocus()
        elif isinstance(error, ValidationError):
            self.show_problems(error.problems)
        else:
            self.messages.show_error(
                tr(
                    "RegisterCustomer", "{error} - the form is kept: press Ctrl+S to try again"
                ).format(error=describe_error(error))
            )

    def sell_to_registered(self) -> None:
        """Straight to the checkout with the visitor just registered (the main window routes it)."""
        if self.last_registered is not None:
            self.sell_requested.emit(self.last_registered)
            self.clear_result()  # they are at the checkout now; the next visitor reads nothing

    def register_another(self) -> None:
        if self.pages.currentWidget() is not self.result:
            return
        self.clear_result()
        self.name.setFocus()

    def clear_result(self) -> None:
        """Back to an empty form: the last visitor's name, email and QR leave the screen."""
        self.clear_timer.stop()
        if self.pages.currentWidget() is not self.result:
            return
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.result.isAncestorOf(focus)
        self.form.clear()
        self.key = ActionKey.new()  # the next visitor
        self.messages.clear_message()
        self.result_messages.clear_message()
        self.duplicate_box.hide()
        self.card.show_customer(None)
        self.badge.show_badge(None)
        self.pages.setCurrentWidget(self.form_page)
        if had_focus:
            self.name.setFocus()
