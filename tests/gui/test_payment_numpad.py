"""Touch mode: the payment dialog's numpad and one-tap notes."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pos_desktop.domain.invoice import PaymentMethod
from pos_desktop.ui.screens.payment_dialog import PaymentDialog
from tests.gui.keyboard import show_active


def open_dialog(qtbot: QtBot, *, touch: bool) -> PaymentDialog:
    dialog = PaymentDialog(Decimal("17.30"), "EUR", touch=touch)
    show_active(qtbot, dialog)
    return dialog


def tap(qtbot: QtBot, dialog: PaymentDialog, key: str) -> None:
    assert dialog.numpad is not None
    QTest.mouseClick(dialog.numpad.keys[key], Qt.MouseButton.LeftButton)


def test_a_tap_on_a_likely_note_takes_it_as_cash_and_shows_the_change(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, touch=True)
    assert dialog.numpad is not None
    notes = dialog.numpad.tenders
    assert [b.text() for b in notes] == ["20.00", "50.00", "100.00"]
    assert all(b.height() >= 44 for b in (*notes, *dialog.numpad.keys.values()))
    QTest.mouseClick(notes[1], Qt.MouseButton.LeftButton)
    assert dialog.cash.text() == "50.00"
    assert "Change: <b>32.70 EUR</b>" in dialog.outcome.text()
    assert [(p.method, p.amount) for p in dialog.payments()] == [
        (PaymentMethod.CASH, Decimal("50.00"))
    ]


def test_digits_type_into_the_field_last_used_without_taking_the_focus(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, touch=True)
    for key in ("2", "0"):  # the cash field opens with the total selected: replaced
        tap(qtbot, dialog, key)
    assert dialog.cash.text() == "20"
    assert "Change: <b>2.70 EUR</b>" in dialog.outcome.text()
    assert dialog.cash.hasFocus()
    tap(qtbot, dialog, "C")
    dialog.card.setFocus()
    for key in ("1", "7", ".", "3", "0"):
        tap(qtbot, dialog, key)
    assert (dialog.card.text(), dialog.cash.text()) == ("17.30", "")
    tap(qtbot, dialog, "⌫")
    assert dialog.card.text() == "17.3"
    assert dialog.settlement is not None and dialog.settlement.change == 0


def test_with_a_keyboard_there_is_no_numpad(qtbot: QtBot) -> None:
    assert open_dialog(qtbot, touch=False).numpad is None
