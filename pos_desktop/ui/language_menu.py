"""The main window's Language menu: each user picks the UI's language for themselves.

The seven languages in their own names (whoever cannot read the current one still finds
theirs), the current one checked. Choosing one only asks: the terminal lock stores it through
the service and builds the window anew in it (ui/idle_lock.py), the open cart handed over.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from pos_desktop.domain.languages import LANGUAGES
from pos_desktop.ui.i18n import current_language, tr


def add_language_menu(window: QMainWindow) -> tuple[QMenu, dict[str, QAction]]:
    """``Alt+L``: one checkable action per language, keyed by its code."""
    menu = window.menuBar().addMenu(tr("LanguageMenu", "&Language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for code, name in LANGUAGES.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == current_language())
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
        actions[code] = action
    return menu, actions
