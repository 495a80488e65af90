"""Scanning in the app: keyboard-wedge bursts from anywhere, routed, never left in a field.

Bursts are typed key by key into whatever has the focus while a fake monotonic clock moves
between the keys (scanner speed 4 ms, people 150 ms), so classification does not depend on the
machine's speed; two tests use the real clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.products import ProductView
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.invoices import InvoicesScreen
from pos_desktop.ui.screens.settings import SettingsScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active

SCANNER_GAP = 0.004
PERSON_GAP = 0.15


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Beeps:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@dataclass
class Rig:
    clock: FakeMonotonic = field(default_factory=FakeMonotonic)
    beeps: Beeps = field(default_factory=Beeps)


@pytest.fixture
def rig() -> Rig:
    return Rig()


@pytest.fixture
def ada(services: Services, staff: Staff) -> CustomerView:
    return services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )


def open_window(qtbot: QtBot, ctx: UiContext, rig: Rig, *, real_clock: bool = False) -> MainWindow:
    """The app's window with the scanner on, on the rig's fake clock unless ``real_clock``."""
    ctx.services.settings.scanner.keyboard = True  # off for the other GUI tests (conftest)
    window = MainWindow(ctx)
    scanners = window.scanners
    if not real_clock:
        scanners.wedge.clock = rig.clock
        scanners.router.clock = rig.clock
    scanners.router.beep = rig.beeps
    show_active(qtbot, window)
    checkout = window.screens["Checkout"]
    assert isinstance(checkout, CheckoutScreen)
    qtbot.waitUntil(lambda: checkout.cart is not None)
    return window


def scan(
    qtbot: QtBot,
    clock: FakeMonotonic,
    text: str,
    gap: float = SCANNER_GAP,
    end: Qt.Key | None = Qt.Key.Key_Return,
) -> None:
    """Key by key into the focused widget, the clock moving ``gap`` before each key."""
    for char in text:
        clock.advance(gap)
        qtbot.waitUntil(lambda: focused() is not None)
        target = focused()
        assert target is not None
        QTest.keyClicks(target, char)
    if end is not None:
        clock.advance(gap)
        press(qtbot, end)


def checkout_of(window: MainWindow) -> CheckoutScreen:
    screen = window.screens["Checkout"]
    assert isinstance(screen, CheckoutScreen)
    return screen


def open_checkout(qtbot: QtBot, ctx: UiContext, rig: Rig) -> tuple[MainWindow, CheckoutScreen]:
    window = open_window(qtbot, ctx, rig)
    return window, checkout_of(window)


def add_line(qtbot: QtBot, screen: CheckoutScreen, clock: FakeMonotonic) -> None:
    """A free-text line typed at a person's speed (on the fake clock)."""
    press(qtbot, Qt.Key.Key_F3)
    scan(qtbot, clock, "Catalogue", gap=PERSON_GAP, end=Qt.Key.Key_Tab)
    scan(qtbot, clock, "12.50", gap=PERSON_GAP, end=Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.cart is not None and len(screen.cart.lines) == 1)
    press(qtbot, Qt.Key.Key_Escape)


def test_a_customer_scanned_into_the_payment_dialog_waits_and_leaves_the_cash_field_alone(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    rig: Rig,
    ada: CustomerView,
) -> None:
    window, checkout = open_checkout(qtbot, cashier_ctx, rig)
    add_line(qtbot, checkout, rig.clock)
    press(qtbot, Qt.Key.Key_F12)
    dialog = checkout.payment_dialog
    qtbot.waitUntil(lambda: focused() is dialog.cash)
    assert (dialog.cash.text(), dialog.cash.selectedText()) == ("12.50", "12.50")

    scan(qtbot, rig.clock, ada.code)

    assert dialog.isVisible()  # the scanner's Enter did not pay
    assert (dialog.cash.text(), dialog.cash.selectedText()) == ("12.50", "12.50")
    qtbot.waitUntil(lambda: len(window.scanners.router.queued) == 1)
    assert "waits until Payment is closed" in window.statusBar().currentMessage()
    assert checkout.cart is not None and checkout.cart.customer is None

    press(qtbot, Qt.Key.Key_Escape)  # the cashier closes the dialog: the scan is delivered
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
    assert checkout.cart is not None and checkout.cart.customer is not None
    assert checkout.cart.customer.customer.code == ada.code
    assert len(checkout.cart.lines) == 1
    assert rig.beeps.count == 0


def test_refuse_mode_says_so_and_drops_the_scan(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    rig: Rig,
    ada: CustomerView,
) -> None:
    services.settings.scanner.during_dialog = "refuse"
    window, checkout = open_checkout(qtbot, cashier_ctx, rig)
    add_line(qtbot, checkout, rig.clock)
    press(qtbot, Qt.Key.Key_F12)
    dialog = checkout.payment_dialog
    qtbot.waitUntil(lambda: focused() is dialog.cash)
    scan(qtbot, rig.clock, ada.code)
    qtbot.waitUntil(lambda: rig.beeps.count == 1)
    assert "refused: close Payment first" in window.statusBar().currentMessage()
    assert dialog.cash.text() == "12.50"
    assert not window.scanners.router.queued


