"""Refunding from the invoice view: part of a line back to stock; big refunds need a manager."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from pos_desktop.ui.screens.refund_dialog import RefundDialog
from tests.conftest import PASSWORD, Staff
from tests.gui.keyboard import focused, press, show_active, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def open_refund(
    qtbot: QtBot, ctx: UiContext, services: Services, staff: Staff, price: str
) -> InvoicePanel:
    mug = services.products.add(
        staff.manager, sku="MUG", name="Mug", price=price, vat_rate="19", track_stock=True
    )
    services.stock.adjust(staff.manager, "MUG", "5", location="BOOTH")
    line = LineInput("Mug", Decimal(2), Decimal(price), Decimal(19), product_id=mug.id)
    pay = PaymentInput(PaymentMethod.CARD, Decimal(price) * 2, reference="A1")
    view = services.billing.create_invoice(staff.cashier, SaleInput([line], None, [pay]))
    panel = InvoicePanel(ctx)
    show_active(qtbot, panel, (1000, 500))
    panel.show_invoice(view)
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(
        lambda: (
            isinstance(getattr(panel, "refund_dialog", None), RefundDialog)
            and focused() is panel.refund_dialog.reason
        )
    )
    return panel


def test_one_of_two_mugs_back_to_stock_by_card(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    panel = open_refund(qtbot, cashier_ctx, services, staff, "9.50")
    dialog = panel.refund_dialog
    assert dialog.method.currentData() == "card"  # as it was paid
    quantity = dialog.table.item(0, 3)
    assert quantity is not None
    quantity.setText("1")
    type_text(qtbot, "one chipped")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "Credit note EXPO24-T1CN-000001" in panel.messages.text())
    assert "give back 9.50 EUR by card" in panel.messages.text()
    [level] = services.stock.show(staff.manager, sku="MUG")
    assert level.quantity == Decimal(4)  # 5 - 2 sold + 1 back


def test_a_big_refund_is_approved_by_a_manager_in_place(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    panel = open_refund(qtbot, cashier_ctx, services, staff, "45.00")
    type_text(qtbot, "workshop cancelled")
    press(qtbot, Qt.Key.Key_Return)
    dialog = panel.refund_dialog
    qtbot.waitUntil(lambda: hasattr(dialog, "approval") and focused() is dialog.approval.username)
    type_text(qtbot, "maria")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Credit note" in panel.messages.text())
    [entry] = services.audit.entries(staff.admin, action="invoice.refund")
    assert "approved by maria" in entry.summary and "90.00 EUR" in entry.summary


def test_the_second_refund_of_an_invoice_asks_a_manager_who_may_mistype(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    """30.00 back alone, then 30.00 more of the same invoice: 60.00 is beyond the 50.00 limit."""
    panel = open_refund(qtbot, cashier_ctx, services, staff, "30.00")
    dialog = panel.refund_dialog
    assert dialog.view.number is not None
    services.refunds.refund(
        staff.cashier, dialog.view.number, [RefundLine(1, Decimal(1))], method="card", reason="one"
    )
    quantity = dialog.table.item(0, 3)
    assert quantity is not None
    quantity.setText("1")
    type_text(qtbot, "second mug chipped")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hasattr(dialog, "approval") and focused() is dialog.approval.username)
    approval = dialog.approval
    assert "brings the refunds of EXPO24-T1-000001 to 60.00 EUR" in approval.why.text()
    type_text(qtbot, "maria")
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, "not her password")
    press(qtbot, Qt.Key.Key_Return)
    # Refused by the service: the same dialog says why and asks for the password again.
    qtbot.waitUntil(lambda: "wrong user name or password" in approval.messages.text())
    assert approval.isVisible() and focused() is approval.password
    assert approval.password.text() == ""
    type_text(qtbot, PASSWORD)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Credit note EXPO24-T1CN-000002" in panel.messages.text())
    assert not approval.isVisible()
    notes = services.credit_notes.of_invoice(staff.admin, dialog.view.number)
    assert [(n.gross, n.approved_by) for n in notes] == [
        (Decimal("30.00"), None),
        (Decimal("30.00"), "maria"),
    ]
    [refused] = services.audit.entries(staff.admin, action="approval.refused")
    assert refused.entity_key == "maria" and refused.actor == "carl"
