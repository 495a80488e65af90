"""The issue's "done when" for devices: a customer QR shown to a (video-file) camera or sent
over a serial pty opens that customer from any screen, and a product barcode adds a line."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from tests.conftest import Staff
from tests.gui.keyboard import press, show_active
from tests.support.scan_frames import qr_frame, write_video


def open_window(qtbot: QtBot, ctx: UiContext) -> tuple[MainWindow, CheckoutScreen]:
    window = MainWindow(ctx)
    show_active(qtbot, window)
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None)
    return window, checkout


def test_a_qr_shown_to_the_camera_opens_the_customer_from_another_screen(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, tmp_path: Path
) -> None:
    ada = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )
    frames = [qr_frame("", "empty", 1)] * 10 + [qr_frame(ada.code, "noise", 2)] * 20
    video = write_video(tmp_path / "camera.avi", frames)
    services.settings.scanner.camera = str(video)
    window, checkout = open_window(qtbot, cashier_ctx)
    try:
        press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # customers list
        qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
        assert checkout.cart is not None and checkout.cart.customer is not None
        assert checkout.cart.customer.customer.code == ada.code
        assert window.stack.currentWidget() is checkout
        preview = window.scanners.preview
        assert preview is not None
        qtbot.waitUntil(lambda: preview.outlined == 1)
        assert str(video) in window.scanner_label.text()
    finally:
        window.scanners.stop()


def test_codes_over_a_serial_pty_open_the_customer_and_add_a_product(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff, tmp_path: Path
) -> None:
    grace = services.customers.register(
        staff.cashier, CustomerInput(name="Grace Hopper", email="grace@example.com")
    )
    services.products.add(
        staff.manager, sku="MUG", name="Mug", price="9.00", vat_rate="19", barcodes=["96385074"]
    )
    master, slave = os.openpty()
    link = tmp_path / "ttyScanner"
    link.symlink_to(os.ttyname(slave))
    services.settings.scanner.serial_port = str(link)
    window, checkout = open_window(qtbot, cashier_ctx)
    try:
        qtbot.waitUntil(lambda: "serial" in window.scanner_label.text())
        assert "lost" not in window.scanner_label.text()
        press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # invoices
        os.write(master, f"{grace.code}\r\n".encode())
        qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
        os.write(master, b"96385074\r\n")
        qtbot.waitUntil(lambda: checkout.cart is not None and len(checkout.cart.lines) == 1)
        assert checkout.cart is not None and checkout.cart.lines[0].description == "Mug"
        assert checkout.scan.text() == ""

        os.close(master)  # unplugged: the label says so
        os.close(slave)
        link.unlink()
        qtbot.waitUntil(lambda: "lost" in window.scanner_label.text())
    finally:
        window.scanners.stop()
