"""The email outbox in the app: register at the counter with the mail server down, the server
comes up, the background sender delivers the welcome, the customer card says "sent"; the status
bar counts what waits; managers retry from the Outbox screen; the invoice view sends again."""

from __future__ import annotations

import io
from decimal import Decimal

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.outbox import MessageState
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.customer_lookup import CustomerLookup
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from pos_desktop.ui.screens.outbox import OutboxScreen
from pos_desktop.ui.screens.register_customer import RegisterCustomerScreen
from pos_desktop.ui.widgets.outbox_status import OutboxStatusLabel
from tests.conftest import Staff
from tests.gui.keyboard import show_active
from tests.gui.test_register_customer import press, type_fields
from tests.support.clock import FakeClock
from tests.support.network import closed_port
from tests.support.pdf_reading import page_texts
from tests.support.smtp_server import SmtpServer

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def point_smtp_at(services: Services, port: int) -> None:
    smtp = services.settings.smtp
    smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", port, "none", "b@shop.example"
    mailer = services.outbox_sender.mailer
    assert isinstance(mailer, SmtpMailer)
    mailer.timeout = 2.0


def test_registered_with_the_server_down_the_welcome_arrives_later_and_the_card_says_sent(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, clock: FakeClock
) -> None:
    port = closed_port()
    point_smtp_at(services, port)
    loop = services.mail_loop  # the app's own sender: a round every 10 s, or when woken
    assert cashier_ctx.services is services
    loop.start()
    try:
        window = MainWindow(cashier_ctx)
        show_active(qtbot, window)
        label = window.outbox_label
        assert isinstance(label, OutboxStatusLabel)

        register = window.show_screen("Register customer")
        assert isinstance(register, RegisterCustomerScreen)
        qtbot.waitUntil(register.name.hasFocus)
        type_fields(qtbot, "Anna Schmidt", "anna@example.org")
        qtbot.waitUntil(register.save_button.isEnabled)
        with qtbot.waitSignal(register.registered) as saved:
            press(qtbot, Qt.Key.Key_S, CTRL)
        code = saved.args[0].code if isinstance(saved.args[0], CustomerView) else ""

        def tried() -> bool:  # at once, not 10 s later: the registration woke the sender
            entry = services.outbox.customer_status(cashier_ctx.actor, code)
            return entry is not None and "connection refused" in entry.status_text

        qtbot.waitUntil(tried, timeout=5_000)
        label.refresh()
        qtbot.waitUntil(lambda: label.text() == "Outbox: 1 waiting")

        with SmtpServer(port=port) as server:
            clock.advance(minutes=1)  # past the backoff
            loop.wake()
            qtbot.waitUntil(lambda: len(server.messages) == 1, timeout=10_000)
            (message,) = server.messages
            qtbot.waitUntil(
                lambda: services.outbox.waiting_count() == 0, timeout=5_000
            )  # marked sent after the server's OK
    finally:
        loop.stop()
    png = next(p for p in message.walk() if p.get_content_type() == "image/png")
    data = png.get_payload(decode=True)
    assert isinstance(data, bytes)
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(data)))] == [code]

    label.refresh()
    qtbot.waitUntil(lambda: label.text() == "Outbox: all sent")
    lookup = CustomerLookup(cashier_ctx, window)
    show_active(qtbot, lookup)
    lookup.code.setText(code)
    lookup.look_up()
    qtbot.waitUntil(lambda: lookup.card is not None)
    assert lookup.card is not None and lookup.card.email_status == "sent"
    assert "Welcome email: <b style='color:#15803d'>sent</b>" in lookup.card_view.label.text()
    lookup.close()


def test_a_manager_retries_a_failed_message_from_the_outbox_screen(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    port = closed_port()
    point_smtp_at(services, port)
    with SmtpServer(port=port) as server:
        server.bouncing.add("anna@example.org")
        services.customers.register(
            staff.cashier, CustomerInput(name="Anna Schmidt", email="anna@example.org")
        )
        services.outbox_sender.send_due()
        screen = OutboxScreen(manager_ctx)
        show_active(qtbot, screen)
        screen.state.setCurrentIndex(1)  # Failed
        screen.activate()
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
        screen.table.setCurrentIndex(screen.model.index(0, 0))
        assert "refused the address anna@example.org (550" in screen.details.text()
        server.bouncing.clear()
        QTest.keyClick(screen.table, Qt.Key.Key_R, CTRL)
        qtbot.waitUntil(lambda: "will be sent at the next round" in screen.messages.text())
        assert services.outbox_sender.send_due().sent == 1
        assert len(server.messages) == 1


def test_the_invoice_view_sends_the_invoice_again(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    code = services.customers.register(
        staff.cashier, CustomerInput(name="Anna Schmidt", email="anna@example.org")
    ).code
    view = services.billing.create_invoice(
        staff.cashier, SaleInput([LineInput("Pen", Decimal(1), Decimal("2.00"), Decimal(19))], code)
    )
    panel = InvoicePanel(cashier_ctx)
    show_active(qtbot, panel)
    panel.show_invoice(view)
    assert panel.email_button.isEnabled()
    panel.email_button.click()
    qtbot.waitUntil(lambda: "anna@example.org queued" in panel.messages.text())
    kinds = [e.kind for e in services.outbox.messages(staff.manager, state=MessageState.QUEUED)]
    assert kinds == ["invoice", "invoice", "welcome"]


def sold_to_anna(services: Services, staff: Staff, pens: int = 1) -> InvoiceView:
    code = services.customers.register(
        staff.cashier, CustomerInput(name="Anna Schmidt", email="anna@example.org")
    ).code
    return services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Pen", Decimal(pens), Decimal("2.00"), Decimal(19))],
            code,
            [PaymentInput(PaymentMethod.CASH, Decimal(2 * pens))],
        ),
    )


