"""The per-hour sales totals stay equal to a recount of the invoices, whatever happens to them."""

from __future__ import annotations

import multiprocessing
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import HourlySales
from pos_desktop.storage.sales_rollup import rebuild
from tests.conftest import FAST_HASHER, Staff
from tests.support import rollup_workers
from tests.support.clock import FakeClock
from tests.support.sales_recount import recount, revenue_by_local_hour, stored

D = Decimal


def line(amount: str, quantity: str = "1", vat: str = "19") -> LineInput:
    return LineInput("Item", D(quantity), D(amount), D(vat))


def a_day_of_trading(services: Services, staff: Staff, clock: FakeClock) -> None:
    """Sales over several hours and days, drafts, edits up and down, voids, a second till."""
    billing, cashier, manager = services.billing, staff.cashier, staff.manager
    clock.advance(days=-1)
    billing.create_invoice(cashier, SaleInput([line("50.00")]))
    clock.advance(days=1)
    first = billing.create_invoice(cashier, SaleInput([line("10.00"), line("5.00", "3", "7")]))
    clock.advance(minutes=20)
    second = billing.create_invoice(
        cashier, SaleInput([line("20.00")], payments=[PaymentInput(PaymentMethod.CASH, D(50))])
    )
    draft = billing.create_invoice(cashier, SaleInput([line("7.77")]), issue=False)
    clock.advance(hours=1)
    third = billing.create_invoice(cashier, SaleInput([line("999.00")]))
    assert first.number and second.number and third.number
    # Edits after the hour: the difference goes to the hour the invoice was issued in.
    billing.edit(
        manager,
        first.number,
        [line("10.00"), line("5.00", "3", "7"), line("0.99", "2", "0")],
        reason="forgot the stickers",
        expected_version=first.version,
    )
    edited = billing.edit(
        manager,
        second.number,
        [line("12.00")],
        reason="wrong price",
        expected_version=second.version,
    )
    billing.void(manager, second.number, reason="customer left")
    billing.void(manager, third.number, reason="test sale")
    assert edited.gross == D("12.00")
    clock.advance(hours=2)
    billing.issue(cashier, draft.id, [PaymentInput(PaymentMethod.CARD, D("7.77"))])


def second_till(settings: Settings, clock: FakeClock) -> Services:
    settings.pos.terminal = "T2"
    return build_services(settings, clock=clock, hasher=FAST_HASHER)


def test_totals_equal_a_recount_after_sales_edits_voids_and_refunds(
    services: Services, staff: Staff, clock: FakeClock, settings: Settings
) -> None:
    a_day_of_trading(services, staff, clock)
    till2 = second_till(settings, clock)
    try:
        sold = till2.billing.create_invoice(staff.cashier, SaleInput([line("30.00", "2")]))
        assert sold.number is not None
        clock.advance(hours=1)  # refunded in a later hour, at the first till
        services.refunds.refund(
            staff.manager, sold.number, [RefundLine(1, D(1))], method="cash", reason="one back"
        )
    finally:
        till2.close()

    totals = stored(services)
    assert totals == recount(services)
    assert len({terminal for *_rest, terminal in totals}) == 2
    assert sum(n for n, *_amounts in totals.values()) == 4  # 6 issued, 2 of them voided
    assert min(gross for *_counts, gross in totals.values()) == D("-30.00")  # the refund's hour


def test_dashboard_shows_what_a_recount_of_the_invoices_shows(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    a_day_of_trading(services, staff, clock)
    for zone in ("Europe/Berlin", "America/New_York", "UTC"):
        tz = ZoneInfo(zone)
        figures = services.dashboard.figures(staff.manager, tz)
        expected = revenue_by_local_hour(services, tz)
        today = figures.day
        assert figures.revenue_by_hour == tuple(
            (h, expected.get((today, h), (0, D(0)))[1]) for h in range(24)
        )
        assert figures.invoices_today == sum(
            n for (d, _h), (n, _g) in expected.items() if d == today
        )
        by_day = dict(figures.revenue_by_day)
        for day, revenue in by_day.items():
            assert revenue == sum((g for (d, _h), (_n, g) in expected.items() if d == day), D(0)), (
                zone,
                day,
            )
        assert sum(by_day.values()) == sum(g for _n, g in expected.values())


def test_the_migration_back_fills_an_existing_database(
    services: Services, staff: Staff, clock: FakeClock, database_url: str
) -> None:
    """A database with sales from before the totals existed gets them on upgrade, in the rows
    later sales add to (the same hour key as the application writes)."""
    a_day_of_trading(services, staff, clock)
    engine = create_engine_for(database_url)
    try:
        migrate.downgrade(engine, "0003")
        migrate.upgrade(engine)
        assert stored(services) == recount(services)

        services.billing.create_invoice(staff.cashier, SaleInput([line("1.00")]))
        assert stored(services) == recount(services)
        with services.db.reader() as uow:
            rows = uow.session.scalar(select(func.count()).select_from(HourlySales))
        assert rows == len(recount(services))

        with engine.begin() as connection:  # the repair after bulk loads agrees too
            rebuild(connection)
        assert stored(services) == recount(services)
    finally:
        migrate.upgrade(engine)
        engine.dispose()


def test_a_sale_rolled_back_leaves_the_totals_alone(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    services.billing.create_invoice(staff.cashier, SaleInput([line("10.00")]))
    before = stored(services)
    with pytest.raises(Exception, match="product"):
        services.billing.create_invoice(
            staff.cashier, SaleInput([LineInput("Ghost", D(1), D(1), D(19), product_id=999)])
        )
    clock.advance(minutes=1)
    assert stored(services) == before == recount(services)


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_four_tills_selling_editing_and_voiding_at_once_keep_the_totals_exact(
    services: Services, staff: Staff, database_url: str, empty_config: Path
) -> None:
    start = time.time() + 3
    args = [
        (database_url, str(empty_config), terminal, 60, start)
        for terminal in ("T1", "T1", "T2", "T2")
    ]
    with multiprocessing.get_context("spawn").Pool(len(args)) as pool:
        done = pool.starmap(rollup_workers.sell_edit_void, args)
    assert sum(done) == 240

    totals = stored(services)
    assert totals == recount(services)
    assert sum(n for n, *_amounts in totals.values()) == 240 - 60  # every 4th voided
    assert len({terminal for *_rest, terminal in totals}) == 2


def test_totals_are_kept_per_utc_hour(services: Services, staff: Staff, clock: FakeClock) -> None:
    clock.current = clock.current.replace(minute=59, second=59)
    services.billing.create_invoice(staff.cashier, SaleInput([line("1.00")]))
    clock.advance(seconds=1)
    services.billing.create_invoice(staff.cashier, SaleInput([line("2.00")]))
    hours = sorted(key[2] for key in stored(services))
    assert hours[1] - hours[0] == timedelta(hours=1)
    assert all(h.minute == h.second == h.microsecond == 0 for h in hours)