def test_a_customer_scanned_on_another_screen_opens_at_the_checkout(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    rig: Rig,
) -> None:
    grace = services.customers.register(
        staff.cashier, CustomerInput(name="Grace Hopper", email="grace@example.com")
    )
    window = open_window(qtbot, cashier_ctx, rig)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # invoices
    invoices = window.screens["Invoices"]
    assert isinstance(invoices, InvoicesScreen)
    qtbot.waitUntil(lambda: focused() is invoices.search)
    scan(qtbot, rig.clock, "EX", gap=PERSON_GAP, end=None)  # the cashier had started typing
    rig.clock.advance(1.0)

    scan(qtbot, rig.clock, grace.code.lower())

    checkout = checkout_of(window)
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
    assert window.stack.currentWidget() is checkout
    assert invoices.search.text() == "EX"  # what the person typed stays, the scan does not
    assert "Grace Hopper" in checkout.card_view.label.text()


def test_typing_at_a_persons_speed_stays_in_the_field(
    qtbot: QtBot, cashier_ctx: UiContext, rig: Rig
) -> None:
    window = open_window(qtbot, cashier_ctx, rig)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    invoices = window.screens["Invoices"]
    assert isinstance(invoices, InvoicesScreen)
    qtbot.waitUntil(lambda: focused() is invoices.search)
    scan(qtbot, rig.clock, "EXPO24-T1", gap=PERSON_GAP, end=None)
    assert invoices.search.text() == "EXPO24-T1"
    assert window.stack.currentWidget() is invoices
    assert not window.scanners.router.queued


def test_a_product_barcode_adds_a_line_once_even_when_the_trigger_bounces(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    rig: Rig,
) -> None:
    services.products.add(
        staff.manager,
        sku="CAT26",
        name="Catalogue 2026",
        price="12.50",
        vat_rate="7",
        barcodes=["4006381333931"],
    )
    _window, checkout = open_checkout(qtbot, cashier_ctx, rig)
    qtbot.waitUntil(lambda: focused() is checkout.scan)
    scan(qtbot, rig.clock, "4006381333931")
    scan(qtbot, rig.clock, "4006381333931")  # again within the repeat window: once
    qtbot.waitUntil(lambda: checkout.cart is not None and len(checkout.cart.lines) == 1)
    assert checkout.scan.text() == ""
    rig.clock.advance(2.0)
    scan(qtbot, rig.clock, "4006381333931")  # a second copy, scanned later: counts
    qtbot.waitUntil(lambda: checkout.cart is not None and len(checkout.cart.lines) == 2)
    assert checkout.cart is not None
    assert checkout.cart.totals.gross == Decimal("25.00")


def test_a_misread_barcode_beeps_and_says_why(
    qtbot: QtBot, cashier_ctx: UiContext, rig: Rig
) -> None:
    window, checkout = open_checkout(qtbot, cashier_ctx, rig)
    qtbot.waitUntil(lambda: focused() is checkout.scan)
    scan(qtbot, rig.clock, "4006381333932")
    qtbot.waitUntil(lambda: rig.beeps.count == 1)
    assert "check digit is wrong" in window.statusBar().currentMessage()
    assert checkout.scan.text() == ""
    assert checkout.cart is not None and not checkout.cart.lines


def test_an_invoice_number_opens_the_invoice(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    rig: Rig,
) -> None:
    line = LineInput("Workshop", Decimal(1), Decimal("89.00"), Decimal(19))
    view = services.billing.create_invoice(staff.cashier, SaleInput([line]))
    assert view.number is not None
    window = open_window(qtbot, cashier_ctx, rig)
    scan(qtbot, rig.clock, view.number, end=Qt.Key.Key_Return)
    invoices = window.screens["Invoices"]
    assert isinstance(invoices, InvoicesScreen)
    qtbot.waitUntil(lambda: invoices.pages.currentWidget() is invoices.detail)
    assert window.stack.currentWidget() is invoices


def test_a_scanner_without_terminator_is_recognised_by_its_pause(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    rig: Rig,
    ada: CustomerView,
) -> None:
    services.settings.scanner.terminator = "none"
    window, checkout = open_checkout(qtbot, cashier_ctx, rig)
    qtbot.waitUntil(lambda: focused() is checkout.scan)
    scan(qtbot, rig.clock, ada.code, end=None)
    rig.clock.advance(0.1)
    window.scanners.wedge.check_timeout()  # what the end timer does after the pause
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
    assert checkout.scan.text() == ""


