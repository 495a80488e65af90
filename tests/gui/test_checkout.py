"""The checkout, driven by the keyboard alone, against real databases."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import PaymentMethod
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.checkout import CheckoutScreen
from tests.conftest import PASSWORD, Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.selling import pay_and_confirm, sell_by_keyboard
from tests.support.databases import Outage


@pytest.fixture
def customer_code(services: Services, staff: Staff) -> str:
    view = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com", company="AE")
    )
    return view.code


def open_checkout(qtbot: QtBot, ctx: UiContext) -> CheckoutScreen:
    screen = CheckoutScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.cart is not None)
    assert focused() is screen.scan
    return screen


def stored_invoices(services: Services, staff: Staff) -> list[InvoiceView]:
    """Every invoice in the database, as the service reads it back."""
    summaries = services.billing.list_invoices(staff.admin, limit=500)
    return [services.billing.get(staff.admin, s.number) for s in summaries if s.number]


def test_a_whole_sale_with_the_keyboard_only(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, customer_code: str
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)

    type_text(qtbot, customer_code.lower())  # scanners and people type lower case too
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)
    assert "Ada Lovelace" in screen.card_view.label.text()

    press(qtbot, Qt.Key.Key_F3)
    assert focused() is screen.line_entry.description
    type_text(qtbot, "Workshop seat")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "89.00")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "Catalogue")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12.50")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "\b2")  # quantity 2 instead of the default 1
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "\b\b7")  # 7 % VAT instead of the default 20
    press(qtbot, Qt.Key.Key_Return)
    assert "Total 114.00 EUR" in screen.totals.total.text()

    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: getattr(screen, "payment_dialog", None) is not None)
    dialog = screen.payment_dialog
    qtbot.waitUntil(lambda: focused() is dialog.cash)
    type_text(qtbot, "150")  # the total is selected: typing replaces it
    assert "Change: <b>36.00 EUR</b>" in dialog.outcome.text()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(screen, "confirmation", None) is not None)
    assert "Ada Lovelace" in screen.confirmation.summary.text()
    press(qtbot, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    assert "EXPO24-T1-000001" in screen.done_panel.details.text()
    [invoice] = stored_invoices(services, staff)
    assert (invoice.number, invoice.customer_code) == ("EXPO24-T1-000001", customer_code)
    assert (invoice.gross, invoice.paid, invoice.change) == (
        Decimal("114.00"),
        Decimal("114.00"),
        Decimal("36.00"),
    )
    assert [(ln.description, ln.quantity, ln.vat_rate) for ln in invoice.lines] == [
        ("Workshop seat", Decimal(1), Decimal(20)),
        ("Catalogue", Decimal(2), Decimal(7)),
    ]
    assert [(p.method, p.amount, p.tendered) for p in invoice.payments] == [
        (PaymentMethod.CASH, Decimal("114.00"), Decimal("150.00"))
    ]
    assert invoice.cashier == "carl"

    press(qtbot, Qt.Key.Key_Return)  # Done: back to an empty checkout, ready to scan
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.sale_page)
    assert focused() is screen.scan
    assert screen.cart is not None and screen.cart.lines == [] and screen.cart.customer is None


def test_a_mistyped_code_is_refused_and_nothing_changes(
    qtbot: QtBot, cashier_ctx: UiContext, customer_code: str
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    wrong = customer_code[:-1] + ("2" if customer_code[-1] != "2" else "3")
    type_text(qtbot, wrong)
    press(qtbot, Qt.Key.Key_Return)
    assert "mistyped" in screen.messages.text()
    assert screen.cart is not None and screen.cart.customer is None


def test_an_unknown_barcode_says_so(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    type_text(qtbot, "4006381333931")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(screen.messages.isVisible)
    assert "neither a customer code nor a known product" in screen.messages.text()


def test_a_scanned_product_becomes_a_line(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.products.add(
        staff.admin,
        sku="MUG",
        name="Enamel mug",
        price="14.00",
        vat_rate="19",
        barcodes=["4006381333931"],
    )
    screen = open_checkout(qtbot, cashier_ctx)
    type_text(qtbot, "4006381333931")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and len(screen.cart.lines) == 1)
    assert screen.cart is not None
    assert (screen.cart.lines[0].description, screen.cart.lines[0].unit_price) == (
        "Enamel mug",
        "14.00",
    )
    assert "Total 14.00 EUR" in screen.totals.total.text()


def test_a_product_found_by_name_one_match_added_several_offered(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    for sku, name, price in (("MUG", "Enamel mug", "14.00"), ("CUP", "Enamel cup", "9.00")):
        services.products.add(staff.admin, sku=sku, name=name, price=price, vat_rate="19")
    services.products.add(staff.admin, sku="TOTE", name="Canvas tote", price="12", vat_rate="19")
    screen = open_checkout(qtbot, cashier_ctx)
    type_text(qtbot, "canvas")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and len(screen.cart.lines) == 1)

    type_text(qtbot, "enamel")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: hasattr(screen, "product_picker") and focused() is screen.product_picker.list
    )
    assert screen.product_picker.list.count() == 2
    press(qtbot, Qt.Key.Key_Down)  # "Enamel mug" (sorted by name: cup, mug)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and len(screen.cart.lines) == 2)
    assert screen.cart is not None
    assert [line.description for line in screen.cart.lines] == ["Canvas tote", "Enamel mug"]
    assert "Total 26.00 EUR" in screen.totals.total.text()
    qtbot.waitUntil(lambda: focused() is screen.scan)


def test_a_wrong_amount_is_explained_and_the_line_stays_typed(
    qtbot: QtBot, cashier_ctx: UiContext
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Poster")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12,50")
    press(qtbot, Qt.Key.Key_Return)
    assert "unit price" in screen.messages.text()
    assert screen.line_entry.amount.text() == "12,50"
    assert screen.cart is not None and screen.cart.lines == []


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_cart_survives_a_database_outage(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, customer_code: str
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    type_text(qtbot, customer_code)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Consulting hour")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "120")
    press(qtbot, Qt.Key.Key_Return)

    outage = Outage(services.db.url)
    outage.start()
    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: not screen.saving)

    assert "database" in screen.messages.text()
    assert "still here" in screen.messages.text()
    assert screen.pages.currentWidget() is screen.sale_page
    assert screen.cart is not None and [ln.description for ln in screen.cart.lines] == [
        "Consulting hour"
    ]
    assert screen.cart.customer is not None

    outage.restore()
    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    [invoice] = stored_invoices(services, staff)
    assert (invoice.gross, invoice.customer_code) == (Decimal("120.00"), customer_code)
    assert QApplication.focusWidget() is screen.done_panel.done_button


def test_a_cashier_cannot_void_and_the_service_agrees(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    sell_by_keyboard(qtbot, screen, "Poster", "8.00")
    panel = screen.done_panel
    assert not panel.void_button.isEnabled()
    assert "manager" in panel.void_button.toolTip()

    panel.void("customer changed their mind")  # even if the button were reachable
    qtbot.waitUntil(lambda: panel.messages.isVisible() and "may not" in panel.messages.text())
    [invoice] = stored_invoices(services, staff)
    assert invoice.status.value == "issued"


def test_a_manager_voids_the_sale_just_made(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, manager_ctx)
    sell_by_keyboard(qtbot, screen, "Poster", "8.00")
    panel = screen.done_panel
    assert panel.void_button.isEnabled()

    panel.void("wrong poster")
    qtbot.waitUntil(lambda: "voided" in panel.messages.text())
    [invoice] = stored_invoices(services, staff)
    assert (invoice.status.value, invoice.void_reason, invoice.voided_by) == (
        "voided",
        "wrong poster",
        "maria",
    )
    assert not panel.void_button.isEnabled()


def test_ctrl_n_drops_a_cart_only_after_a_yes(qtbot: QtBot, cashier_ctx: UiContext) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Poster")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "8.00")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.cart is not None and len(screen.cart.lines) == 1

    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is screen.discard_question.defaultButton())
    press(qtbot, Qt.Key.Key_Return)  # No is the default: a stray Enter loses nothing
    qtbot.waitUntil(lambda: focused() is screen.scan)
    assert len(screen.cart.lines) == 1

    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is screen.discard_question.defaultButton())
    press(qtbot, Qt.Key.Key_Left)  # to Yes
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not screen.cart.lines if screen.cart else False)


def test_a_discount_above_the_cashiers_limit_is_approved_by_a_manager_in_place(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Poster")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "20.00")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F8)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right)  # to the discount
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "25%")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.gross == Decimal("15.00"))

    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: hasattr(screen, "approval") and focused() is screen.approval.username)
    type_text(qtbot, "maria")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    [invoice] = stored_invoices(services, staff)
    assert invoice.gross == Decimal("15.00")
    [entry] = services.audit.entries(staff.admin, action="invoice.issue")
    assert "discount approved by maria" in entry.summary


def test_a_products_price_typed_down_is_a_discount_a_manager_approves_in_place(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.products.add(
        staff.admin, sku="MUG", name="Mug", price="9.50", vat_rate="19", track_stock=True
    )
    services.stock.adjust(staff.admin, "MUG", "5", location="BOOTH")
    screen = open_checkout(qtbot, cashier_ctx)
    type_text(qtbot, "MUG")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and len(screen.cart.lines) == 1)
    press(qtbot, Qt.Key.Key_F8)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Right)  # to the unit price
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, "0.01")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.gross == Decimal("0.01"))

    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: hasattr(screen, "approval") and focused() is screen.approval.username)
    approval = screen.approval
    assert "sold at 0.01 instead of 9.50, a discount of 99.89%" in approval.why.text()
    type_text(qtbot, "carl")  # the cashier cannot approve their own sale
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "carl (cashier) may not approve this" in approval.messages.text())
    assert stored_invoices(services, staff) == []
    approval.username.setFocus()
    approval.username.selectAll()
    type_text(qtbot, "maria")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    [invoice] = stored_invoices(services, staff)
    assert (invoice.gross, invoice.lines[0].unit_price) == (Decimal("0.01"), Decimal("0.01"))
    [entry] = services.audit.entries(staff.admin, action="invoice.issue")
    assert "discount approved by maria" in entry.summary


def test_f7_takes_a_discount_off_the_whole_sale(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    for description, amount in (("Book", "42.80"), ("Mug", "9.99")):
        press(qtbot, Qt.Key.Key_F3)
        type_text(qtbot, description)
        press(qtbot, Qt.Key.Key_Tab)
        type_text(qtbot, amount)
        press(qtbot, Qt.Key.Key_Return)
    screen.apply_basket_discount("10%")  # what F7's question passes on
    assert screen.cart is not None and screen.cart.gross == Decimal("47.51")
    assert "5.28 EUR off the whole sale" in screen.messages.text()
    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    [invoice] = stored_invoices(services, staff)
    assert (invoice.gross, invoice.discount) == (Decimal("47.51"), Decimal("5.28"))


def test_a_huge_cash_amount_is_asked_about_before_the_sale(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Coffee")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "5.00")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: getattr(screen, "payment_dialog", None) is not None)
    dialog = screen.payment_dialog
    qtbot.waitUntil(lambda: focused() is dialog.cash)
    type_text(qtbot, "100000000")  # a key held down
    assert "check the cash received" in dialog.outcome.text()

    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is dialog.large_tender_question.defaultButton())
    assert "100000000.00 EUR for 5.00 EUR due" in dialog.large_tender_question.text()
    press(qtbot, Qt.Key.Key_Return)  # No is the default: back to the amount
    qtbot.waitUntil(lambda: focused() is dialog.cash)
    assert dialog.cash.selectedText() == "100000000"
    assert getattr(screen, "confirmation", None) is None

    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is dialog.large_tender_question.defaultButton())
    press(qtbot, Qt.Key.Key_Left)  # to Yes: the customer really handed it over
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(screen, "confirmation", None) is not None)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    [invoice] = stored_invoices(services, staff)
    assert (invoice.paid, invoice.change) == (Decimal("5.00"), Decimal("99999995.00"))


def test_the_standard_sale_takes_three_scans_and_four_keys(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, customer_code: str
) -> None:
    """Scan the customer, scan two products, cash exact, next sale: the scanner sends each
    code with its Enter; the cashier presses F12, Enter (the exact cash), Enter (save) and
    Enter (next sale)."""
    for sku, price, barcode in (
        ("MUG", "14.00", "4006381333931"),
        ("CAT", "9.50", "4006381333948"),
    ):
        services.products.add(
            staff.admin, sku=sku, name=sku.title(), price=price, vat_rate="19", barcodes=[barcode]
        )
    screen = open_checkout(qtbot, cashier_ctx)
    keys = 0

    def scan(code: str) -> None:  # a keyboard-wedge scanner: the code, then its Enter
        type_text(qtbot, code)
        press(qtbot, Qt.Key.Key_Return)

    def key(which: Qt.Key) -> None:
        nonlocal keys
        keys += 1
        press(qtbot, which)

    scan(customer_code)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)
    scan("4006381333931")
    qtbot.waitUntil(lambda: screen.cart is not None and len(screen.cart.lines) == 1)
    scan("4006381333948")
    qtbot.waitUntil(lambda: screen.cart is not None and len(screen.cart.lines) == 2)
    key(Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: focused() is screen.payment_dialog.cash)
    key(Qt.Key.Key_Return)  # the cash field holds the total: exact
    qtbot.waitUntil(lambda: focused() is screen.confirmation.save_button)
    key(Qt.Key.Key_Return)  # save
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    key(Qt.Key.Key_Return)  # next sale
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.sale_page)
    assert focused() is screen.scan
    assert keys <= 4
    [invoice] = stored_invoices(services, staff)
    assert (invoice.customer_code, invoice.gross, invoice.change) == (
        customer_code,
        Decimal("23.50"),
        Decimal("0.00"),
    )
