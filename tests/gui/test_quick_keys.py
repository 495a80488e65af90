"""Quick keys at the checkout: tap, Alt+digit, arrows; a manager's order; the standard sale by
touch in at most five taps. Real widgets (offscreen), real services on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import PaymentMethod
from pos_desktop.services.products import ProductView
from pos_desktop.services.quick_keys import TileSetting
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.design.tokens import TOUCH_TARGET_PX
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.screens.products import ProductsScreen
from pos_desktop.ui.theme import apply_theme
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.support.workshops import add_workshop

D = Decimal


@pytest.fixture
def catalogue(services: Services, staff: Staff) -> dict[str, ProductView]:
    made = {}
    for sku, name, price, rate, category in (
        ("MUG", "Booth mug", "9.50", "19", "Merch"),
        ("CAT", "Catalogue", "12.50", "7", "Print"),
        ("PEN", "Pen", "1.20", "19", "Merch"),
        ("BAG", "Tote bag", "5.00", "19", "Merch"),
    ):
        made[sku] = services.products.add(
            staff.manager, sku=sku, name=name, price=price, vat_rate=rate, category=category
        )
    return made


def open_checkout(qtbot: QtBot, ctx: UiContext) -> CheckoutScreen:
    screen = CheckoutScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.cart is not None and screen.quick_keys.visible_tiles() != [])
    assert focused() is screen.scan
    return screen


def tile_labels(screen: CheckoutScreen) -> list[str]:
    return [tile.label for tile in screen.quick_keys.visible_tiles()]


def cart_lines(screen: CheckoutScreen) -> list[tuple[str, str, str, int | None]]:
    assert screen.cart is not None
    return [(ln.description, ln.unit_price, ln.vat_rate, ln.product_id) for ln in screen.cart.lines]


def tap_tile(qtbot: QtBot, screen: CheckoutScreen, label: str) -> None:
    grid = screen.quick_keys.grid
    row = tile_labels(screen).index(label)
    centre = grid.visualRect(screen.quick_keys.model.index(row)).center()
    QTest.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def wait_lines(qtbot: QtBot, screen: CheckoutScreen, count: int) -> None:
    qtbot.waitUntil(lambda: screen.cart is not None and len(screen.cart.lines) == count)


def test_a_tapped_tile_adds_its_product_at_its_price_and_the_scan_field_keeps_the_keys(
    qtbot: QtBot, cashier_ctx: UiContext, catalogue: dict[str, ProductView]
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    assert tile_labels(screen) == ["Booth mug", "Catalogue", "Pen", "Tote bag"]
    compact = screen.quick_keys.grid.visualRect(screen.quick_keys.model.index(0))
    assert compact.height() < TOUCH_TARGET_PX, "a mouse till keeps the room for the cart"

    tap_tile(qtbot, screen, "Catalogue")

    wait_lines(qtbot, screen, 1)
    assert cart_lines(screen) == [("Catalogue", "12.50", "7", catalogue["CAT"].id)]
    assert "Total 12.50 EUR" in screen.totals.total.text()
    assert focused() is screen.scan


def test_alt_3_adds_the_third_tile_of_the_tab_on_show(
    qtbot: QtBot, cashier_ctx: UiContext, catalogue: dict[str, ProductView]
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    wait_lines(qtbot, screen, 1)
    assert cart_lines(screen)[0][0] == "Pen"

    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the next tab: Merch
    assert screen.quick_keys.current_tab() == "Merch"
    assert tile_labels(screen) == ["Booth mug", "Pen", "Tote bag"]
    press(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    wait_lines(qtbot, screen, 2)
    assert cart_lines(screen)[1] == ("Tote bag", "5.00", "19", catalogue["BAG"].id)
    press(qtbot, Qt.Key.Key_9, Qt.KeyboardModifier.AltModifier)  # no ninth tile: nothing
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.quick_keys.current_tab() == "All"
    assert focused() is screen.scan
    assert screen.cart is not None and len(screen.cart.lines) == 2


def test_arrows_and_enter_in_the_grid_add_the_tile_and_give_the_keys_back(
    qtbot: QtBot, cashier_ctx: UiContext, catalogue: dict[str, ProductView]
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert focused() is screen.quick_keys.grid
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Left)
    press(qtbot, Qt.Key.Key_Return)
    wait_lines(qtbot, screen, 1)
    assert cart_lines(screen) == [("Catalogue", "12.50", "7", catalogue["CAT"].id)]
    assert focused() is screen.scan

    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    press(qtbot, Qt.Key.Key_Space)  # the tile it was on
    wait_lines(qtbot, screen, 2)
    assert cart_lines(screen)[1][0] == "Catalogue"


def test_favourites_come_first_in_the_managers_order_and_a_change_shows_at_once(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    catalogue: dict[str, ProductView],
) -> None:
    screen = open_checkout(qtbot, cashier_ctx)
    keys = services.quick_keys
    keys.arrange(staff.manager, catalogue["BAG"].id, shown=True, pinned=True, position=2)
    keys.arrange(staff.manager, catalogue["PEN"].id, shown=True, pinned=True, position=1)
    keys.arrange(staff.manager, catalogue["MUG"].id, shown=False, pinned=False, position=None)

    qtbot.waitUntil(lambda: tile_labels(screen) == ["Pen", "Tote bag", "Catalogue"])
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    wait_lines(qtbot, screen, 1)
    assert cart_lines(screen)[0][0] == "Pen"


def test_a_preset_tile_adds_its_named_amount_and_a_new_product_shows_when_the_checkout_does(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    catalogue: dict[str, ProductView],
) -> None:
    services.quick_keys.add_preset(
        staff.manager, label="Entry ticket", amount="8.00", vat_rate="7", pinned=True
    )
    screen = open_checkout(qtbot, cashier_ctx)
    assert tile_labels(screen)[0] == "Entry ticket"
    tap_tile(qtbot, screen, "Entry ticket")
    wait_lines(qtbot, screen, 1)
    assert cart_lines(screen) == [("Entry ticket", "8.00", "7", None)]
    assert focused() is screen.scan

    services.products.add(staff.manager, sku="CAP", name="Cap", price="15", vat_rate="19")
    screen.activate()  # back from another screen
    qtbot.waitUntil(lambda: "Cap" in tile_labels(screen))


def test_a_manager_pins_places_and_hides_tiles_in_the_products_screen(
    qtbot: QtBot,
    manager_ctx: UiContext,
    services: Services,
    staff: Staff,
    catalogue: dict[str, ProductView],
) -> None:
    screen = ProductsScreen(manager_ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 4)
    skus = [screen.model.row(n).sku for n in range(4)]

    def edit(sku: str) -> None:
        screen.table.selectRow(skus.index(sku))
        qtbot.waitUntil(lambda: screen.editing is not None and screen.editing.sku == sku)
        qtbot.waitUntil(screen.quick_key.isEnabled)

    def save() -> None:
        before = len(services.audit.entries(staff.admin, action="quick_key.arrange"))
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda: len(services.audit.entries(staff.admin, action="quick_key.arrange")) > before
        )
        qtbot.waitUntil(screen.save_button.isEnabled)
        qtbot.waitUntil(lambda: not manager_ctx.runner.busy and screen.model.rowCount() == 4)

    edit("PEN")
    assert screen.quick_key.shown.isChecked() and not screen.quick_key.pinned.isChecked()
    screen.quick_key.pinned.click()
    screen.quick_key.place.setValue(1)
    save()
    edit("MUG")
    screen.quick_key.shown.click()
    save()

    pen = catalogue["PEN"].id
    assert services.quick_keys.setting(staff.manager, pen) == TileSetting(pen, True, True, 1)
    assert labels_for_cashier(services, staff) == ["Pen", "Catalogue", "Tote bag"]
    edit("PEN")  # read back as saved
    assert screen.quick_key.pinned.isChecked() and screen.quick_key.place.value() == 1


def test_a_manager_adds_and_removes_a_preset_by_keyboard(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = ProductsScreen(manager_ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    screen.open_presets()
    dialog = screen.presets_dialog
    qtbot.waitUntil(lambda: focused() is dialog.label)
    for text in ("Entry ticket", "8.00", "7", "Tickets"):
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # favourite
    dialog.label.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    [tile] = services.quick_keys.tiles(staff.cashier)
    assert (tile.label, tile.price, tile.vat_rate, tile.category, tile.pinned) == (
        "Entry ticket",
        D("8.00"),
        D("7"),
        "Tickets",
        True,
    )

    dialog.table.setFocus()
    dialog.table.selectRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "removed" in dialog.messages.text())
    assert services.quick_keys.tiles(staff.cashier) == []
    dialog.close()


def labels_for_cashier(services: Services, staff: Staff) -> list[str]:
    return [tile.label for tile in services.quick_keys.tiles(staff.cashier)]


def test_a_workshop_seat_tile_sells_a_seat_to_the_scanned_customer(
    qtbot: QtBot, cashier_ctx: UiContext, services: Services, staff: Staff
) -> None:
    add_workshop(services, staff.manager, "TALK1", capacity=5)
    ada = services.customers.register(staff.cashier, CustomerInput(name="Ada", email="a@ex.org"))
    screen = open_checkout(qtbot, cashier_ctx)
    assert screen.quick_keys.current_tab() == "All"
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert screen.quick_keys.current_tab() == "Workshops"
    screen.select_customer(ada.code)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)

    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)

    wait_lines(qtbot, screen, 1)
    assert screen.cart is not None
    [line] = screen.cart.lines
    assert line.description.startswith("Seat: Espresso basics TALK1")
    assert (line.unit_price, line.workshop_id) == ("25.00", services.workshops.show(
        staff.cashier, "TALK1").id)  # fmt: skip


def test_touch_mode_makes_tiles_a_fingertip_high(
    qtbot: QtBot, cashier_ctx: UiContext, catalogue: dict[str, ProductView]
) -> None:
    cashier_ctx.services.settings.ui.touch_mode = True
    apply_theme("system", touch=True)
    screen = open_checkout(qtbot, cashier_ctx)
    rect = screen.quick_keys.grid.visualRect(screen.quick_keys.model.index(0))
    assert rect.height() >= TOUCH_TARGET_PX and rect.width() >= TOUCH_TARGET_PX


def _ok_button(screen: CheckoutScreen) -> QAbstractButton:
    button = screen.payment_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_the_standard_sale_by_touch_takes_at_most_five_taps(
    qtbot: QtBot,
    cashier_ctx: UiContext,
    services: Services,
    staff: Staff,
    catalogue: dict[str, ProductView],
) -> None:
    """Customer scanned, a mug and a catalogue from the grid, cash exact, and the next sale
    (which the next customer's scan starts): every tap the cashier makes is counted."""
    cashier_ctx.services.settings.ui.touch_mode = True
    apply_theme("system", touch=True)
    ada, grace = (
        services.customers.register(staff.cashier, CustomerInput(name=n, email=f"{n}@ex.org"))
        for n in ("Ada", "Grace")
    )
    window = MainWindow(cashier_ctx)
    show_active(qtbot, window, (1024, 768))
    screen = window.screens["Checkout"]
    assert isinstance(screen, CheckoutScreen)
    qtbot.waitUntil(lambda: screen.cart is not None and len(tile_labels(screen)) == 4)
    taps = 0

    def tap(widget: QWidget, at: QPoint | None = None) -> None:
        nonlocal taps
        taps += 1
        assert widget.isVisible()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at or widget.rect().center())

    def tap_tile_of(label: str) -> None:
        grid = screen.quick_keys.grid
        row = tile_labels(screen).index(label)
        tap(grid.viewport(), grid.visualRect(screen.quick_keys.model.index(row)).center())

    window.scanners.router.deliver(ada.code)  # the scanner: not a tap
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)
    tap_tile_of("Booth mug")
    wait_lines(qtbot, screen, 1)
    tap_tile_of("Catalogue")
    wait_lines(qtbot, screen, 2)
    tap(screen.pay_button)
    qtbot.waitUntil(lambda: getattr(screen, "payment_dialog", None) is not None)
    qtbot.waitUntil(screen.payment_dialog.isVisible)
    tap(_ok_button(screen))  # the cash field holds the total: exact
    qtbot.waitUntil(lambda: getattr(screen, "confirmation", None) is not None)
    qtbot.waitUntil(screen.confirmation.isVisible)
    tap(screen.confirmation.save_button)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)

    window.scanners.router.deliver(grace.code)  # the next sale starts with its scan
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.sale_page)
    qtbot.waitUntil(lambda: screen.cart is not None and screen.cart.customer is not None)

    assert taps <= 5, taps
    assert screen.cart is not None and screen.cart.lines == []
    assert screen.cart.customer is not None and screen.cart.customer.customer.name == "Grace"
    [summary] = services.billing.list_invoices(staff.admin, limit=5)
    assert summary.number is not None
    invoice = services.billing.get(staff.admin, summary.number)
    assert [(ln.description, ln.unit_price) for ln in invoice.lines] == [
        ("Booth mug", D("9.50")),
        ("Catalogue", D("12.50")),
    ]
    assert invoice.customer_code == ada.code
    assert [(p.method, p.amount) for p in invoice.payments] == [(PaymentMethod.CASH, D("22.00"))]


def test_at_1024x700_a_full_grid_leaves_the_total_and_pay_on_screen(
    qtbot: QtBot, admin_ctx: UiContext, services: Services, staff: Staff
) -> None:
    for n in range(40):
        services.products.add(
            staff.manager,
            sku=f"P{n}",
            name=f"Product {n}",
            price="2",
            vat_rate="19",
            category=f"C{n % 4}",
        )
    window = MainWindow(admin_ctx)
    show_active(qtbot, window, (1024, 700))
    screen = window.screens["Checkout"]
    assert isinstance(screen, CheckoutScreen)
    qtbot.waitUntil(lambda: screen.cart is not None and len(tile_labels(screen)) == 40)
    assert (window.width(), window.height()) == (1024, 700)
    grid = screen.quick_keys.grid
    assert grid.isVisible() and grid.height() >= grid.visualRect(grid.model().index(0, 0)).height()
    for widget in (screen.totals.total, screen.pay_button, screen.table):
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert widget.isVisible() and window.rect().contains(corner), widget.objectName()
    assert screen.table.height() >= 3 * screen.table.verticalHeader().defaultSectionSize()
