"""The Products screen: a manager keeps the catalogue with the keyboard, the scanner follows."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import NotFound
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.products import ProductsScreen
from tests.conftest import Staff
from tests.gui.keyboard import focused, press, show_active, type_text
from tests.gui.test_scanning import Rig, checkout_of, open_window, scan

CTRL = Qt.KeyboardModifier.ControlModifier


def open_products(qtbot: QtBot, ctx: UiContext) -> ProductsScreen:
    screen = ProductsScreen(ctx)
    show_active(qtbot, screen, (1200, 700))
    screen.activate()
    qtbot.waitUntil(lambda: not ctx.runner.busy)
    return screen


def add_mug(services: Services, staff: Staff, *barcodes: str) -> None:
    services.products.add(
        staff.manager, sku="MUG", name="Mug", price="9", vat_rate="20", barcodes=barcodes
    )


def fill(qtbot: QtBot, *texts: str) -> None:
    """Type into the focused field and Tab to the next, as a person fills a form."""
    for text in texts:
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)


def test_a_manager_adds_a_product_and_the_till_can_scan_it(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_products(qtbot, manager_ctx)
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert focused() is screen.sku
    fill(qtbot, "tote-01", "Canvas tote", "4006381333931", "12.50")
    assert screen.vat.text() == "20"  # the default rate is offered
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "added" in screen.messages.text())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    scanned = services.products.find(staff.cashier, "4006381333931")
    assert (scanned.sku, scanned.name, scanned.price) == (
        "TOTE-01",
        "Canvas tote",
        Decimal("12.50"),
    )


def test_a_manager_changes_a_price_then_retires_the_product(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.products.add(staff.manager, sku="CAP", name="Cap", price="15", vat_rate="20")
    screen = open_products(qtbot, manager_ctx)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    type_text(qtbot, "cap")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.editing is not None)
    assert screen.price.text() == "15.00"
    assert screen.model.data(screen.model.index(0, 3)) == "15.00"
    press(qtbot, Qt.Key.Key_Return)  # edit the selected product
    assert focused() is screen.name
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    fill(qtbot, "17.00")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "saved" in screen.messages.text())
    assert services.products.find(staff.cashier, "CAP").price == Decimal("17.00")

    screen.active.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "not on sale" in screen.messages.text())
    with pytest.raises(NotFound):
        services.products.find(staff.cashier, "CAP")


def test_a_wrong_price_is_explained_and_nothing_is_added(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    screen = open_products(qtbot, manager_ctx)
    press(qtbot, Qt.Key.Key_N, CTRL)
    fill(qtbot, "MUG", "Mug", "", "nine")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "price" in screen.messages.text())
    assert screen.name.text() == "Mug"  # what was typed stays
    assert services.products.list_products(staff.manager, include_inactive=True) == []


def test_a_manager_scans_a_second_barcode_into_the_editor_and_the_till_sells_by_both(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    """With the scanner wedge on, a scan into the barcode entry stays there (elsewhere it would
    be taken as a sale scan); Enter adds it to the product's list."""
    add_mug(services, staff, "4006381333931")
    rig = Rig()
    window = open_window(qtbot, manager_ctx, rig)
    screen = window.show_screen("Products")
    assert isinstance(screen, ProductsScreen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.editing is not None)
    assert screen.barcodes.barcodes() == ["4006381333931"]
    screen.barcodes.entry.setFocus()
    scan(qtbot, rig.clock, "96385074")  # the gift box's EAN-8, at scanner speed, then Enter
    assert screen.barcodes.barcodes() == ["4006381333931", "96385074"]
    assert screen.barcodes.entry.text() == ""
    assert focused() is screen.barcodes.entry
    cart = checkout_of(window).cart
    assert cart is not None and cart.lines == []  # not sold
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "saved" in screen.messages.text())
    qtbot.waitUntil(lambda: screen.model.data(screen.model.index(0, 2)) == "4006381333931 96385074")
    for code in ("4006381333931", "96385074"):
        assert services.products.find(staff.cashier, code).sku == "MUG"


