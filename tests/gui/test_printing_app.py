"""Printing in the app: a sale prints its receipt by itself (network printer on loopback, and a
file printer); with the printer down the sale is safe, the status bar says the receipt waits and
the queue's Retry prints it once; Reprint sends a COPY; Settings prints a test page."""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.printing import PrintLoop
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import AuditEvent, PrintJob
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.invoice_panel import InvoicePanel
from pos_desktop.ui.screens.print_queue import PrintQueueDialog
from pos_desktop.ui.screens.settings import SettingsScreen
from pos_desktop.ui.widgets.message_bar import Tone
from pos_desktop.ui.widgets.printer_status import PrinterStatusLabel
from tests.conftest import Staff
from tests.gui.keyboard import press, show_active
from tests.gui.selling import sell_by_keyboard
from tests.support.escpos_decoder import Decoded, decode
from tests.support.network import closed_port
from tests.support.socket_printer import SocketPrinter

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
#: Longer than any test: a receipt that prints came from a wake-up, not from the timer.
LOOP_INTERVAL_S = 60.0


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


@pytest.fixture
def loop(services: Services) -> Iterator[PrintLoop]:
    """The app's print loop (run_gui starts the same one), woken as bootstrap wakes it: by
    every queued print job."""
    services.print_round_seconds = LOOP_INTERVAL_S  # bootstrap's own loop and wake-up wiring
    services.print_loop.start()
    yield services.print_loop
    services.print_loop.stop()


def use_printer(services: Services, url: str) -> None:
    printer = services.settings.printer
    printer.url, printer.timeout_seconds, printer.auto_print = url, 2, True


def sell_in_the_app(qtbot: QtBot, window: MainWindow, amount: str = "12.50") -> str:
    screen = window.show_screen("Checkout")
    assert isinstance(screen, CheckoutScreen)
    qtbot.waitUntil(lambda: screen.cart is not None)
    sell_by_keyboard(qtbot, screen, "Catalogue", amount)
    view = screen.done_panel.view
    assert view is not None and view.number is not None
    # "Sale saved as N", or already what the print loop said of N's receipt (a printer that
    # fails fast can answer before this line runs).
    assert view.number in screen.done_panel.messages.text()
    return view.number


def assert_receipt_of(slip: Decoded, number: str, total: str) -> None:
    assert slip.qr_codes == [number]
    assert any(number in line for line in slip.lines)
    assert any(total in line for line in slip.large_lines), slip.large_lines
    assert slip.cuts == 1


def job_states(services: Services) -> list[tuple[str, bool]]:
    with services.db.reader() as uow:
        return [(j.state, j.copy) for j in uow.session.scalars(select(PrintJob))]


def test_a_sale_prints_its_receipt_at_once_without_the_cashier_doing_anything(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    printer: SocketPrinter,
    loop: PrintLoop,
) -> None:
    use_printer(services, printer.url)
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    number = sell_in_the_app(qtbot, window)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=5_000)
    assert_receipt_of(decode(printer.jobs[0]), number, "€12.50")
    qtbot.waitUntil(lambda: job_states(services) == [("printed", False)])
    label = window.printer_label
    assert isinstance(label, PrinterStatusLabel)
    label.refresh(probe=True)
    qtbot.waitUntil(lambda: label.text() == "Printer: ready")


def test_a_file_printer_gets_the_same_receipt(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, loop: PrintLoop, tmp_path: Path
) -> None:
    roll = tmp_path / "lp0"
    use_printer(services, f"file://{roll}")
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    number = sell_in_the_app(qtbot, window, "7.30")
    qtbot.waitUntil(roll.exists, timeout=5_000)
    qtbot.waitUntil(lambda: job_states(services) == [("printed", False)])
    assert_receipt_of(decode(roll.read_bytes()), number, "€7.30")


