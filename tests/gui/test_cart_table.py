"""The cart table tells the view only what changed, and its line numbers still fit."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from pos_desktop.services.sales import TillInfo
from pos_desktop.ui.cart import Cart, CartLine
from pos_desktop.ui.models.cart_table import TOTAL_COLUMN, CartTableModel

TILL = TillInfo("EXPO24", "Expo", "EUR", "T1", True, Decimal(19))


def _table(qtbot: QtBot, lines: int) -> tuple[QTableView, CartTableModel]:
    model = CartTableModel(Cart(TILL))
    for n in range(lines):
        model.add_line(CartLine(f"Line {n}", "2", "12.50", "19"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def test_adding_a_line_announces_that_row_only(qtbot: QtBot) -> None:
    _view, model = _table(qtbot, 3)
    changed: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    with qtbot.waitSignal(model.cart_changed):
        model.add_line(CartLine("Coffee", "1", "2.50"))
    assert (inserted, changed) == ([(3, 3)], [])
    assert model.cart.gross == Decimal("77.50")


def test_an_edit_repaints_its_row_and_moves_the_totals(qtbot: QtBot) -> None:
    _view, model = _table(qtbot, 3)
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b: changed.append((a.row(), a.column(), b.row(), b.column()))
    )
    quantity = model.index(1, 1)
    with qtbot.waitSignal(model.cart_changed):
        assert model.setData(quantity, "4")
    assert changed == [(1, 0, 1, TOTAL_COLUMN)]
    assert model.data(model.index(1, TOTAL_COLUMN)) == "50.00"
    assert model.cart.gross == Decimal("100.00")
    assert model.setData(quantity, "4,5")  # kept as typed, shown as a problem on its row
    assert model.data(quantity, Qt.ItemDataRole.BackgroundRole) is not None
    assert "quantity" in str(model.data(quantity, Qt.ItemDataRole.ToolTipRole))
    assert model.data(QModelIndex()) is None


def test_line_numbers_fit_in_their_header_as_the_cart_grows(qtbot: QtBot) -> None:
    view, model = _table(qtbot, 9)
    header = view.verticalHeader()
    bold = view.font()
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for lines in (9, 10, 100, 1000):
        while model.rowCount() < lines:
            model.add_line(CartLine("Badge", "1", "1.00"))
        needed = metrics.horizontalAdvance(str(lines))
        qtbot.waitUntil(lambda needed=needed: header.width() >= needed)  # type: ignore[misc]
        assert header.width() < needed + 40  # and not absurdly wide