def test_a_barcode_is_removed_with_delete_and_a_taken_one_is_refused_naming_its_product(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.products.add(
        staff.manager, sku="CAP", name="Cap", price="15", vat_rate="20", barcodes=["12345670"]
    )
    add_mug(services, staff, "4006381333931", "96385074")
    screen = open_products(qtbot, manager_ctx)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    type_text(qtbot, "mug")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.editing is not None and screen.editing.sku == "MUG")
    screen.barcodes.list.setFocus()
    screen.barcodes.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Delete)
    assert screen.barcodes.barcodes() == ["96385074"]
    press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert focused() is screen.barcodes.entry
    type_text(qtbot, "12345670")  # CAP's
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "already used by CAP (Cap)" in screen.messages.text())
    assert services.products.find(staff.cashier, "4006381333931").sku == "MUG"  # not saved

    screen.barcodes.set_barcodes(["96385074"])
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "saved" in screen.messages.text())
    with pytest.raises(NotFound):
        services.products.find(staff.cashier, "4006381333931")
    assert services.products.find(staff.cashier, "96385074").sku == "MUG"


PRODUCT_FILE = (
    "sku,name,price,vat,barcodes\n"
    "MUG,Mug,11.00,20,4006381333931|96385074\n"  # price and a second barcode
    "TOTE,Canvas tote,12.50,20,40170725\n"  # new
    "BAD,Broken,twelve,20,\n"  # rejected: the price
)


def test_import_checks_the_file_first_then_imports_it_and_reports_rejected_rows(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff, tmp_path: Path
) -> None:
    add_mug(services, staff, "4006381333931")
    source = tmp_path / "catalogue.csv"
    source.write_text(PRODUCT_FILE, encoding="utf-8")
    screen = open_products(qtbot, manager_ctx)
    asked: list[QWidget] = []

    def ask(parent: QWidget) -> Path:
        asked.append(parent)
        return source

    screen.files.ask_open_path = ask
    press(qtbot, Qt.Key.Key_I, CTRL)
    dialog = screen.files.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert asked == [screen.files]
    assert "dry run (nothing saved): 3 rows: 1 created, 1 updated, 0 unchanged, 1 rejected" in (
        dialog.headline.text()
    )
    assert "twelve" in dialog.details.toPlainText()
    assert services.products.find(staff.cashier, "MUG").price == Decimal("9.00")  # not yet

    press(qtbot, Qt.Key.Key_Return)  # Import
    qtbot.waitUntil(lambda: "Imported catalogue.csv" in screen.messages.text())
    qtbot.waitUntil(dialog.isVisible)
    assert "Imported catalogue.csv" in dialog.headline.text()
    assert not dialog.import_button.isVisible()
    row = dialog.details.toPlainText()
    assert "4" in row and "BAD" in row and "price" in row
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    mug = services.products.find(staff.cashier, "96385074")
    assert (mug.sku, mug.price) == ("MUG", Decimal("11.00"))
    assert services.products.find(staff.cashier, "40170725").name == "Canvas tote"
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_a_checked_import_cancelled_changes_nothing(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = tmp_path / "catalogue.csv"
    source.write_text(PRODUCT_FILE, encoding="utf-8")
    screen = open_products(qtbot, manager_ctx)
    screen.files.ask_open_path = lambda _parent: source
    press(qtbot, Qt.Key.Key_I, CTRL)
    qtbot.waitUntil(screen.files.dialog.isVisible)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not screen.files.dialog.isVisible())
    assert services.products.list_products(staff.manager, include_inactive=True) == []
    assert not services.audit.entries(staff.admin, action="product")


def test_export_writes_the_catalogue_where_asked_and_reads_back_unchanged(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff, tmp_path: Path
) -> None:
    add_mug(services, staff, "4006381333931", "96385074")
    target = tmp_path / "out.csv"
    screen = open_products(qtbot, manager_ctx)
    suggested: list[str] = []

    def ask(_parent: QWidget, name: str) -> Path:
        suggested.append(name)
        return target

    screen.files.ask_save_path = ask
    press(qtbot, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "1 products written to" in screen.messages.text())
    assert suggested == [f"products-{services.clock.now().date().isoformat()}.csv"]
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "MUG,4006381333931,Mug,,9.00,20,no,,4006381333931|96385074"
    report = services.product_files.import_file(staff.manager, target, dry_run=True)
    assert report.count("unchanged") == 1
