"""Export a list as it is filtered: one button (Ctrl+Shift+E) that asks for a CSV or XLSX file.

The screen hands a ``job_for`` that reads its filters on the UI thread and returns a closure over
services and values (never widgets), as the lists' own queries do; the closure runs in the
runner, so a million rows never freeze the window. While it runs the button reads "Cancel
export": the export stops after the page it is writing and says how many rows it wrote (the
service audits what left the system either way). Without ``data.export`` the button is disabled
and says why; the service refuses anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from pos_desktop.domain.roles import Permission
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone

#: Writes the rows to the path, asking ``cancelled()`` between pages; returns the rows written.
ExportJob = Callable[[Path, Callable[[], bool]], int]
SHORTCUT = "Ctrl+Shift+E"


def shortcut_text() -> str:
    """``Ctrl+Shift+E`` as the language writes it (``Strg+Umschalt+E``: Qt's own catalogue)."""
    return QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)


def file_types() -> dict[str, str]:
    """The save dialog's file types (in the user's language) and their suffixes."""
    return {
        "CSV (*.csv)": ".csv",
        tr("ListExport", "Excel workbook (*.xlsx)"): ".xlsx",
    }


def ask_export_path(parent: QWidget, suggested: str) -> Path | None:
    """The desktop's save dialog in Documents; a name without .csv/.xlsx gets the chosen type's."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    types = file_types()
    chosen, chosen_type = QFileDialog.getSaveFileName(
        parent, tr("ListExport", "Export as"), str(Path(folder) / suggested), ";;".join(types)
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() in types.values():
        return path
    return path.with_name(path.name + types.get(chosen_type, ".csv"))


class ListExport(QPushButton):
    def __init__(
        self,
        ctx: UiContext,
        messages: MessageBar,
        *,
        noun: str,
        job_for: Callable[[], ExportJob],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = messages
        self.noun = noun
        self.job_for = job_for
        #: Swappable for tests: no file dialog can answer offscreen.
        self.ask_path: Callable[[QWidget, str], Path | None] = ask_export_path
        self._cancel: threading.Event | None = None
        self._show_idle()
        allowed = ctx.actor.can(Permission.DATA_EXPORT)
        self.setEnabled(allowed)
        if not allowed:
            needs = tr("ListExport", "Exporting {noun} needs a manager (permission data.export)")
            self.setToolTip(needs.format(noun=noun))
        self.clicked.connect(self.start_or_cancel)
        QShortcut(QKeySequence(SHORTCUT), parent or self, self.start_or_cancel)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def _show_idle(self) -> None:
        idle = tr("ListExport", "E&xport {noun}... ({shortcut})")
        self.setText(idle.format(noun=self.noun, shortcut=shortcut_text()))

    def start_or_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.setText(tr("ListExport", "Stopping..."))
            return
        if not self.isEnabled():
            self.messages.show_error(self.toolTip())
            return
        path = self.ask_path(self, f"{self.noun}.csv")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        job, cancel = self.job_for(), threading.Event()
        self._cancel = cancel
        self.setText(
            tr("ListExport", "Cancel export ({shortcut})").format(shortcut=shortcut_text())
        )
        exporting = tr("ListExport", "Exporting {noun} to {path}...")
        self.messages.show_message(exporting.format(noun=self.noun, path=path))
        self.ctx.runner.submit(
            lambda: (job(path, cancel.is_set), path, cancel.is_set()),
            self._done,
            self._failed,
            owner=self,
        )

    def _done(self, outcome: tuple[int, Path, bool]) -> None:
        count, path, cancelled = outcome
        self._cancel = None
        self._show_idle()
        exported = (
            tr(
                "ListExport",
                "{count} {noun} exported to {path} (stopped: the rest was not written)",
            )
            if cancelled
            else tr("ListExport", "{count} {noun} exported to {path}")
        )
        self.messages.show_message(
            exported.format(count=count, noun=self.noun, path=path), Tone.SUCCESS
        )

    def _failed(self, error: Exception) -> None:
        self._cancel = None
        self._show_idle()
        self.messages.show_error(error)
