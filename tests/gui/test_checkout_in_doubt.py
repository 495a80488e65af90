"""A sale or refund whose COMMIT answer is lost: the screen finds out, and never does it twice.

The till talks to the real PostgreSQL through ``tests/support/pg_proxy.py``, which lets the
COMMIT through and cuts the line before the answer comes back, then (in the second test)
keeps the server unreachable for a while, as a hall network that drops.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.ui import exactly_once
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.screens.checkout import CheckoutScreen
from pos_desktop.ui.workers import ThreadPoolRunner
from tests.conftest import FAST_HASHER, Staff
from tests.gui.keyboard import press, type_text
from tests.gui.selling import pay_and_confirm
from tests.gui.test_checkout import open_checkout, stored_invoices
from tests.gui.test_refund_dialog import CTRL, open_refund
from tests.support.clock import FakeClock
from tests.support.pg_proxy import PostgresProxy

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("backend", ["postgresql"], indirect=True),
]


@pytest.fixture
def proxy() -> Iterator[PostgresProxy]:
    with PostgresProxy() as running:
        yield running


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exactly_once, "RETRY_MS", 50)


@pytest.fixture
def till_ctx(  # noqa: PLR0917 - fixtures are named parameters by nature
    database_url: str,
    empty_config: Path,
    clock: FakeClock,
    staff: Staff,
    runner: ThreadPoolRunner,
    proxy: PostgresProxy,
) -> Iterator[UiContext]:
    settings = load_settings(
        environ={"POS_DATABASE_URL": proxy.url(database_url), "POS_CONFIG": str(empty_config)}
    )
    settings.scanner.keyboard = False
    services = build_services(settings, clock=clock, hasher=FAST_HASHER)
    yield UiContext(services, runner, staff.cashier)
    runner.wait_for_done()
    services.close()


def _cart_with_a_poster(qtbot: QtBot, ctx: UiContext) -> CheckoutScreen:
    screen = open_checkout(qtbot, ctx)
    press(qtbot, Qt.Key.Key_F3)
    type_text(qtbot, "Poster")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "12.50")
    press(qtbot, Qt.Key.Key_Return)
    return screen


def test_a_lost_answer_shows_the_saved_sale_and_sells_it_once(
    qtbot: QtBot, till_ctx: UiContext, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    screen = _cart_with_a_poster(qtbot, till_ctx)
    proxy.cut_after_commit()
    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel)
    assert proxy.cuts == 1
    [invoice] = stored_invoices(services, staff)
    assert invoice.gross == Decimal("12.50")
    assert "Sale saved as EXPO24-T1-000001" in screen.done_panel.messages.text()


def test_while_in_doubt_the_cart_stays_locked_until_the_server_answers(
    qtbot: QtBot, till_ctx: UiContext, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    screen = _cart_with_a_poster(qtbot, till_ctx)
    proxy.cut_after_commit()
    proxy_down_after_cut = proxy.cuts + 1

    pay_and_confirm(qtbot, screen)
    qtbot.waitUntil(lambda: proxy.cuts == proxy_down_after_cut)
    proxy.go_down()
    qtbot.waitUntil(lambda: "Checking whether the sale was saved" in screen.messages.text())
    assert "nothing was saved" not in screen.messages.text()
    assert screen.saving

    press(qtbot, Qt.Key.Key_F3)  # a cashier trying to add a line meanwhile
    type_text(qtbot, "Sticker")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "1.00")
    press(qtbot, Qt.Key.Key_Return)
    assert screen.cart is not None
    assert [ln.description for ln in screen.cart.lines] == ["Poster"]
    press(qtbot, Qt.Key.Key_F12)  # and paying again
    assert not screen.payment_dialog.isVisible()

    proxy.come_back()
    qtbot.waitUntil(lambda: screen.pages.currentWidget() is screen.done_panel, timeout=10_000)
    [invoice] = stored_invoices(services, staff)
    assert invoice.gross == Decimal("12.50")


def test_a_refund_in_doubt_keeps_its_dialog_and_gives_back_once(
    qtbot: QtBot, till_ctx: UiContext, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    panel = open_refund(qtbot, till_ctx, services, staff, "9.50")
    dialog = panel.refund_dialog
    type_text(qtbot, "both chipped")
    proxy.cut_after_commit()
    cuts = proxy.cuts + 1
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: proxy.cuts == cuts)
    proxy.go_down()
    qtbot.waitUntil(lambda: "Checking whether the refund was saved" in dialog.messages.text())
    press(qtbot, Qt.Key.Key_Escape)  # a tired cashier closing the dialog meanwhile
    assert dialog.isVisible()
    proxy.come_back()
    qtbot.waitUntil(lambda: "Credit note EXPO24-T1CN-000001" in panel.messages.text())
    [level] = services.stock.show(staff.manager, sku="MUG")
    assert level.quantity == Decimal(5)  # both mugs back, once
    assert len(services.credit_notes.of_invoice(staff.admin, "EXPO24-T1-000001")) == 1
