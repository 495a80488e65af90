"""Eight tills selling the last two seats at once: exactly ten of ten are sold, on SQLite and
on PostgreSQL, and the six refused sales leave nothing behind."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.models import Invoice, WorkshopBooking
from tests.conftest import Staff
from tests.support import workshop_workers
from tests.support.workshops import add_workshop, customer, sell_seats


@pytest.mark.slow
def test_eight_tills_racing_for_the_last_two_seats_sell_exactly_ten(
    services: Services, staff: Staff, database_url: str, empty_config: Path
) -> None:
    talk = add_workshop(services, staff.manager, capacity=10)
    regulars = customer(services, staff.cashier, "Regular Visitor")
    sell_seats(services, staff.cashier, "TALK1", regulars, seats=8)
    racers = [
        customer(services, staff.cashier, f"Racer {n}", f"r{n}@example.org") for n in range(8)
    ]
    start = time.time() + 4
    args = [
        (database_url, str(empty_config), f"T{n + 2}", (talk.id, racers[n]), start)
        for n in range(8)
    ]
    with multiprocessing.get_context("spawn").Pool(8) as pool:
        outcomes = pool.starmap(workshop_workers.buy_a_seat, args)

    assert sorted(o.split(":")[0] for o in outcomes) == ["refused"] * 6 + ["sold"] * 2, outcomes
    assert all("full: 0 of 10 seats free" in o for o in outcomes if o != "sold"), outcomes
    view = services.workshops.show(staff.manager, "TALK1")
    assert (view.booked, view.seats_free) == (10, 0)
    with services.db.reader() as uow:
        seats = uow.session.scalar(select(func.sum(WorkshopBooking.seats)))
        sales = uow.session.scalar(select(func.count(Invoice.id)))
    assert (seats, sales) == (10, 3)