def test_printer_down_the_sale_is_safe_the_status_bar_says_so_and_retry_prints_it_once(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    printer: SocketPrinter,
    loop: PrintLoop,
) -> None:
    use_printer(services, printer.url)
    printer.mode = "paper out"
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    number = sell_in_the_app(qtbot, window)
    qtbot.waitUntil(lambda: services.printing.queue_state().problem == "paper out", timeout=5_000)
    assert printer.jobs == []
    label = window.printer_label
    assert isinstance(label, PrinterStatusLabel)
    label.refresh()
    qtbot.waitUntil(lambda: label.text() == "Printer: paper out - 1 waiting")

    printer.mode = "ready"  # paper put in
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    dialog = window.print_queue
    assert isinstance(dialog, PrintQueueDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.model.data(dialog.model.index(0, 3)) == "paper out"
    assert "out of paper" in dialog.details.text()
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: dialog.messages.text() == f"Printed {number}", timeout=5_000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.model.loading)
    qtbot.waitUntil(lambda: len(printer.jobs) == 1)  # recorded when the connection closes
    assert_receipt_of(decode(printer.jobs[0]), number, "€12.50")
    qtbot.waitUntil(lambda: label.text() != "Printer: paper out - 1 waiting")
    assert label.text() == "Printer: ready"
    loop.wake()  # another round finds nothing more to print
    qtbot.wait(300)
    assert len(printer.jobs) == 1
    dialog.close()


def test_a_receipt_that_did_not_print_is_said_in_the_sales_view_and_again_when_it_prints(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    printer: SocketPrinter,
    loop: PrintLoop,
) -> None:
    use_printer(services, printer.url)
    printer.mode = "paper out"
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window)
    number = sell_in_the_app(qtbot, window)
    panel = window.screens["Checkout"].done_panel  # type: ignore[attr-defined]
    assert isinstance(panel, InvoicePanel)
    qtbot.waitUntil(lambda: "did not print" in panel.messages.text(), timeout=5_000)
    assert f"The receipt of {number} did not print: " in panel.messages.text()
    assert "out of paper" in panel.messages.text()
    assert panel.messages.tone is Tone.ERROR
    assert panel.receipt_watch is not None and panel.receipt_watch.failed == number

    printer.mode = "ready"
    loop.wake()  # the loop's next round finds the printer back
    qtbot.waitUntil(lambda: "printed now" in panel.messages.text(), timeout=5_000)
    assert panel.messages.text() == f"Receipt {number} printed now, after the printer came back"
    assert len(printer.jobs) == 1


def test_another_printer_and_cancel_from_the_queue(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, tmp_path: Path
) -> None:
    use_printer(services, f"tcp://127.0.0.1:{closed_port()}")  # unplugged: refused
    for amount in ("1.00", "2.00"):
        services.billing.create_invoice(
            staff.cashier,
            SaleInput(
                [LineInput("Pen", Decimal(1), Decimal(amount), Decimal(19))],
                None,
                [PaymentInput(PaymentMethod.CASH, Decimal(amount))],
            ),
        )
    services.printing.send_due()
    dialog = PrintQueueDialog(cashier_ctx)
    show_active(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    first = dialog.model.row(0).invoice_number
    other = tmp_path / "neighbour"
    dialog.ask_url = lambda _parent: f"file://{other}"
    press(qtbot, Qt.Key.Key_T, CTRL)
    qtbot.waitUntil(lambda: dialog.messages.text() == f"Printed {first}", timeout=5_000)
    assert decode(other.read_bytes()).qr_codes == [first]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.model.loading)
    second = dialog.model.row(0).invoice_number
    dialog.table.setFocus()
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "will not print" in dialog.messages.text())
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0 and not dialog.model.loading)
    assert services.printing.queue_state().waiting == 0
    assert decode(other.read_bytes()).qr_codes == [first]  # the cancelled one never printed
    assert second != first
    dialog.close()


