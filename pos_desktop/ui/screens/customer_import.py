"""Import customers (managers): file -> mapping -> options -> dry run -> import -> report.

Keyboard first: the path field takes the focus (Enter goes on; Ctrl+O opens a file dialog),
Tab walks the mapping combos, Alt+N / Alt+B go forward and back on every page, Esc cancels a
running import. The mapping is saved when the user leaves its page, so the next file with the
same columns starts from it.

Threading: preview, save, the dry run, the import and saving the rejects each run in the
runner; the service's ``progress`` is called on the pool thread and only emits a queued signal,
``cancelled`` reads a ``threading.Event`` the Cancel button sets. The service stops at a batch
boundary, so a cancelled import keeps whole batches and says how many rows it saved.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos_desktop.domain.errors import ValidationError
from pos_desktop.services.customer_import import ImportOptions, ImportPreview
from pos_desktop.services.import_report import (
    MATCH_RULES,
    DuplicatePolicy,
    EmailPolicy,
    ImportReport,
)
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.widgets.import_mapping_editor import MappingEditor
from pos_desktop.ui.widgets.import_report_view import ImportReportView, headline
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.workers import OnError

T = TypeVar("T")

DUPLICATE_CHOICES = (
    (QT_TRANSLATE_NOOP("CustomerImport", "update the customer"), DuplicatePolicy.UPDATE),
    (QT_TRANSLATE_NOOP("CustomerImport", "skip the row"), DuplicatePolicy.SKIP),
    (QT_TRANSLATE_NOOP("CustomerImport", "create another customer"), DuplicatePolicy.CREATE),
)
EMAIL_CHOICES = (
    (QT_TRANSLATE_NOOP("CustomerImport", "reject the row"), EmailPolicy.REJECT),
    (
        QT_TRANSLATE_NOOP(
            "CustomerImport", "import the customer without the email (kept as written)"
        ),
        EmailPolicy.KEEP,
    ),
)


class ProgressRelay(QObject):
    """Lives on the UI thread; ``progressed`` emitted on the pool thread arrives queued."""

    progressed = Signal(object)


class CustomerImportScreen(QWidget):
    FILE, MAPPING, OPTIONS, RUN = range(4)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch_size = ImportOptions().batch_size
        self.preview: ImportPreview | None = None
        self.dry_report: ImportReport | None = None
        self.report: ImportReport | None = None
        self.running = False  # a job of this screen is in the runner
        self.importing = False  # ... and it is the real import (Cancel works)
        self._cancel = threading.Event()
        self._rejects_dir = Path(tempfile.mkdtemp(prefix="pos-import-"))
        self.relay = ProgressRelay(self)
        self.relay.progressed.connect(self._progressed)

        self.messages = MessageBar()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._options_page())
        self.pages.addWidget(self._run_page())
        self.back_button = QPushButton(tr("CustomerImport", "&Back"))
        self.next_button = QPushButton(tr("CustomerImport", "&Next"))
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + tr("CustomerImport", "Import customers") + "</h2>"))
        layout.addWidget(self.messages)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+O"), self, self.browse)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel)
        self._go(self.FILE)

    # ------------------------------------------------------------------------------ pages

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("CustomerImport", "Path of a CSV or XLSX file"))
        self.path.returnPressed.connect(self.next)
        self.browse_button = QPushButton(tr("CustomerImport", "Browse... (Ctrl+O)"))
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(tr("CustomerImport", "Which file? CSV (any delimiter and encoding) or XLSX:"))
        )
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.detected = QLabel()
        self.detected.setTextFormat(Qt.TextFormat.RichText)
        self.detected.setWordWrap(True)
        self.mapping_editor = MappingEditor()
        layout = QVBoxLayout(page)
        layout.addWidget(self.detected)
        layout.addWidget(self.mapping_editor, 1)
        return page

    def _options_page(self) -> QWidget:
        page = QWidget()
        self.on_duplicate = QComboBox()
        for label, policy in DUPLICATE_CHOICES:
            self.on_duplicate.addItem(tr("CustomerImport", label), policy.value)
        self.invalid_email = QComboBox()
        for label, email_policy in EMAIL_CHOICES:
            self.invalid_email.addItem(tr("CustomerImport", label), email_policy.value)
        rules = QLabel(
            tr("CustomerImport", "A row is the same customer when (first rule that matches):")
            + "<br>"
            + "<br>".join(f"{i}. {rule}" for i, rule in enumerate(MATCH_RULES, 1))
        )
        rules.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(tr("CustomerImport", "On a &duplicate"), self.on_duplicate)
        form.addRow(tr("CustomerImport", "Invalid &email"), self.invalid_email)
        form.addRow(rules)
        return page

    def _run_page(self) -> QWidget:
        page = QWidget()
        self.progress = QProgressBar()
        self.progress.setFormat(tr("CustomerImport", "%v rows"))
        self.cancel_button = QPushButton(tr("CustomerImport", "&Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.report_view = ImportReportView()
        self.rejects_path = QLineEdit()
        self.rejects_path.setAccessibleName(tr("CustomerImport", "Rejected rows file"))
        self.save_rejects_button = QPushButton(tr("CustomerImport", "&Save rejected rows as CSV"))
        self.save_rejects_button.clicked.connect(self.save_rejects)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        self.rejects_row = QWidget()
        rejects = QHBoxLayout(self.rejects_row)
        rejects.setContentsMargins(0, 0, 0, 0)
        rejects.addWidget(self.rejects_path, 1)
        rejects.addWidget(self.save_rejects_button)
        layout = QVBoxLayout(page)
        layout.addLayout(running)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.rejects_row)
        return page

    # --------------------------------------------------------------------------- navigation

    def activate(self) -> None:
        if self.pages.currentIndex() == self.FILE:
            self.path.setFocus()

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()
        focus = {
            self.FILE: self.path,
            self.MAPPING: self.mapping_editor,
            self.OPTIONS: self.on_duplicate,
            self.RUN: self.next_button,
        }[page]
        focus.setFocus()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        imported = self.report is not None
        self.back_button.setEnabled(page != self.FILE and not self.running and not imported)
        self.next_button.setEnabled(not self.running)
        self.next_button.setText(
            {
                self.FILE: tr("CustomerImport", "&Next: columns"),
                self.MAPPING: tr("CustomerImport", "&Next: options"),
                self.OPTIONS: tr("CustomerImport", "&Next: dry run"),
                self.RUN: (
                    tr("CustomerImport", "&New import")
                    if imported
                    else tr("CustomerImport", "&Import now")
                ),
            }[page]
        )
        self.cancel_button.setEnabled(self.importing and not self._cancel.is_set())
        self.rejects_row.setVisible(
            imported and self.report is not None and bool(self.report.rejected)
        )

    def back(self) -> None:
        if self.back_button.isEnabled():
            self.messages.clear_message()
            self._go(max(self.FILE, self.pages.currentIndex() - 1))

    def next(self) -> None:
        if self.running:
            return
        self.messages.clear_message()
        page = self.pages.currentIndex()
        if page == self.FILE:
            self._load_preview()
        elif page == self.MAPPING:
            self._save_mapping()
        elif page == self.OPTIONS:
            self._start(dry_run=True)
        elif self.report is None:
            self._start(dry_run=False)
        else:
            self._restart()

    def browse(self) -> None:
        if self.running:
            return
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("CustomerImport", "Import customers"),
            "",
            tr("CustomerImport", "Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if path:
            self.path.setText(path)
            self.next()

    # ------------------------------------------------------------------------------- steps

    def _load_preview(self) -> None:
        text = self.path.text().strip()
        if not text:
            self.messages.show_error(
                tr("CustomerImport", "Type the path of a file, or press Ctrl+O to pick one")
            )
            return
        path = Path(text).expanduser()
        if not path.is_file():
            self.messages.show_error(tr("CustomerImport", "No file at {path}").format(path=path))
            return
        service, actor = self.ctx.services.customer_import, self.ctx.actor

        def shown(preview: ImportPreview) -> None:
            self.preview = preview
            info = preview.info
            found = ", ".join(
                x
                for x in (
                    info.kind.upper(),
                    (
                        tr("CustomerImport", "encoding {encoding}").format(encoding=info.encoding)
                        if info.encoding
                        else ""
                    ),
                    (
                        tr("CustomerImport", "delimiter {delimiter}").format(
                            delimiter=repr(info.delimiter)
                        )
                        if info.delimiter
                        else ""
                    ),
                    tr("CustomerImport", "{count} columns").format(count=len(info.headers)),
                )
                if x
            )
            detected = (
                tr(
                    "CustomerImport",
                    "{file}: {found}. Starting from the mapping you saved for these columns; "
                    "change any.",
                )
                if preview.saved_mapping
                else tr(
                    "CustomerImport",
                    "{file}: {found}. Starting from columns matched automatically; change any.",
                )
            ).format(file=escape(path.name), found=escape(found))
            if info.encoding_note:
                check = tr(
                    "CustomerImport", "Check the encoding: {note}. The dry run lists the rows."
                ).format(note=escape(info.encoding_note))
                detected += f" <span style='color:#b45309'>{check}</span>"
            self.detected.setText(detected)
            self.mapping_editor.show_mapping(preview.mapping, preview.sample)
            self._go(self.MAPPING)

        self._submit(lambda: service.preview(actor, path), shown)

    def _save_mapping(self) -> None:
        mapping = self.mapping_editor.mapping()
        try:
            mapping.check()
        except ValidationError as error:
            self.messages.show_error(error)
            return
        service, actor = self.ctx.services.customer_import, self.ctx.actor
        self._submit(lambda: service.save_mapping(actor, mapping), lambda _: self._go(self.OPTIONS))

    def options(self, *, dry_run: bool) -> ImportOptions:
        return ImportOptions(
            on_duplicate=DuplicatePolicy(self.on_duplicate.currentData()),
            invalid_email=EmailPolicy(self.invalid_email.currentData()),
            dry_run=dry_run,
            rejects_path=None if dry_run else self._rejects_dir / "rejects.csv",
            batch_size=self.batch_size,
        )

    def _start(self, *, dry_run: bool) -> None:
        assert self.preview is not None
        path = Path(self.path.text().strip()).expanduser()
        options = self.options(dry_run=dry_run)
        mapping = self.mapping_editor.mapping()
        service, actor = self.ctx.services.customer_import, self.ctx.actor
        cancel = self._cancel
        cancel.clear()
        emit = self.relay.progressed.emit
        self.importing = not dry_run
        if dry_run:
            self.dry_report = None
            self.progress.setRange(0, 0)  # rows unknown until the file is read
        else:
            total = self.dry_report.rows if self.dry_report else 0
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(0)
        self.report_view.clear()
        self._go(self.RUN)
        self.messages.show_message(
            (
                tr("CustomerImport", "Dry run: reading the file, nothing is saved...")
                if dry_run
                else tr("CustomerImport", "Importing...")
            ),
            Tone.INFO,
        )

        def job() -> ImportReport:
            return service.run(
                actor, path, options, mapping=mapping, progress=emit, cancelled=cancel.is_set
            )

        self._submit(job, self._finished, failed=self._failed)

    @Slot(object)
    def _progressed(self, report: ImportReport) -> None:
        if self.progress.maximum() and report.rows > self.progress.maximum():
            self.progress.setMaximum(report.rows)
        self.progress.setValue(report.rows if self.progress.maximum() else 0)
        self.progress.setToolTip(
            tr("CustomerImport", "{count} rows read").format(count=f"{report.rows:,}")
        )

    def _finished(self, report: ImportReport) -> None:
        self.importing = False
        self.progress.setRange(0, max(report.rows, 1))
        self.progress.setValue(report.rows)
        if report.dry_run:
            self.dry_report = report
        else:
            self.report = report
            source = Path(self.path.text().strip()).expanduser()
            self.rejects_path.setText(str(source.with_name(f"{source.stem}-rejects.csv")))
        self.report_view.show_report(report)
        self.messages.show_message(
            headline(report), Tone.INFO if report.dry_run or report.cancelled else Tone.SUCCESS
        )
        self._update_buttons()
        self.next_button.setFocus()

    def _failed(self, error: Exception) -> None:
        self.messages.show_error(error)
        if self.report is None:  # a failed real import: back to its dry run, nothing lost
            self.progress.setRange(0, 1)
        self._update_buttons()

    def cancel(self) -> None:
        """Stop a real import at the next batch boundary (a dry run writes nothing anyway)."""
        if self.importing and not self._cancel.is_set():
            self._cancel.set()
            self._update_buttons()
            self.messages.show_message(
                tr("CustomerImport", "Cancelling after the current batch..."), Tone.INFO
            )

    def save_rejects(self) -> None:
        target = Path(self.rejects_path.text().strip()).expanduser()
        source = self._rejects_dir / "rejects.csv"
        if not self.rejects_path.text().strip():
            self.messages.show_error(tr("CustomerImport", "Type where the rejected rows should go"))
            return

        def copy() -> Path:
            shutil.copyfile(source, target)
            return target

        self._submit(
            copy,
            lambda saved: self.messages.show_message(
                tr(
                    "CustomerImport", "Rejected rows saved to {path}: fix them and import that file"
                ).format(path=saved),
                Tone.SUCCESS,
            ),
        )

    def _restart(self) -> None:
        self.preview = self.dry_report = self.report = None
        self.report_view.clear()
        self.path.clear()
        self._go(self.FILE)

    def _submit(
        self, job: Callable[[], T], done: Callable[[T], None], failed: OnError | None = None
    ) -> None:
        """One job at a time: the buttons stay disabled until its answer is back."""
        on_error = failed or self.messages.show_error

        def answered(value: T) -> None:
            self.running = False
            self._update_buttons()
            done(value)

        def broke(error: Exception) -> None:
            self.running = False
            self.importing = False
            self._update_buttons()
            on_error(error)

        self.running = True
        self._update_buttons()
        self.ctx.runner.submit(job, answered, broke, owner=self)
