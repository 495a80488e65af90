"""Invoice and customer lists: lazy pages, filters as you type, details by keyboard."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.models.paged_table import PAGE_SIZE
from pos_desktop.ui.screens.customers import CustomersScreen
from pos_desktop.ui.screens.invoices import InvoicesScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text

POSTER = LineInput("Poster", Decimal(1), Decimal("8.00"), Decimal(19))


@pytest.fixture
def ada_and_bob(services: Services, staff: Staff) -> tuple[str, str]:
    ada = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Schmidt", email="ada@example.com", company="AE")
    )
    bob = services.customers.register(
        staff.cashier, CustomerInput(name="Bob Meier", email="bob@example.com")
    )
    return ada.code, bob.code


def show(qtbot: QtBot, screen: InvoicesScreen | CustomersScreen) -> None:
    show_active(qtbot, screen, (1100, 600))
    screen.activate()
    qtbot.waitUntil(lambda: not screen.model.loading)


def test_invoices_arrive_page_by_page_as_the_list_scrolls(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    total = PAGE_SIZE + 25
    for _ in range(total):
        services.billing.create_invoice(staff.cashier, SaleInput([POSTER]))
    screen = InvoicesScreen(cashier_ctx)
    show(qtbot, screen)
    assert screen.model.rowCount() == PAGE_SIZE
    assert screen.model.row(0).number == f"EXPO24-T1-{total:06d}"  # newest first

    screen.table.scrollToBottom()
    qtbot.waitUntil(lambda: screen.model.rowCount() == total)
    numbers = [screen.model.row(i).number for i in range(total)]
    assert len(set(numbers)) == total and numbers[-1] == "EXPO24-T1-000001"


def test_typing_a_customer_code_lists_their_invoices_and_enter_opens_one(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    ada_and_bob: tuple[str, str],
) -> None:
    ada, bob = ada_and_bob
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER], ada))
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER], bob))
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER]))
    screen = InvoicesScreen(cashier_ctx)
    show(qtbot, screen)
    assert screen.model.rowCount() == 3

    type_text(qtbot, bob.lower())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    assert screen.model.row(0).customer_name == "Bob Meier"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.detail)
    assert "EXPO24-T1-000002" in screen.detail.details.text()
    assert "Bob Meier" in screen.detail.details.text()


def test_voided_filter_shows_only_voided_invoices(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER]))
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER]))
    services.billing.void(staff.manager, "EXPO24-T1-000001", reason="test")
    screen = InvoicesScreen(cashier_ctx)
    show(qtbot, screen)
    screen.status.setCurrentIndex(screen.status.findText("Voided"))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    assert screen.model.row(0).number == "EXPO24-T1-000001"


def test_customer_search_narrows_as_you_type_and_shows_the_card(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    ada_and_bob: tuple[str, str],
) -> None:
    ada, _bob = ada_and_bob
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER, POSTER], ada))
    screen = CustomersScreen(cashier_ctx)
    show(qtbot, screen)
    assert [c.name for c in screen.model.rows] == ["Ada Schmidt", "Bob Meier"]

    type_text(qtbot, "schmi")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.card.card is not None)
    text = screen.card.label.text()
    assert "Ada Schmidt" in text and "<b>1</b> bill" in text and "16.00 EUR" in text


def test_header_clicks_sort_customers_and_ctrl_e_corrects_one(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    ada_and_bob: tuple[str, str],
) -> None:
    screen = CustomersScreen(cashier_ctx)
    show(qtbot, screen)
    header = screen.table.horizontalHeader()

    def names() -> list[str]:
        return [c.name for c in screen.model.rows]

    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the Order drop-down
    press(qtbot, Qt.Key.Key_Down)  # Name Z-A
    qtbot.waitUntil(lambda: names() == ["Bob Meier", "Ada Schmidt"] and not screen.model.loading)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    header.setSortIndicator(6, Qt.SortOrder.AscendingOrder)  # as a Registered header click
    qtbot.waitUntil(lambda: names() == ["Bob Meier", "Ada Schmidt"] and not screen.model.loading)
    assert screen.order_picker.currentText() == "Newest first"
    header.setSortIndicator(6, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: names() == ["Ada Schmidt", "Bob Meier"] and not screen.model.loading)
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # Email: no index, not sortable
    assert (header.sortIndicatorSection(), screen.order.value) == (6, "newest")

    screen.table.setFocus()
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.card.card is not None)
    press(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: hasattr(screen, "editor") and focused() is screen.editor.form.name)
    assert screen.editor.form.name.text() == "Ada Schmidt"  # the oldest, first in this order
    screen.editor.form.company.setText("Analytical Engines")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "saved" in screen.messages.text())
    assert services.customers.get(staff.admin, ada_and_bob[0]).company == "Analytical Engines"


def test_the_bills_and_total_columns_sort_and_follow_refunds(
    qtbot: QtBot,
    manager_ctx: UiContext,
    services: Services,
    staff: Staff,
    ada_and_bob: tuple[str, str],
) -> None:
    ada, bob = ada_and_bob
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER], ada))
    sold = services.billing.create_invoice(staff.cashier, SaleInput([POSTER, POSTER], bob))
    assert sold.number is not None
    screen = CustomersScreen(manager_ctx)
    show(qtbot, screen)

    def rows() -> list[tuple[str, str, str]]:
        model = screen.model
        return [
            (
                model.data(model.index(r, 0)),
                model.data(model.index(r, 8)),
                model.data(model.index(r, 9)),
            )
            for r in range(model.rowCount())
        ]

    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # the Order drop-down
    screen.order_picker.setCurrentText("Most billed first")
    qtbot.waitUntil(lambda: screen.order.value == "total" and not screen.model.loading)
    assert rows() == [("Bob Meier", "1", "16.00 EUR"), ("Ada Schmidt", "1", "8.00 EUR")]

    services.refunds.refund(
        staff.manager, sold.number, [RefundLine(1, Decimal(1))], method="cash", reason="bent"
    )
    services.billing.create_invoice(staff.cashier, SaleInput([POSTER], ada))
    screen.reload()
    qtbot.waitUntil(lambda: not screen.model.loading and rows()[0][0] == "Ada Schmidt")
    assert rows() == [("Ada Schmidt", "2", "16.00 EUR"), ("Bob Meier", "1", "8.00 EUR")]
    screen.table.horizontalHeader().setSortIndicator(9, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not screen.model.loading and rows()[0][0] == "Bob Meier")


def test_the_invoice_list_turns_to_oldest_first_from_the_keyboard(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    for _ in range(3):
        services.billing.create_invoice(staff.cashier, SaleInput([POSTER]))
    screen = InvoicesScreen(cashier_ctx)
    show(qtbot, screen)

    def numbers() -> list[str | None]:
        return [r.number for r in screen.model.rows]

    assert numbers() == [f"EXPO24-T1-00000{n}" for n in (3, 2, 1)]
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: numbers() == [f"EXPO24-T1-00000{n}" for n in (1, 2, 3)])
    assert screen.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