def test_real_timing_a_burst_is_a_scan_and_slow_keys_are_not(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    rig: Rig,
    ada: CustomerView,
) -> None:
    window = open_window(qtbot, cashier_ctx, rig, real_clock=True)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    invoices = window.screens["Invoices"]
    assert isinstance(invoices, InvoicesScreen)
    qtbot.waitUntil(lambda: focused() is invoices.search)
    for char in "EX":  # a person: 100 ms and more between keys
        QTest.keyClicks(invoices.search, char)
        qtbot.wait(100)
    assert invoices.search.text() == "EX"
    qtbot.wait(100)
    QTest.keyClicks(invoices.search, ada.code)  # a scanner: all at once
    QTest.keyClick(invoices.search, Qt.Key.Key_Return)
    checkout = checkout_of(window)
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
    assert invoices.search.text() == "EX"


def test_password_fields_are_never_touched(qtbot: QtBot, cashier_ctx: UiContext, rig: Rig) -> None:
    _window, checkout = open_checkout(qtbot, cashier_ctx, rig)
    qtbot.waitUntil(lambda: focused() is checkout.scan)
    checkout.scan.setEchoMode(checkout.scan.EchoMode.Password)
    scan(qtbot, rig.clock, "4006381333932", end=None)
    assert checkout.scan.text() == "4006381333932"
    assert rig.beeps.count == 0


def test_the_settings_scanner_tab_shows_scans_instead_of_acting_on_them(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, rig: Rig
) -> None:
    window = open_window(qtbot, admin_ctx, rig)
    settings = window.show_screen("Settings")
    assert isinstance(settings, SettingsScreen)
    scanner_tab = next(
        i for i in range(settings.tabs.count()) if settings.tabs.tabText(i) == "Sca&nner"
    )
    settings.tabs.setCurrentIndex(scanner_tab)
    area = window.scanners.test_area
    assert area is not None
    qtbot.waitUntil(area.isVisible)
    scan(qtbot, rig.clock, "4006381333931")
    qtbot.waitUntil(lambda: "product 4006381333931 (EAN-13)" in area.result.text())
    assert window.stack.currentWidget() is settings  # not sent to the checkout
    checkout = checkout_of(window)
    assert checkout.cart is not None and not checkout.cart.lines

    services.settings.scanner.terminator = "tab"  # as a save does: applies at once
    rig.clock.advance(1.0)
    scan(qtbot, rig.clock, "EXPO24-T1-000007", end=Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "invoice EXPO24-T1-000007" in area.result.text())
    assert "Scanner: keyboard" in window.scanner_label.text()


EAN8_AND_CUSTOMER = "10000168"  # a valid EAN-8 whose last digit is also its check character


@pytest.fixture
def pen(services: Services, staff: Staff) -> ProductView:
    """A product whose barcode is also a valid customer code."""
    return services.products.add(
        staff.manager, sku="PEN", name="Pen", price="2.00", vat_rate="19",
        barcodes=[EAN8_AND_CUSTOMER],
    )  # fmt: skip


@pytest.mark.usefixtures("pen")
def test_eight_digits_valid_as_both_open_the_customer_when_there_is_one(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    rig: Rig,
) -> None:
    services.customers._new_code = lambda: CustomerCode.parse(EAN8_AND_CUSTOMER)
    services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )
    _window, checkout = open_checkout(qtbot, cashier_ctx, rig)
    qtbot.waitUntil(lambda: focused() is checkout.scan)
    scan(qtbot, rig.clock, EAN8_AND_CUSTOMER)
    qtbot.waitUntil(lambda: checkout.cart is not None and checkout.cart.customer is not None)
    assert "Ada Lovelace" in checkout.card_view.label.text()
    assert checkout.cart is not None and not checkout.cart.lines  # not sold as a pen too


@pytest.mark.usefixtures("pen")
def test_eight_digits_valid_as_both_add_the_product_when_no_customer_has_them(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    rig: Rig,
) -> None:
    window = open_window(qtbot, cashier_ctx, rig)
    press(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # from another screen
    scan(qtbot, rig.clock, EAN8_AND_CUSTOMER)
    checkout = checkout_of(window)
    qtbot.waitUntil(lambda: checkout.cart is not None and len(checkout.cart.lines) == 1)
    assert window.stack.currentWidget() is checkout
    assert checkout.cart is not None and checkout.cart.customer is None
    assert checkout.cart.totals.gross == Decimal("2.00")
    assert "no customer" not in checkout.messages.text()
    assert rig.beeps.count == 0


def test_eight_digits_neither_customer_nor_product_are_called_unknown(
    qtbot: QtBot, cashier_ctx: UiContext, rig: Rig
) -> None:
    _window, checkout = open_checkout(qtbot, cashier_ctx, rig)
    qtbot.waitUntil(lambda: focused() is checkout.scan)
    scan(qtbot, rig.clock, EAN8_AND_CUSTOMER)
    unknown = "neither a customer code nor a known product"
    qtbot.waitUntil(lambda: unknown in checkout.messages.text())
    assert checkout.cart is not None and not checkout.cart.lines
    assert checkout.cart.customer is None
