"""Two buttons for a document: open it as PDF in the desktop's viewer, or save it where asked.

The PDF is built and written by a job in the runner (reportlab takes tens of milliseconds, the
disk may hang); the UI thread only asks for the path and hands the file to the viewer. The job
is a closure over services and values that the screen gives with :meth:`PdfActions.set_document`,
never over widgets.

"Open" writes to a private temporary folder (one file per opening, so a viewer that still holds
the previous copy open, as on Windows, is no obstacle); files older than a day are removed on
the next opening.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from pos_desktop.adapters.file_output import write_whole
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.offline_switch import read
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.save_path import ask_save_path

TEMP_FOLDER = Path(tempfile.gettempdir()) / "pos-desktop-pdf"
TEMP_MAX_AGE_S = 24 * 3600

BuildPdf = Callable[[], bytes]


def open_in_viewer(path: Path) -> bool:
    """The desktop's PDF viewer, as a double click would open it; False if none took it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_save_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    title, kinds = tr("PdfActions", "Save PDF as"), tr("PdfActions", "PDF documents (*.pdf)")
    return ask_save_path(parent, title, suggested, kinds, ".pdf")


def write_temporary(stem: str, data: bytes) -> Path:
    """A fresh file in the private temporary folder; tidies up day-old ones first."""
    TEMP_FOLDER.mkdir(mode=0o700, exist_ok=True)
    cutoff = time.time() - TEMP_MAX_AGE_S
    for old in TEMP_FOLDER.glob("*.pdf"):
        with contextlib.suppress(OSError):  # open in a viewer on Windows: next time
            if old.stat().st_mtime < cutoff:
                old.unlink()
    handle, name = tempfile.mkstemp(prefix=f"{stem}-", suffix=".pdf", dir=TEMP_FOLDER)
    with os.fdopen(handle, "wb") as file:
        file.write(data)
    return Path(name)


class PdfActions(QWidget):
    """ "Open PDF" and "Save PDF as..." for the document :meth:`set_document` names."""

    def __init__(
        self,
        ctx: UiContext,
        messages: MessageBar,
        *,
        open_text: str = "",
        save_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = messages
        #: Swappable for tests: no desktop viewer or file dialog can answer offscreen.
        self.open_file: Callable[[Path], bool] = open_in_viewer
        self.ask_path: Callable[[QWidget, str], Path | None] = ask_save_pdf_path
        self._stem: str | None = None
        self._build: BuildPdf | None = None
        self.open_button = QPushButton(open_text or tr("PdfActions", "Open P&DF"))
        self.save_button = QPushButton(save_text or tr("PdfActions", "Save PDF &as..."))
        self.open_button.clicked.connect(self.open_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.open_button)
        row.addWidget(self.save_button)
        self.set_document(None, None)

    def set_document(self, stem: str | None, build: BuildPdf | None, why_not: str = "") -> None:
        """``stem`` names the file (``invoice-EXPO24-T1-000001``); ``None`` disables both."""
        self._stem, self._build = stem, build
        for button in (self.open_button, self.save_button):
            button.setEnabled(build is not None)
            button.setToolTip(why_not if build is None else "")

    def show_invoice(self, view: InvoiceView) -> None:
        """The invoice's PDF (A4 or Letter as ``shop.paper`` says); none for a draft."""
        number, actor, ctx = view.number, self.ctx.actor, self.ctx
        if number is None:
            self.set_document(
                None, None, tr("PdfActions", "A draft has no invoice PDF; issue it first")
            )
            return
        self.set_document(  # offline: the journal's (a sale made there is only there)
            f"invoice-{number}",
            lambda: read(ctx, lambda services: services.documents.invoice_pdf_for(actor, number)),
        )

    def show_badge(self, view: CustomerView | None) -> None:
        if view is None:
            self.set_document(None, None)
            return
        code, actor, documents = view.code, self.ctx.actor, self.ctx.services.documents
        self.set_document(f"badge-{code}", lambda: documents.badge_pdf_for(actor, code))

    def open_pdf(self) -> None:
        stem, build = self._stem, self._build
        if stem is None or build is None:
            return
        self.open_button.setEnabled(False)
        self.messages.show_message(tr("PdfActions", "Making {file}...").format(file=f"{stem}.pdf"))
        self.ctx.runner.submit(
            lambda: write_temporary(stem, build()),
            self._opened,
            self._failed,
            owner=self,
        )

    def _opened(self, path: Path) -> None:
        self.open_button.setEnabled(self._build is not None)
        if self.open_file(path):
            opened = tr("PdfActions", "Opened {file} in the PDF viewer").format(file=path.name)
            self.messages.show_message(opened, Tone.SUCCESS)
        else:
            self.messages.show_error(
                tr(
                    "PdfActions", "No PDF viewer opened it; the file is {path} (or use Save PDF as)"
                ).format(path=path)
            )

    def save_pdf(self) -> None:
        stem, build = self._stem, self._build
        if stem is None or build is None:
            return
        path = self.ask_path(self, f"{stem}.pdf")
        self.window().activateWindow()  # the closed dialog had the keyboard
        self.save_button.setFocus()
        if path is None:
            return
        self.save_button.setEnabled(False)
        self.messages.show_message(tr("PdfActions", "Saving {file}...").format(file=path.name))
        self.ctx.runner.submit(
            lambda: write_whole(path, build()),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, path: Path) -> None:
        self.save_button.setEnabled(self._build is not None)
        self.messages.show_message(tr("PdfActions", "Saved {path}").format(path=path), Tone.SUCCESS)

    def _failed(self, error: Exception) -> None:
        for button in (self.open_button, self.save_button):
            button.setEnabled(self._build is not None)
        if isinstance(error, OSError):
            not_written = (
                tr("PdfActions", "The PDF could not be written {path}: {reason}")
                if error.filename
                else tr("PdfActions", "The PDF could not be written: {reason}")
            )
            self.messages.show_error(not_written.format(path=error.filename, reason=error.strerror))
        else:
            self.messages.show_error(error)
