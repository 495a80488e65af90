"""Editing an issued invoice from its view: keyboard only, managers only, never silently lost."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.invoice_editor import InvoiceEditor
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, type_text
from tests.gui.selling import sell_by_keyboard
from tests.gui.test_checkout import open_checkout

NUMBER = "EXPO24-T1-000001"


def open_editor(qtbot: QtBot, panel: InvoicePanel) -> InvoiceEditor:
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(panel, "editor", None), InvoiceEditor))
    editor = panel.editor
    qtbot.waitUntil(lambda: focused() is editor.table)
    return editor


def test_a_manager_changes_a_quantity_and_sees_what_is_still_owed(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, manager_ctx)
    sell_by_keyboard(qtbot, screen, "Poster", "8.00")
    editor = open_editor(qtbot, screen.done_panel)
    assert editor.model.data(editor.model.index(0, 2)) == "8.00"

    press(qtbot, Qt.Key.Key_Right)  # to the quantity
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.cart.totals.gross == Decimal("24.00"))  # commits queued
    assert not editor.messages.text()  # Enter in a cell did not try to save
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert focused() is editor.reason
    type_text(qtbot, "three posters, not one")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    panel = screen.done_panel
    qtbot.waitUntil(lambda: "edited" in panel.messages.text())
    assert "still owes 16.00 EUR" in panel.messages.text()
    stored = services.billing.get(staff.admin, NUMBER)
    assert (stored.gross, stored.paid, stored.revision) == (Decimal("24.00"), Decimal("8.00"), 1)
    assert [line.quantity for line in stored.lines] == [Decimal(3)]
    [(revision, _at, who, reason)] = services.billing.revisions(staff.admin, NUMBER)
    assert (revision, reason, who) == (1, "three posters, not one", "maria")


def test_without_a_reason_nothing_is_saved(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, manager_ctx)
    sell_by_keyboard(qtbot, screen, "Poster", "8.00")
    editor = open_editor(qtbot, screen.done_panel)
    press(qtbot, Qt.Key.Key_Delete)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Mug")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "5.50")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert "why" in editor.messages.text()
    assert editor.isVisible() and focused() is editor.reason
    assert services.billing.get(staff.admin, NUMBER).gross == Decimal("8.00")
    assert [line.description for line in editor.cart.lines] == ["Mug"]


def test_a_change_made_meanwhile_is_refused_and_the_edit_stays_on_screen(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, manager_ctx)
    sell_by_keyboard(qtbot, screen, "Poster", "8.00")
    editor = open_editor(qtbot, screen.done_panel)
    services.billing.edit(
        staff.admin,
        NUMBER,
        [LineInput("Poster A1", Decimal(1), Decimal("9.00"), Decimal(20))],
        reason="price fixed at the other till",
        expected_version=editor.view.version,
    )
    editor.reason.setText("typo")
    editor.save()

    qtbot.waitUntil(lambda: "changed meanwhile" in editor.messages.text())
    assert editor.isVisible() and editor.buttons.isEnabled()
    assert services.billing.get(staff.admin, NUMBER).lines[0].description == "Poster A1"


def test_a_cashier_cannot_edit(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    sell_by_keyboard(qtbot, screen, "Poster", "8.00")
    panel = screen.done_panel
    assert not panel.edit_button.isEnabled()
    assert "manager" in panel.edit_button.toolTip()
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert getattr(panel, "editor", None) is None
