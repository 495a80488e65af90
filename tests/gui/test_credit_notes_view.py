"""A refunded invoice in the Invoices screen: its credit notes as PDF and as a reprinted slip."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.receipt import COPY_MARK
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.invoices import InvoicesScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.support.escpos_decoder import decode
from tests.support.paper import figures
from tests.support.pdf_reading import page_texts
from tests.support.socket_printer import SocketPrinter

D = Decimal
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_refunded_invoice_opens_saves_and_reprints_its_credit_notes(
    qtbot: QtBot, printing_ctx: UiContext, staff: Staff, printer: SocketPrinter, tmp_path: Path
) -> None:
    services = printing_ctx.services
    sold = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Booth mug", D(3), D("9.50"), D(19))],
            None,
            [PaymentInput(PaymentMethod.CASH, D("28.50"))],
        ),
    )
    assert sold.number is not None
    for quantity in (2, 1):
        services.refunds.refund(
            staff.cashier, sold.number, [RefundLine(1, D(quantity))], method="cash", reason="chip"
        )
    printed = len(services.printing.send_due().printed)  # the receipt and both slips
    printer.wait_for_jobs(printed)

    screen = InvoicesScreen(printing_ctx)
    show_active(qtbot, screen, (1280, 700))
    screen.activate()
    type_text(qtbot, sold.number)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    press(qtbot, Qt.Key.Key_Return)
    notes = screen.detail.credit_notes
    qtbot.waitUntil(lambda: notes.isVisible() and notes.picker.count() == 2)
    shown = [notes.picker.itemText(i) for i in range(2)]
    assert shown[0].startswith("EXPO24-T1CN-000001 · -19.00 EUR by cash")
    assert shown[1].startswith("EXPO24-T1CN-000002 · -9.50 EUR by cash")
    assert notes.current is not None and notes.current.number == "EXPO24-T1CN-000002"
    assert notes.total.text() == "-28.50 EUR refunded in all"

    # Alt+N, Up: the first credit note; Ctrl+Shift+S saves its PDF.
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: focused() is notes.picker)
    press(qtbot, Qt.Key.Key_Up)
    assert notes.current is not None and notes.current.number == "EXPO24-T1CN-000001"
    notes.pdf.ask_path = lambda _parent, name: tmp_path / name
    press(qtbot, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "Saved" in screen.detail.messages.text())
    text = "\n".join(page_texts((tmp_path / "credit-note-EXPO24-T1CN-000001.pdf").read_bytes()))
    assert "CREDIT NOTE" in text and sold.number in text
    assert figures(text, "Total refunded") == ["-19.00"]

    # Ctrl+Shift+C: the slip again; it was printed with the refund, so this one is a COPY.
    press(qtbot, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "printed on" in screen.detail.messages.text())
    assert screen.detail.messages.text().startswith(
        "Slip of credit note EXPO24-T1CN-000001 printed on tcp://127.0.0.1"
    )
    slip = decode(printer.wait_for_jobs(printed + 1)[-1])
    assert "CREDIT NOTE" in slip.large_lines and COPY_MARK in slip.lines
    assert any("EXPO24-T1CN-000001" in line for line in slip.lines)
    events = services.audit.entries(staff.admin, action="credit_note.reprint")
    assert [(e.entity_key, e.actor) for e in events] == [("EXPO24-T1CN-000001", "carl")]


def test_an_invoice_without_refunds_shows_no_credit_notes(
    qtbot: QtBot, printing_ctx: UiContext, staff: Staff
) -> None:
    sold = printing_ctx.services.billing.create_invoice(
        staff.cashier, SaleInput([LineInput("Poster", D(1), D("5.00"), D(19))])
    )
    assert sold.number is not None
    screen = InvoicesScreen(printing_ctx)
    show_active(qtbot, screen, (1280, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    screen.open_row(0)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.detail)
    qtbot.waitUntil(lambda: not printing_ctx.runner.busy)
    assert sold.number in screen.detail.details.text()
    assert not screen.detail.credit_notes.isVisible()
    assert not screen.detail.credit_notes.pdf.save_button.isEnabled()


def test_a_refunded_invoice_says_so_and_offers_neither_void_nor_edit(
    qtbot: QtBot, manager_ctx: UiContext, staff: Staff
) -> None:
    services = manager_ctx.services
    sold = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Booth mug", D(3), D("9.50"), D(19))],
            None,
            [PaymentInput(PaymentMethod.CASH, D("28.50"))],
        ),
    )
    assert sold.number is not None
    services.refunds.refund(
        staff.cashier, sold.number, [RefundLine(1, D(1))], method="cash", reason="chipped"
    )
    screen = InvoicesScreen(manager_ctx)
    show_active(qtbot, screen, (1280, 700))
    screen.activate()
    type_text(qtbot, sold.number)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    press(qtbot, Qt.Key.Key_Return)
    panel = screen.detail
    qtbot.waitUntil(lambda: "refunded" in panel.details.text())
    assert "issued · 9.50 EUR refunded · walk-in" in panel.details.text()
    assert not panel.void_button.isEnabled() and not panel.edit_button.isEnabled()
    assert panel.void_button.toolTip() == "Refunded: refund what is left instead"
    assert panel.refund_button.isEnabled()  # two mugs are left to refund

    services.refunds.refund(staff.cashier, sold.number, method="cash", reason="all of them")
    panel.show_invoice(services.billing.get(staff.manager, sold.number))
    qtbot.waitUntil(lambda: "refunded in full" in panel.details.text())
    assert not panel.refund_button.isEnabled()
    assert not panel.void_button.isEnabled() and not panel.edit_button.isEnabled()
