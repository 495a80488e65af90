"""An error nobody caught: its traceback into the log file, one calm sentence on the screen.

Without this, an exception in a slot is printed to a terminal nobody at the booth looks at,
and one in a background thread vanishes. With it (``sys.excepthook``, which PySide calls for
exceptions in slots and event handlers too, and ``threading.excepthook``), the log file gets
the traceback and the cashier reads where it is, in a box that neither blocks the till nor
piles up (one box, however many errors follow). The failed slot simply stopped: the screens
keep what they show (the cart stays), and what was saved was saved in one transaction or not
at all, so nothing is half written.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr

log = logging.getLogger(__name__)

TITLE = QT_TRANSLATE_NOOP("CrashReport", "Something went wrong")


def crash_message(log_file: Path) -> str:
    text = tr("CrashReport", "Something went wrong; nothing was lost; the details are in {file}")
    return text.format(file=log_file)


class CrashReporter(QObject):
    """Installs the hooks while the app runs; :meth:`uninstall` puts the previous ones back."""

    _happened = Signal()  # emitted from any thread; the box is shown on the UI thread

    def __init__(self, log_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self.count = 0
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._happened.connect(self._show)

    def install(self) -> CrashReporter:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: as Python would
            self._previous_hook(kind, error, trace)
            return
        log.critical("unhandled error", exc_info=(kind, error, trace))
        self._report()

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "unknown"
        trace = (args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)
        log.critical("unhandled error in thread %s", name, exc_info=trace)
        self._report()

    def _report(self) -> None:
        # Queued from another thread, at once on the UI thread; a RuntimeError: the app is
        # closing and took this object with it.
        with contextlib.suppress(RuntimeError):
            self._happened.emit()

    @Slot()
    def _show(self) -> None:
        self.count += 1
        box = self.box
        if box is not None and shiboken6.isValid(box) and box.isVisible():
            again = tr("CrashReport", "It happened {count} times since the app started.")
            box.setInformativeText(again.format(count=self.count))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("CrashReport", TITLE),
            crash_message(self.log_file),
            QMessageBox.StandardButton.Ok,
            QApplication.activeWindow(),
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setEscapeButton(QMessageBox.StandardButton.Ok)  # Enter and Esc both close it
        box.setWindowModality(Qt.WindowModality.NonModal)  # the till keeps working
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.box = box
        box.show()
        box.raise_()
        box.activateWindow()  # Enter or Esc closes it at once
