"""The Reports screen: today's takings on screen and in a CSV the accountant can open."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.reports import ReportsScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active
from tests.support.paper import figures
from tests.support.pdf_reading import page_texts


def sell(services: Services, staff: Staff, amount: str, method: PaymentMethod) -> None:
    line = LineInput("Item", Decimal(1), Decimal(amount), Decimal(19))
    payment = PaymentInput(method, Decimal(amount), reference="R1")
    services.billing.create_invoice(staff.cashier, SaleInput([line], None, [payment]))


def test_todays_sales_are_shown_and_exported(
    qtbot: QtBot,
    manager_ctx: UiContext,
    services: Services,
    staff: Staff,
    tmp_path: Path,
) -> None:
    sell(services, staff, "20.00", PaymentMethod.CASH)
    sell(services, staff, "30.00", PaymentMethod.CARD)
    screen = ReportsScreen(manager_ctx)
    show_active(qtbot, screen, (1100, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.report is not None)
    text = screen.view.toPlainText()
    assert "Net sales 50.00 EUR from 2 invoices" in text
    assert "carl" in text

    target = tmp_path / "sales.csv"
    screen.export_to(target)
    qtbot.waitUntil(lambda: "Saved" in screen.messages.text())
    rows = list(csv.reader(target.read_text(encoding="utf-8").splitlines()))
    assert ["card", "1", "30.00"] in rows and ["cash", "1", "20.00"] in rows

    pdf = tmp_path / "sales.pdf"
    screen.pdf.ask_path = lambda _parent, _suggested: pdf
    screen.pdf.save_button.click()
    qtbot.waitUntil(lambda: f"Saved {pdf}" in screen.messages.text())
    assert figures("\n".join(page_texts(pdf.read_bytes())), "Gross") == ["50.00"]


def test_a_backwards_period_is_explained_from_the_keyboard(
    qtbot: QtBot, manager_ctx: UiContext
) -> None:
    screen = ReportsScreen(manager_ctx)
    show_active(qtbot, screen, (1100, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.report is not None)
    assert focused() is screen.first_day
    press(qtbot, Qt.Key.Key_Up)  # a day later than the last day
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "before the first day" in screen.messages.text())
    assert not screen.export_button.isEnabled()  # the old figures are not exported as these


def test_the_commission_tab_per_cashier_with_the_keyboard(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    book = services.products.add(
        staff.manager, sku="BOOK", name="Book", price="21.40", vat_rate="7", category="Books"
    )
    services.commission.set_rate(staff.manager, "cashier", "carl", "5")
    services.commission.set_rate(staff.manager, "category", "Books", "10")
    workshop = LineInput("Workshop", Decimal(1), Decimal("119.00"), Decimal(19))  # net 100
    books = LineInput("Book", Decimal(2), Decimal("21.40"), Decimal(7), product_id=book.id)
    services.billing.create_invoice(staff.cashier, SaleInput([workshop, books]))  # carl: 9.00
    services.billing.create_invoice(staff.manager, SaleInput([workshop]))  # maria: no rate
    screen = ReportsScreen(manager_ctx)
    show_active(qtbot, screen, (1100, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.commission.report is not None)

    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # the Commission tab
    qtbot.waitUntil(lambda: screen.tabs.currentWidget() is screen.commission)
    rows = table_rows(screen.commission.view.toHtml())
    assert rows == [
        ["Cashier", "Net sales", "Commission"],
        ["carl", "140.00", "9.00"],  # 5% of 100.00 + 10% of the books' 40.00
        ["maria", "100.00", "0.00"],
        ["Total", "240.00", "9.00"],
    ]

    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # the Cashier filter
    qtbot.waitUntil(lambda: focused() is screen.commission.cashier)
    press(qtbot, Qt.Key.Key_Down)
    assert table_rows(screen.commission.view.toHtml())[1:] == [["carl", "140.00", "9.00"]]
    press(qtbot, Qt.Key.Key_F5)  # the same cashier stays chosen over a new run
    qtbot.waitUntil(lambda: not manager_ctx.runner.busy)
    assert screen.commission.cashier.currentText() == "carl"
    assert table_rows(screen.commission.view.toHtml())[1:] == [["carl", "140.00", "9.00"]]


def table_rows(html: str) -> list[list[str]]:
    """The table's cells as a person reads them, row by row."""
    document = QTextDocument()
    document.setHtml(html)
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    table = cursor.currentTable()
    assert table is not None, html
    return [
        [table.cellAt(r, c).firstCursorPosition().block().text() for c in range(table.columns())]
        for r in range(table.rows())
    ]