def test_ctrl_m_on_a_refunded_invoice_offers_the_refund_notice_first_and_enter_sends_it(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    view = sold_to_anna(services, staff, pens=2)
    number = view.number or ""
    note = services.refunds.refund(
        staff.cashier, number, [RefundLine(1, Decimal(1))], method="cash", reason="leaks"
    )
    panel = InvoicePanel(cashier_ctx)
    show_active(qtbot, panel)
    panel.show_invoice(view)
    assert panel.email_button.text() == "Send invoice again (Ctrl+M)"

    press(qtbot, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(panel.email_menu.isVisible)
    menu = panel.email_menu
    assert [a.text() for a in menu.actions()] == [
        f"Refund notice {note.number} (2.00 EUR)",
        f"Invoice {number}",
    ]
    assert menu.activeAction() is menu.actions()[0]
    QTest.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "anna@example.org queued" in panel.messages.text())
    assert f"Credit note {note.number} for invoice {number}" in panel.messages.text()

    port = closed_port()
    point_smtp_at(services, port)
    with SmtpServer(port=port) as server:
        services.outbox_sender.send_due()
    resent = [m for m in server.messages if m["Subject"].startswith("Credit note")]
    assert len(resent) == 2  # the refund's own notice, and the one sent again
    (pdf,) = [p for p in resent[1].walk() if p.get_content_type() == "application/pdf"]
    data = pdf.get_payload(decode=True)
    assert isinstance(data, bytes)
    text = " ".join(page_texts(data))
    assert note.number in text and "2.00" in text


def test_ctrl_m_on_a_voided_invoice_queues_the_void_notice_without_asking(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    view = sold_to_anna(services, staff)
    voided = services.billing.void(staff.manager, view.number or "", reason="wrong customer")
    panel = InvoicePanel(cashier_ctx)
    show_active(qtbot, panel)
    panel.show_invoice(voided)
    assert panel.email_button.text() == "Send void notice again (Ctrl+M)"

    press(qtbot, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: "anna@example.org queued" in panel.messages.text())
    assert not panel.email_menu.isVisible()
    assert f"Invoice {view.number} has been cancelled" in panel.messages.text()
    kinds = [e.kind for e in services.outbox.messages(staff.manager, state=MessageState.QUEUED)]
    assert kinds == ["void", "void", "invoice", "welcome"]


def test_the_outbox_screen_filters_by_kind_and_state_from_the_keyboard(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    view = sold_to_anna(services, staff, pens=2)  # a welcome and an invoice
    services.refunds.refund(staff.manager, view.number or "", method="cash", reason="leaks")
    services.outbox.send_invoice_again(staff.cashier, view.number or "", kind="invoice")
    screen = OutboxScreen(manager_ctx)
    show_active(qtbot, screen)
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)  # all waiting

    press(qtbot, Qt.Key.Key_K, ALT)
    assert screen.kind.hasFocus()
    press(qtbot, Qt.Key.Key_I)  # "Invoice", as a combo box finds an item by its first letter
    assert screen.kind.currentText() == "Invoice"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    rows = [screen.model.row(i) for i in range(screen.model.rowCount())]
    assert {r.kind for r in rows} == {"invoice"}

    press(qtbot, Qt.Key.Key_Down)  # Void notice
    press(qtbot, Qt.Key.Key_Down)
    assert screen.kind.currentText() == "Refund notice"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.model.row(0).subject.startswith("Credit note")

    services.outbox.cancel(staff.manager, screen.model.row(0).id)
    press(qtbot, Qt.Key.Key_S, ALT)
    assert screen.state.hasFocus()
    press(qtbot, Qt.Key.Key_C)  # Cancelled
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.model.row(0).kind == "refund"
    press(qtbot, Qt.Key.Key_K, ALT)
    press(qtbot, Qt.Key.Key_Home)  # All kinds
    with qtbot.waitSignal(screen.model.page_loaded):
        press(qtbot, Qt.Key.Key_Down)  # Welcome: none of them was cancelled
    assert screen.kind.currentText() == "Welcome"
    assert screen.model.rowCount() == 0
