"""The main window's Help menu: the shortcuts, the log folder, the facts a helper asks for.

"Which version? Which database? Where is the log?" are the first questions when something
goes wrong at a booth; one click puts the answers on the clipboard, ready to paste into an
email, and another opens the folder with the log file to attach. Nothing secret goes with
them: the database URL is shown without its password.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from pos_desktop import __version__
from pos_desktop.adapters.log_files import log_file
from pos_desktop.bootstrap import Services
from pos_desktop.config import masked
from pos_desktop.config.file_modes import private_folder
from pos_desktop.ui.i18n import tr

#: How long the status bar says the information was copied.
COPIED_MS = 5000


def system_information(services: Services) -> str:
    """Plain text, one fact a line, for an email or a support ticket."""
    settings = services.settings
    admin = services.database_admin
    rows = (
        ("Booth POS", __version__),
        ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
        ("Qt", f"{qVersion()} (PySide6 {pyside_version})"),
        ("System", f"{platform.platform()} ({sys.platform})"),
        ("Database", f"{admin.backend}: {masked('database.url', admin.url)}"),
        ("Terminal", f"{settings.pos.terminal} ({settings.pos.terminal_name})"),
        ("Log file", str(log_file(settings))),
    )
    return "".join(f"{name}: {value}\n" for name, value in rows)


def add_help_menu(
    window: QMainWindow, services: Services, show_shortcuts: Callable[[], None]
) -> QMenu:
    """``Alt+H``: keyboard shortcuts (F1), open the log folder, copy the system information."""
    menu = window.menuBar().addMenu(tr("HelpMenu", "&Help"))
    shortcuts = QAction(
        tr("HelpMenu", "&Keyboard shortcuts\tF1"), window
    )  # F1 itself is the window's shortcut
    shortcuts.triggered.connect(show_shortcuts)
    folder = QAction(tr("HelpMenu", "Open &log folder"), window)
    folder.triggered.connect(lambda: open_log_folder(services))
    copy = QAction(tr("HelpMenu", "&Copy version and system information"), window)
    copy.triggered.connect(lambda: copy_system_information(window, services))
    for action in (shortcuts, folder, copy):
        menu.addAction(action)
    return menu


def open_log_folder(services: Services) -> bool:
    """In the desktop's file manager; created first (0700) if nothing was logged yet."""
    folder = private_folder(log_file(services.settings).parent)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def copy_system_information(window: QMainWindow, services: Services) -> None:
    QApplication.clipboard().setText(system_information(services))
    window.statusBar().showMessage(
        tr("HelpMenu", "Version and system information copied"), COPIED_MS
    )
