"""Export from the lists: the file holds what the list's filters select, all of it, audited."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.customers import CustomersScreen
from pos_desktop.ui.screens.invoices import InvoicesScreen
from tests.conftest import Staff
from tests.gui.keyboard import press, show_active, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
POSTER = LineInput("Poster", Decimal(1), Decimal("8.00"), Decimal(19))


def show(qtbot: QtBot, screen: InvoicesScreen | CustomersScreen) -> None:
    show_active(qtbot, screen, (1200, 600))
    screen.activate()
    qtbot.waitUntil(lambda: not screen.model.loading)


def answer_with(path: Path) -> Callable[[object, str], Path]:
    return lambda _parent, _suggested: path


def test_customers_matching_the_search_go_to_csv_and_the_export_is_audited(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff, tmp_path: Path
) -> None:
    for name in ("Ada Schmidt", "Bob Meier", "Cleo Schmidt"):
        email = name.lower().replace(" ", ".") + "@example.com"
        services.customers.register(staff.cashier, CustomerInput(name=name, email=email))
    screen = CustomersScreen(manager_ctx)
    show(qtbot, screen)
    type_text(qtbot, "schmidt")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2 and not screen.model.loading)
    target = tmp_path / "schmidts.csv"
    screen.export.ask_path = answer_with(target)

    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "exported" in screen.messages.text())

    assert screen.messages.text() == f"2 customers exported to {target}"
    with target.open(encoding="utf-8-sig", newline="") as stream:
        names = [row["name"] for row in csv.DictReader(stream)]
    shown = [screen.model.row(i).name for i in range(screen.model.rowCount())]
    assert names == shown and sorted(names) == ["Ada Schmidt", "Cleo Schmidt"]
    [entry] = services.audit.entries(staff.admin, action="customers.export")
    assert entry.actor == staff.manager.label
    assert entry.after is not None
    assert entry.after["rows"] == 2 and entry.after["search"] == "schmidt"


def test_invoices_of_the_chosen_status_go_to_xlsx(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff, tmp_path: Path
) -> None:
    kept = services.billing.create_invoice(staff.cashier, SaleInput([POSTER]))
    voided = services.billing.create_invoice(staff.cashier, SaleInput([POSTER, POSTER]))
    services.billing.void(staff.manager, str(voided.number), reason="wrong customer")
    screen = InvoicesScreen(manager_ctx)
    show(qtbot, screen)
    screen.status.setCurrentIndex(1)  # Issued
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and not screen.model.loading)
    target = tmp_path / "issued.xlsx"
    screen.export.ask_path = answer_with(target)

    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: "exported" in screen.messages.text())

    sheet = load_workbook(target, read_only=True).active
    assert sheet is not None
    header, *rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert len(rows) == 1
    record = dict(zip(header, rows[0], strict=True))
    assert record["number"] == kept.number and record["status"] == "issued"
    assert record["gross"] == "8.00"
    [entry] = services.audit.entries(staff.admin, action="invoices.export")
    assert entry.after is not None and entry.after["filter"]["status"] == "issued"


def test_a_long_export_can_be_stopped_from_the_keyboard(
    qtbot: QtBot, manager_ctx: UiContext, tmp_path: Path
) -> None:
    screen = CustomersScreen(manager_ctx)
    show(qtbot, screen)
    started = threading.Event()

    def endless(_path: Path, cancelled: Callable[[], bool]) -> int:
        started.set()
        pages = 0
        while not cancelled():
            pages += 1
            threading.Event().wait(0.01)
        return pages * 500

    screen.export.job_for = lambda: endless
    screen.export.ask_path = answer_with(tmp_path / "all.csv")
    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(started.is_set)
    assert screen.export.text().startswith("Cancel export")

    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not screen.export.running)
    assert "(stopped: the rest was not written)" in screen.messages.text()
    assert screen.export.text().startswith("E&xport customers")


def test_a_cashier_is_told_that_exporting_needs_a_manager(
    qtbot: QtBot, cashier_ctx: UiContext, tmp_path: Path
) -> None:
    screen = CustomersScreen(cashier_ctx)
    show(qtbot, screen)
    screen.export.ask_path = answer_with(tmp_path / "nope.csv")
    assert not screen.export.isEnabled()

    press(qtbot, Qt.Key.Key_E, CTRL_SHIFT)

    assert "needs a manager" in screen.messages.text()
    assert not (tmp_path / "nope.csv").exists()
