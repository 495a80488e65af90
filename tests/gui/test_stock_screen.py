"""The Stock screen: levels page by page, low only, and a transfer approved, sent, received."""

from __future__ import annotations

from decimal import Decimal

from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.stock import StockScreen
from tests.conftest import Staff
from tests.gui.keyboard import show_active


def test_a_manager_moves_mugs_from_the_warehouse_to_the_booth(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, staff: Staff
) -> None:
    services.products.add(
        staff.manager,
        sku="MUG",
        name="Mug",
        price="9",
        vat_rate="19",
        track_stock=True,
        low_stock_at="5",
    )
    services.stock.adjust(staff.manager, "MUG", "30", location="WAREHOUSE")
    asked = services.transfers.request(
        staff.cashier, from_location="WAREHOUSE", to_location="BOOTH", items={"MUG": Decimal(12)}
    )
    screen = StockScreen(manager_ctx)
    show_active(qtbot, screen, (1100, 700))
    screen.activate()
    qtbot.waitUntil(lambda: screen.transfers.rowCount() == 1 and screen.levels.rowCount() == 1)

    screen.transfers_table.selectRow(0)
    screen._step("approve")
    qtbot.waitUntil(lambda: "approved" in screen.messages.text())
    qtbot.waitUntil(lambda: screen.transfers.rowCount() == 1 and not screen.transfers.loading)
    screen.transfers_table.selectRow(0)
    screen._step("send")
    qtbot.waitUntil(lambda: ": sent" in screen.messages.text())
    services.transfers.receive(staff.cashier, asked.id, {"MUG": Decimal(4)})
    screen.reload()
    qtbot.waitUntil(lambda: screen.levels.rowCount() == 2 and not screen.levels.loading)
    shown = {(v.location, v.quantity) for v in screen.levels.rows}
    assert shown == {("BOOTH", Decimal(4)), ("WAREHOUSE", Decimal(18))}

    screen.low_only.setChecked(True)
    qtbot.waitUntil(lambda: screen.levels.rowCount() == 1 and not screen.levels.loading)
    assert screen.levels.rows[0].location == "BOOTH"  # 4 <= 5
    assert "missing 8" in screen.transfers.data(screen.transfers.index(0, 4))
