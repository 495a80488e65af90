"""First start, page 1: which database this terminal uses.

At a booth with several tills the usual mistake is setting up a local SQLite file instead of
the shared PostgreSQL server, so the choice comes before anything is created. "Test connection"
looks at the database on the runner (with a timeout of a few seconds) and says what it found:
empty, already set up (then log in instead), older, or why it cannot be reached. The password
has its own masked field and never appears in a message.

When ``database.url`` comes from the environment or the command line, a choice here could not
be saved (those beat the config file), so the picker is shown disabled with the reason.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.config import Settings
from pos_desktop.config_store import config_path
from pos_desktop.domain.errors import ValidationError
from pos_desktop.services.database_admin import (
    PROBE_TIMEOUT_S,
    DatabaseLocation,
    Probe,
    file_url,
    probe_database,
    server_url,
)
from pos_desktop.ui.database_switch import choice_locked_by
from pos_desktop.ui.i18n import said, tr
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.workers import Runner

URL_EXAMPLE = "postgresql+psycopg://user@host/database"


class DatabasePage(QWidget):
    """The choice and the connection test; the dialog decides what going on means."""

    def __init__(
        self,
        settings: Settings,
        runner: Runner,
        *,
        probe_timeout_s: int = PROBE_TIMEOUT_S,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._timeout_s = probe_timeout_s
        self.testing = False
        self.last_probe: Probe | None = None
        self.locked_reason = choice_locked_by(settings)
        self.sqlite_choice = QRadioButton(
            tr("DatabasePage", "SQL&ite file on this computer (one till)")
        )
        self.postgres_choice = QRadioButton(
            tr("DatabasePage", "&PostgreSQL server (several tills share it)")
        )
        self._kinds = QButtonGroup(self)
        self._kinds.addButton(self.sqlite_choice)
        self._kinds.addButton(self.postgres_choice)
        self.sqlite_path = QLineEdit()
        self.browse_button = QPushButton(tr("DatabasePage", "&Browse..."))
        self.browse_button.setToolTip(tr("DatabasePage", "Choose another SQLite file (Alt+B)"))
        self.server_url = QLineEdit()
        self.server_url.setPlaceholderText(URL_EXAMPLE)
        self.server_password = QLineEdit()
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setPlaceholderText(
            tr("DatabasePage", "empty if the server needs none")
        )
        self.test_button = QPushButton(tr("DatabasePage", "&Test connection"))
        self.test_button.setToolTip(
            tr(
                "DatabasePage",
                "Connect and look inside, without changing anything (Alt+T; at most "
                "{seconds} seconds)",
            ).format(seconds=probe_timeout_s)
        )
        self.result = MessageBar()
        self.note = QLabel()
        for button in (self.browse_button, self.test_button):
            button.setAutoDefault(False)
        self._fill_from(settings)
        self._layout(settings)
        self.sqlite_choice.toggled.connect(self._kind_changed)
        self.browse_button.clicked.connect(self.browse)
        self.test_button.clicked.connect(self.test_connection)
        for field in (self.sqlite_path, self.server_url, self.server_password):
            field.textEdited.connect(self._forget_result)
        self._apply_enabled()

    def _fill_from(self, settings: Settings) -> None:
        current = DatabaseLocation.of(settings.database.url)
        if current.file is not None:
            self.sqlite_choice.setChecked(True)
            self.sqlite_path.setText(current.file)
        else:
            self.postgres_choice.setChecked(True)
            self.server_url.setText(current.server)
            self.server_password.setText(current.password)

    def _layout(self, settings: Settings) -> None:
        intro = QLabel(
            tr(
                "DatabasePage",
                "Welcome. Booth POS keeps its data in a file on this computer (a single till) "
                "or on the booth's PostgreSQL server (several tills selling together).",
            )
        )
        intro.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.sqlite_path, 1)
        file_row.addWidget(self.browse_button)
        server = QFormLayout()
        server.addRow(tr("DatabasePage", "U&RL"), self.server_url)
        server.addRow(tr("DatabasePage", "Pass&word"), self.server_password)
        choices = QGridLayout()
        choices.setColumnMinimumWidth(0, 24)
        choices.addWidget(self.sqlite_choice, 0, 0, 1, 2)
        choices.addLayout(file_row, 1, 1)
        choices.addWidget(self.postgres_choice, 2, 0, 1, 2)
        choices.addLayout(server, 3, 1)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        if self.locked_reason:
            self.note.setText(said(self.locked_reason))
        else:
            saved_in = tr("DatabasePage", "The choice is saved in {path}.")
            self.note.setText(saved_in.format(path=config_path(settings)))
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(choices)
        layout.addLayout(test_row)
        layout.addWidget(self.result)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def _kind_changed(self) -> None:
        self._apply_enabled()
        self._forget_result()

    def _apply_enabled(self) -> None:
        free = self.locked_reason is None
        on_file = self.sqlite_choice.isChecked()
        self.sqlite_choice.setEnabled(free)
        self.postgres_choice.setEnabled(free)
        self.sqlite_path.setEnabled(free and on_file)
        self.browse_button.setEnabled(free and on_file)
        self.server_url.setEnabled(free and not on_file)
        self.server_password.setEnabled(free and not on_file)

    def focus_first(self) -> None:
        if self.locked_reason:
            self.test_button.setFocus()
        else:
            (
                self.sqlite_choice if self.sqlite_choice.isChecked() else self.postgres_choice
            ).setFocus()

    def chosen_url(self) -> str:
        """The URL to connect to (password included), or a ``ValidationError``."""
        if self.sqlite_choice.isChecked():
            text = self.sqlite_path.text().strip()
            if not text:
                raise ValidationError.single(
                    "database file", tr("DatabasePage", "needs a file name")
                )
            return file_url(Path(text).expanduser().absolute())
        text = self.server_url.text().strip()
        if not text:
            raise ValidationError.single(
                "database URL",
                tr("DatabasePage", "needed, e.g. {example}").format(example=URL_EXAMPLE),
            )
        return server_url(text, self.server_password.text())

    def browse(self) -> None:
        start = self.sqlite_path.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            tr("DatabasePage", "SQLite database file"),
            start,
            tr("DatabasePage", "SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.sqlite_path.setText(path)
            self._forget_result()
        self.sqlite_path.setFocus()

    def test_connection(self) -> None:
        if self.testing:
            return
        try:
            url = self.chosen_url()
        except ValidationError as error:
            self.result.show_error(error)
            return
        self.testing = True
        self.test_button.setEnabled(False)
        self.result.show_message(
            tr("DatabasePage", "Testing the connection (at most {seconds} seconds)...").format(
                seconds=self._timeout_s
            ),
            Tone.INFO,
        )
        timeout = self._timeout_s
        self._runner.submit(
            lambda: probe_database(url, timeout_s=timeout), self._tested, self._failed, owner=self
        )

    def show_probe(self, probe: Probe) -> None:
        tone = Tone.SUCCESS
        if not probe.usable:
            tone = Tone.ERROR
        elif probe.users:
            tone = Tone.INFO  # fine, but nothing to set up: log in instead
        self.result.show_message(probe.describe(), tone)

    def _tested(self, probe: Probe) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        self.last_probe = probe
        self.show_probe(probe)

    def _failed(self, error: Exception) -> None:
        self.testing = False
        self.test_button.setEnabled(True)
        self.last_probe = None
        self.result.show_error(error)

    def _forget_result(self) -> None:
        """An answer about another file or server would mislead: it goes when the choice changes."""
        if not self.testing:
            self.last_probe = None
            self.result.clear_message()
