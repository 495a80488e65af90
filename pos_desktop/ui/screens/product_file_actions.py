"""Import CSV and Export CSV on the Products screen: the catalogue to and from a spreadsheet.

Import first checks the file (a dry run, nothing saved) and shows what it would do; ``Import``
in that dialog runs it, in one transaction, and the dialog shows the outcome. Both directions
run as jobs in the screen's runner: a file on a slow share or a catalogue of thousands of
products must not freeze the window. The questions for a path are attributes
(``ask_open_path``, ``ask_save_path``), so tests answer them without a native file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from pos_desktop.services.product_files import ProductImportReport
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import said, tr
from pos_desktop.ui.screens.product_import_dialog import ProductImportDialog
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.save_path import ask_save_path

T = TypeVar("T")


def ask_open_table(parent: QWidget) -> Path | None:
    tables = tr("ProductFileActions", "Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)")
    title = tr("ProductFileActions", "Import products")
    chosen, _ = QFileDialog.getOpenFileName(parent, title, "", tables)
    return Path(chosen) if chosen else None


def ask_save_csv(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_path(
        parent,
        tr("ProductFileActions", "Export products"),
        suggested,
        tr("ProductFileActions", "CSV files (*.csv)"),
        ".csv",
    )


class ProductFileActions(QWidget):
    """Two buttons (and ``Ctrl+I`` / ``Ctrl+E`` on ``screen``); ``imported`` after an import
    changed the catalogue, so the screen reloads its list."""

    imported = Signal()

    def __init__(self, ctx: UiContext, messages: MessageBar, screen: QWidget) -> None:
        super().__init__(screen)
        self.ctx = ctx
        self.messages = messages
        self.ask_open_path: Callable[[QWidget], Path | None] = ask_open_table
        self.ask_save_path: Callable[[QWidget, str], Path | None] = ask_save_csv
        self.path: Path | None = None
        self.running = False
        self.dialog = ProductImportDialog(self)
        self.dialog.accepted.connect(self._confirmed)
        self.import_button = QPushButton(tr("ProductFileActions", "Import CSV... (Ctrl+I)"))
        self.import_button.clicked.connect(self.ask_import)
        self.export_button = QPushButton(tr("ProductFileActions", "Export CSV... (Ctrl+E)"))
        self.export_button.clicked.connect(self.ask_export)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        QShortcut(QKeySequence("Ctrl+I"), screen, self.ask_import)
        QShortcut(QKeySequence("Ctrl+E"), screen, self.ask_export)

    # ------------------------------------------------------------------------------ import

    def ask_import(self) -> None:
        if self.running:
            return
        path = self.ask_open_path(self)
        if path is not None:
            self.check(path)

    def check(self, path: Path) -> None:
        """The dry run; its report opens the dialog."""
        files, actor = self.ctx.services.product_files, self.ctx.actor
        self.path = path
        self.messages.show_message(
            tr("ProductFileActions", "Checking {file}...").format(file=path.name), Tone.INFO
        )
        self._run(lambda: files.import_file(actor, path, dry_run=True), self._checked)

    def _checked(self, report: ProductImportReport) -> None:
        self.messages.clear_message()
        self._show(report)

    def _confirmed(self) -> None:
        path, files, actor = self.path, self.ctx.services.product_files, self.ctx.actor
        if path is None or self.running:
            return
        self.messages.show_message(
            tr("ProductFileActions", "Importing {file}...").format(file=path.name), Tone.INFO
        )
        self._run(lambda: files.import_file(actor, path), self._imported)

    def _imported(self, report: ProductImportReport) -> None:
        tone = Tone.ERROR if report.rejected else Tone.SUCCESS
        imported = tr("ProductFileActions", "Imported {file}: {outcome}")
        self.messages.show_message(
            imported.format(file=self._name(), outcome=said(report.headline())), tone
        )
        self._show(report)
        self.imported.emit()

    def _show(self, report: ProductImportReport) -> None:
        if self.path is not None:
            self.dialog.show_report(self.path, report)
            self.dialog.open()

    def _name(self) -> str:
        return self.path.name if self.path is not None else ""

    # ------------------------------------------------------------------------------ export

    def ask_export(self) -> None:
        if self.running:
            return
        today = self.ctx.services.clock.now().date()
        path = self.ask_save_path(self, f"products-{today.isoformat()}.csv")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        files, actor = self.ctx.services.product_files, self.ctx.actor
        self._run(lambda: (files.export_csv(actor, path), path), self._exported)

    def _exported(self, written: tuple[int, Path]) -> None:
        count, path = written
        self.messages.show_message(
            tr("ProductFileActions", "{count} products written to {path}").format(
                count=count, path=path
            ),
            Tone.SUCCESS,
        )

    # ------------------------------------------------------------------------------ jobs

    def _run(self, job: Callable[[], T], done: Callable[[T], None]) -> None:
        self._busy(True)

        def finished(value: T) -> None:
            self._busy(False)
            done(value)

        self.ctx.runner.submit(job, finished, self._failed, owner=self)

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.messages.show_error(error)

    def _busy(self, running: bool) -> None:
        self.running = running
        self.import_button.setEnabled(not running)
        self.export_button.setEnabled(not running)
