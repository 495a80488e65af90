"""Settings (admins): this terminal's configuration file, edited in a form.

One tab per section (Alt+underlined letter, or Ctrl+Tab); each field says where its value comes
from. A value pinned by a ``POS_*`` variable or a command-line option is shown read-only with
the reason: the file would lose to it at every start. ``Ctrl+S`` saves through
:class:`~pos_desktop.services.settings_admin.SettingsAdmin`, which checks, writes, audits and
updates the running settings; problems come back by key and are shown under their fields.

The sections and their fields are in ``settings_sections.py`` (later issues add theirs there).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.config import is_secret
from pos_desktop.config_store import config_path
from pos_desktop.domain.errors import ValidationError
from pos_desktop.services.settings_admin import (
    APPLIED_AT_NEXT_START,
    SavedSettings,
    locked_reason,
)
from pos_desktop.services.smtp_credentials import SavedWithPassword
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import said, tr
from pos_desktop.ui.screens.settings_sections import SECTIONS, FieldSpec, Section, describe_source
from pos_desktop.ui.theme import apply_theme
from pos_desktop.ui.widgets.camera_choice import CameraChoice
from pos_desktop.ui.widgets.email_test import SendTestEmail
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.printer_test import PrinterTest

_INT_MAX = 100_000


class SettingField:
    """One setting: its editor, where the value comes from, and its error if any."""

    def __init__(self, spec: FieldSpec, value: Any) -> None:
        self.spec = spec
        self.editor = self._editor(spec, value)
        self.source = QLabel()
        self.source.setObjectName("settingSource")
        self.source.setWordWrap(True)  # long hints (printer URLs) wrap instead of widening
        self.error = QLabel()
        self.error.setObjectName("settingError")
        self.error.setStyleSheet("color: #c62828; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.row = QWidget()
        column = QVBoxLayout(self.row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.editor)
        column.addWidget(self.source)
        column.addWidget(self.error)

    @staticmethod
    def _editor(spec: FieldSpec, value: Any) -> QWidget:
        if spec.choices is not None:
            box = QComboBox()
            for stored, shown in spec.choices.items():
                box.addItem(tr("Settings", shown), stored)
            box.setCurrentIndex(max(0, box.findData(value)))
            return box
        if isinstance(value, bool):
            check = QCheckBox()
            check.setChecked(value)
            return check
        if isinstance(value, int):
            spin = QSpinBox()
            spin.setRange(0, _INT_MAX)  # the setting's own check says what is too small
            spin.setValue(value)
            return spin
        line = QLineEdit(format(value, "f") if isinstance(value, Decimal) else str(value))
        if is_secret(spec.key):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        return line

    def value(self) -> Any:
        editor = self.editor
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def show_source(self, source: str, locked: str | None) -> None:
        hint = tr("Settings", self.spec.hint) if self.spec.hint else ""
        if locked is None:
            now = tr("Settings", "Now: {source}.").format(source=describe_source(source))
            if self.spec.key in APPLIED_AT_NEXT_START:
                now += " " + tr("Settings", "Applies at the next start.")
            self.source.setText(f"{hint}. {now}" if hint else now)
        else:
            self.source.setText(tr("Settings", "Read-only: {reason}.").format(reason=said(locked)))
        self.editor.setEnabled(locked is None)
        self.editor.setToolTip(said(locked) if locked else hint)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def focus(self) -> None:
        self.editor.setFocus(Qt.FocusReason.TabFocusReason)
        if isinstance(self.editor, QLineEdit):
            self.editor.selectAll()


class SettingsScreen(QWidget):
    #: Minutes of the idle lock after a save changed them (the terminal lock follows).
    idle_lock_changed = Signal(int)
    saved = Signal(object)  # SavedSettings

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = MessageBar()
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.tabs = QTabWidget()
        # Nine sections and more to come: scroll the tab bar rather than widen the window.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setExpanding(False)
        self.fields: dict[str, SettingField] = {}
        self._tab_of: dict[str, int] = {}
        for section in SECTIONS:
            self.add_section(section)
        self.tabs.currentChanged.connect(self._focus_tab)
        self.email_test = SendTestEmail(ctx, self.changes, self.messages)
        email_tab = self.tabs.widget(self._tab_of["smtp.host"])
        email_page = email_tab.layout() if email_tab is not None else None
        assert isinstance(email_page, QFormLayout)
        email_page.addRow("", self.email_test)
        self.printer_test = PrinterTest(ctx, self.changes, self.messages)
        printer_tab = self.tabs.widget(self._tab_of["printer.url"])
        printer_page = printer_tab.layout() if printer_tab is not None else None
        assert isinstance(printer_page, QFormLayout)
        printer_page.addRow("", self.printer_test)
        camera = self.fields["scanner.camera"]
        self.camera_choice = CameraChoice.above(ctx, camera.row, camera.editor)
        self.save_button = QPushButton(tr("Settings", "&Save (Ctrl+S)"))
        self.save_button.setToolTip(
            tr("Settings", "Write the changes to the configuration file (Ctrl+S)")
        )
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.file_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        # The longest tab must not make the main window taller than a 700-pixel screen (it
        # squeezes there instead). A QScrollArea around the tabs was tried: it made the GUI
        # tests crash in the garbage collector now and then (tests/gui/test_printing_app.py).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._saving = False
        self.refresh()

    def add_section(self, section: Section) -> None:
        """A tab of fields (later issues: printer, scanner, email)."""
        settings = self.ctx.services.settings
        page = QWidget()
        form = QFormLayout(page)
        index = self.tabs.addTab(page, tr("Settings", section.title))
        for spec in section.fields:
            group, _, name = spec.key.partition(".")
            field = SettingField(spec, getattr(getattr(settings, group), name))
            form.addRow(tr("Settings", spec.label), field.row)
            self.fields[spec.key] = field
            self._tab_of[spec.key] = index

    # -- showing

    def activate(self) -> None:
        self._focus_tab(self.tabs.currentIndex())

    def refresh(self) -> None:
        """Sources and read-only states from the running settings (memory only: no I/O)."""
        settings = self.ctx.services.settings
        path = config_path(settings)
        where = (
            tr(
                "Settings",
                "Configuration file: {path}. Ctrl+S saves; Alt+underlined letter or Ctrl+Tab "
                "changes the tab.",
            )
            if settings.config_file
            else tr(
                "Settings",
                "Configuration file: {path} (created at the first save). Ctrl+S saves; "
                "Alt+underlined letter or Ctrl+Tab changes the tab.",
            )
        )
        self.file_label.setText(where.format(path=path))
        for key, field in self.fields.items():
            field.show_source(settings.sources.get(key, "default"), locked_reason(settings, key))

    def _focus_tab(self, index: int) -> None:
        for key, field in self.fields.items():
            if self._tab_of[key] == index and field.editor.isEnabled():
                field.focus()
                return

    # -- saving

    def changes(self) -> dict[str, Any]:
        """Every editable field as shown; the service skips what did not change."""
        return {key: f.value() for key, f in self.fields.items() if f.editor.isEnabled()}

    def save(self) -> None:
        if self._saving:
            return
        self._saving = True
        for field in self.fields.values():
            field.show_error(None)
        self.messages.show_message(tr("Settings", "Saving..."), Tone.INFO)
        credentials, actor, changes = (
            self.ctx.services.smtp_credentials,
            self.ctx.actor,
            self.changes(),
        )
        self.ctx.runner.submit(
            lambda: credentials.save(actor, changes),
            self._saved_with_password,
            self._failed,
            owner=self,
        )

    def _saved_with_password(self, outcome: SavedWithPassword) -> None:
        self._saved(outcome.saved)
        if outcome.password_in_keyring:
            self.fields["smtp.password"].show_error(None)
            keyring = tr("Settings", "The SMTP password is in the system keyring.")
            self.messages.show_message(f"{self.messages.text()} {keyring}", Tone.SUCCESS)
        if outcome.warning:
            note = tr("Settings", "Note: {warning}.").format(warning=outcome.warning)
            self.messages.show_message(f"{self.messages.text()} {note}", Tone.INFO)

    def _saved(self, result: object) -> None:
        self._saving = False
        assert isinstance(result, SavedSettings)
        self.refresh()
        if not result.changes:
            self.messages.show_message(
                tr("Settings", "Nothing changed; the file was left as it was."), Tone.INFO
            )
            return
        if "ui.theme" in result.changes or "ui.touch_mode" in result.changes:
            ui = self.ctx.services.settings.ui
            theme = result.changes.get("ui.theme", (None, ui.theme))[1]
            touch = result.changes.get("ui.touch_mode", (None, ui.touch_mode))[1]
            apply_theme(str(theme), touch=bool(touch))
        if "security.idle_lock_minutes" in result.changes:
            self.idle_lock_changed.emit(result.changes["security.idle_lock_minutes"][1])
        self.messages.show_message(self._summary(result), Tone.SUCCESS)
        self.saved.emit(result)

    def _label(self, key: str) -> str:
        field = self.fields.get(key)
        return tr("Settings", field.spec.label) if field is not None else key

    def _summary(self, result: SavedSettings) -> str:
        def labels(keys: list[str]) -> str:
            return ", ".join(self._label(key) for key in keys)

        text = tr("Settings", "Saved to {path}.").format(path=result.path)
        if result.applied_now:
            now = tr("Settings", "Applied now: {settings}.")
            text += " " + now.format(settings=labels(result.applied_now))
        if result.at_next_start:
            later = tr("Settings", "At the next start of the app: {settings}.")
            text += " " + later.format(settings=labels(result.at_next_start))
        return text

    def _failed(self, error: Exception) -> None:
        self._saving = False
        if not isinstance(error, ValidationError):
            self.messages.show_error(error)
            return
        first: SettingField | None = None
        for problem in error.problems:
            field = self.fields.get(problem.field)
            if field is None:
                continue
            field.show_error(said(problem.message))
            first = first or field
        problems = "; ".join(f"{self._label(p.field)}: {said(p.message)}" for p in error.problems)
        nothing = tr("Settings", "Nothing was saved. {problems}").format(problems=problems)
        self.messages.show_message(nothing, Tone.ERROR)
        if first is not None:
            self.tabs.setCurrentIndex(self._tab_of[first.spec.key])
            first.focus()
