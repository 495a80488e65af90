"""The Cash drawer screen: a shift by keyboard, the Z report's difference on screen, the X and
Z reports on the till's printer (loopback) and as PDF."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.receipt import COPY_MARK
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.cash_drawer import CashDrawerScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.support.escpos_decoder import decode
from tests.support.paper import figures
from tests.support.pdf_reading import page_texts
from tests.support.socket_printer import SocketPrinter


def test_open_move_cash_and_close_with_the_keyboard(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = CashDrawerScreen(cashier_ctx)
    show_active(qtbot, screen, (1100, 650))
    screen.activate()
    qtbot.waitUntil(lambda: focused() is screen.float_amount)
    type_text(qtbot, "150")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.report is not None and focused() is screen.move_amount)

    line = LineInput("Poster", Decimal(1), Decimal("20.00"), Decimal(19))
    pay = PaymentInput(PaymentMethod.CASH, Decimal("20.00"))
    services.billing.create_invoice(staff.cashier, SaleInput([line], None, [pay]))
    type_text(qtbot, "40")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "to the safe")
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # Cash out
    qtbot.waitUntil(lambda: "Cash out recorded" in screen.messages.text())
    assert screen.report is not None and screen.report.expected_cash == Decimal("130.00")
    assert "130.00 EUR" in screen.view.toPlainText()

    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # the Counted field
    type_text(qtbot, "129.50")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            hasattr(screen, "close_question") and focused() is screen.close_question.defaultButton()
        )
    )
    press(qtbot, Qt.Key.Key_Return)  # Yes is the default here: counting is done
    qtbot.waitUntil(lambda: "closed" in screen.messages.text())
    assert "difference -0.50 EUR" in screen.messages.text()
    z = services.cash_sessions.z_report(staff.manager)
    assert (z.expected_cash, z.counted_cash) == (Decimal("130.00"), Decimal("129.50"))
    assert "-0.50 EUR" in screen.last_z.toPlainText()
    qtbot.waitUntil(lambda: focused() is screen.float_amount)  # ready for the next shift


def _sale(services: Services, staff: Staff, price: str, method: PaymentMethod) -> None:
    line = LineInput("Poster", Decimal(1), Decimal(price), Decimal(19))
    pay = PaymentInput(method, Decimal(price), reference="A1" if method == "card" else None)
    services.billing.create_invoice(staff.cashier, SaleInput([line], None, [pay]))


def test_the_x_report_on_screen_prints_and_saves_as_pdf_with_the_keyboard(
    qtbot: QtBot, printing_ctx: UiContext, staff: Staff, printer: SocketPrinter, tmp_path: Path
) -> None:
    services = printing_ctx.services
    services.cash_sessions.open(staff.cashier, "150")
    _sale(services, staff, "20.00", PaymentMethod.CASH)
    _sale(services, staff, "12.00", PaymentMethod.CARD)
    receipts = len(services.printing.send_due().printed)
    screen = CashDrawerScreen(printing_ctx)
    show_active(qtbot, screen, (1100, 650))
    screen.activate()
    qtbot.waitUntil(lambda: screen.report is not None)
    assert "170.00 EUR" in screen.view.toPlainText()  # expected: 150 float + 20 cash
    shown = screen.view.toPlainText()
    assert "2 invoices, 32.00 EUR" in shown
    assert "1 payment, 12.00 EUR" in shown and "1 payments" not in shown

    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "printed on" in screen.messages.text())
    assert screen.messages.text().startswith("X report 1 printed on tcp://127.0.0.1")
    slip = decode(printer.wait_for_jobs(receipts + 1)[-1])
    assert "X REPORT" in slip.large_lines
    assert figures(slip.text, "Expected cash") == ["170.00"]
    assert figures(slip.text, "Card") == ["1", "12.00"]

    screen.report_actions.pdf.ask_path = lambda _parent, name: tmp_path / name
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved" in screen.messages.text())
    saved = tmp_path / "x-report-1-T1.pdf"
    text = "\n".join(page_texts(saved.read_bytes()))
    assert "X REPORT" in text and figures(text, "Expected cash") == ["170.00"]


def test_the_closing_prints_its_z_report_and_a_later_print_is_a_copy(
    qtbot: QtBot, printing_ctx: UiContext, staff: Staff, printer: SocketPrinter
) -> None:
    services = printing_ctx.services
    services.cash_sessions.open(staff.cashier, "100")
    _sale(services, staff, "30.00", PaymentMethod.CASH)
    receipts = len(services.printing.send_due().printed)
    screen = CashDrawerScreen(printing_ctx)
    show_active(qtbot, screen, (1100, 650))
    screen.activate()
    qtbot.waitUntil(lambda: screen.report is not None and focused() is screen.move_amount)
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "131")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            hasattr(screen, "close_question") and focused() is screen.close_question.defaultButton()
        )
    )
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "closed" in screen.messages.text())
    assert "difference 1.00 EUR" in screen.messages.text()
    # printer.auto_print: the closing queued its Z report (the app's print loop sends it).
    assert services.printing.send_due().printed == ["Z report 1"]
    z = decode(printer.wait_for_jobs(receipts + 1)[-1])
    assert "Z REPORT" in z.large_lines and COPY_MARK not in z.lines
    assert figures(z.text, "Difference") == ["1.00"]

    # The next morning the screen shows the last Z report; printed again, it is a COPY.
    again = CashDrawerScreen(printing_ctx)
    show_active(qtbot, again, (1100, 650))
    again.activate()
    qtbot.waitUntil(lambda: again.report_actions.report is not None)
    assert "1.00 EUR" in again.last_z.toPlainText()
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "printed on" in again.messages.text())
    copy = decode(printer.wait_for_jobs(receipts + 2)[-1])
    assert COPY_MARK in copy.lines and figures(copy.text, "Counted cash") == ["131.00"]
    events = services.audit.entries(staff.admin, action="cash_session.z_reprint")
    assert [(e.actor, e.entity_key) for e in events] == [("carl", "1")]