def test_reprint_sends_a_copy_and_the_preview_shows_the_receipt(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    printer: SocketPrinter,
) -> None:
    use_printer(services, printer.url)
    view = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Pen", Decimal(2), Decimal("2.50"), Decimal(19))],
            None,
            [PaymentInput(PaymentMethod.CASH, Decimal(5))],
        ),
    )
    assert view.number is not None
    assert services.printing.send_due().printed == [view.number]  # the original
    panel = InvoicePanel(cashier_ctx)
    show_active(qtbot, panel, (1200, 800))
    panel.show_invoice(view)
    qtbot.waitUntil(lambda: bool(panel.receipt.png))
    preview = Image.open(io.BytesIO(panel.receipt.png))
    assert [r.text for r in zxingcpp.read_barcodes(preview)] == [view.number]
    assert panel.reprint_button.isEnabled()

    press(qtbot, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: "printed on" in panel.messages.text(), timeout=5_000)
    assert panel.messages.text() == (f"Copy of {view.number}'s receipt printed on {printer.url}")
    qtbot.waitUntil(lambda: len(printer.jobs) == 2)
    copy = decode(printer.jobs[1])
    assert copy.qr_codes == [view.number] and "*** COPY ***" in copy.lines
    assert "*** COPY ***" not in decode(printer.jobs[0]).lines
    assert job_states(services) == [("printed", False), ("printed", True)]
    with services.db.reader() as uow:
        assert "receipt.reprint" in list(uow.session.scalars(select(AuditEvent.action)))


def test_reprint_is_off_without_a_printer_and_says_why(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    view = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Pen", Decimal(1), Decimal(2), Decimal(19))],
            None,
            [PaymentInput(PaymentMethod.CASH, Decimal(2))],
        ),
    )
    panel = InvoicePanel(cashier_ctx)
    show_active(qtbot, panel, (1200, 800))
    panel.show_invoice(view)
    assert not panel.reprint_button.isEnabled()
    assert "No printer set up" in panel.reprint_button.toolTip()
    qtbot.waitUntil(lambda: bool(panel.receipt.png))  # the preview needs no printer


def test_settings_print_a_test_page_to_the_typed_printer_and_show_its_status(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, printer: SocketPrinter
) -> None:
    screen = SettingsScreen(admin_ctx)
    show_active(qtbot, screen, (1000, 800))
    url_field = screen.fields["printer.url"].editor
    assert isinstance(url_field, QLineEdit)
    url_field.setText(printer.url)  # typed, not saved
    titles = [screen.tabs.tabText(i) for i in range(screen.tabs.count())]
    screen.tabs.setCurrentIndex(titles.index("&Printer"))  # shown: the live status starts
    tester = screen.printer_test
    qtbot.waitUntil(lambda: tester.status.text() == f"Status of {printer.url}: ready")
    printer.mode = "paper near end"
    tester.check()
    qtbot.waitUntil(lambda: tester.status.text().endswith("ready, paper near end"))
    tester.test_button.click()
    qtbot.waitUntil(lambda: len(printer.jobs) == 1, timeout=5_000)
    page = decode(printer.jobs[0])
    assert "Booth POS test page" in page.bold_lines
    # The printer has the page before the answer reaches the UI thread: wait for the message.
    qtbot.waitUntil(lambda: "Test page sent to" in screen.messages.text())
    assert services.settings.printer.url == ""  # nothing saved


def test_a_mistyped_printer_url_is_refused_at_its_field(
    qtbot: QtBot, admin_ctx: UiContext, services: Services
) -> None:
    screen = SettingsScreen(admin_ctx)
    show_active(qtbot, screen, (1000, 800))
    url_field = screen.fields["printer.url"].editor
    assert isinstance(url_field, QLineEdit)
    url_field.setText("192.168.1.50:9100")
    screen.save()
    field = screen.fields["printer.url"]
    qtbot.waitUntil(field.error.isVisible)
    assert "has no scheme" in field.error.text() and "tcp://" in field.error.text()
    assert services.settings.printer.url == ""
