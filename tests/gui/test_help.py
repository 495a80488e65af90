"""F1 lists every shortcut of the screens that print reports and credit notes."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.cash_drawer import CashDrawerScreen
from pos_desktop.ui.screens.help import shortcuts_html
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from pos_desktop.ui.screens.reports import ReportsScreen

#: Enter and Esc act on the field with the focus; the help names them by what they do.
PLAIN = {"Return", "Enter", "Esc"}


def keys(widget: QWidget) -> set[str]:
    found = {
        s.key().toString(QKeySequence.SequenceFormat.PortableText)
        for s in widget.findChildren(QShortcut)
    }
    return found - PLAIN


def test_every_shortcut_of_the_cash_drawer_invoice_view_and_reports_is_in_the_help(
    qtbot: QtBot, manager_ctx: UiContext
) -> None:
    screens: list[QWidget] = [
        CashDrawerScreen(manager_ctx),
        InvoicePanel(manager_ctx),
        ReportsScreen(manager_ctx),
    ]
    for screen in screens:
        qtbot.addWidget(screen)
    help_text = shortcuts_html()
    wanted = set().union(*(keys(screen) for screen in screens))
    assert {"Ctrl+P", "Ctrl+D", "Ctrl+S", "Ctrl+Shift+C", "Ctrl+Shift+D", "F5"} <= wanted
    assert sorted(key for key in wanted if key not in help_text) == []


def test_the_main_windows_own_shortcuts_are_in_the_help_and_none_is_taken_twice(
    qtbot: QtBot, manager_ctx: UiContext
) -> None:
    window = MainWindow(manager_ctx)
    qtbot.addWidget(window)
    own = {
        s.key().toString(QKeySequence.SequenceFormat.PortableText)
        for s in window.findChildren(QShortcut)
        if s.parent() is window
    }
    assert {"Ctrl+K", "Ctrl+L", "Ctrl+Shift+V", "Ctrl+Shift+P", "F1", "F4"} <= own
    help_text = shortcuts_html()
    # Ctrl+1 ... Ctrl+0 are listed as one range.
    assert sorted(k for k in own if k not in help_text and not k[-1].isdigit()) == []
    # A window-wide key that a screen also uses would be ambiguous there: neither would fire.
    screens = set().union(*(keys(screen) for screen in window.screens.values()))
    assert sorted(own & screens) == []
