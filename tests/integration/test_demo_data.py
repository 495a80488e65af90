"""Demo data looks like a few real days at a booth: sales in opening hours, none in the future,
and workshops the door and the Workshops screen can show (today's booked and checked in,
tomorrow's full with a waitlist), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.workshops import CheckinResult, WorkshopStatus
from pos_desktop.services.demo_data import CLOSING_HOUR, OPENING_HOUR, DemoDataService
from pos_desktop.services.demo_workshops import ADVANCED, DOOR_OPENS, INTRO, TALK, demo_times
from pos_desktop.storage.models import Customer, Invoice, InvoiceLine, WorkshopBooking
from tests.conftest import Staff
from tests.support.clock import FakeClock


def test_demo_sales_fall_in_opening_hours_up_to_now(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    demo = DemoDataService(services.db, services.settings, services.station, clock)
    summary = demo.generate(staff.admin, customers=20, invoices=120)
    rows = services.billing.list_invoices(staff.admin, limit=500)
    assert len(rows) == summary.invoices == 120
    times = [r.issued_at for r in rows if r.issued_at is not None]
    assert len(times) == 120
    assert max(times) <= clock.now()
    assert min(times) >= clock.now() - timedelta(days=5)
    assert all(OPENING_HOUR <= t.hour < CLOSING_HOUR or t == clock.now() for t in times)
    assert len({t.date() for t in times}) >= 4  # spread over the days, not bunched


def _sold(services: Services, workshop_id: int) -> tuple[Decimal, Decimal, datetime]:
    """Seats and gross on the issued invoices selling this workshop, and the last sale's time."""
    with services.db.reader() as uow:
        seats, gross, last = uow.session.execute(
            select(
                func.sum(InvoiceLine.quantity),
                func.sum(InvoiceLine.gross),
                func.max(Invoice.issued_at),
            )
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(
                InvoiceLine.workshop_id == workshop_id,
                Invoice.status == InvoiceStatus.ISSUED.value,
            )
        ).one()
    assert last is not None, "no seat sold"
    return Decimal(seats or 0), Decimal(gross or 0), last


def test_demo_workshops_are_booked_checked_in_and_waitlisted(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    demo = DemoDataService(services.db, services.settings, services.station, clock)
    summary = demo.generate(staff.admin, customers=30, invoices=100)
    assert summary.workshops == 3
    assert len(services.billing.list_invoices(staff.admin, limit=500)) == 100
    products = {p.name for p in services.products.list_products(staff.admin, limit=100)}
    assert not [name for name in products if "Workshop seat" in name]  # real workshops now

    now = clock.now()
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    today = services.workshops.list_workshops(staff.admin, day=midnight)  # what the door lists
    assert [w.code for w in today] == [INTRO.code, TALK.code]
    assert all(w.status is WorkshopStatus.PUBLISHED for w in today)
    views = {w.code: w for w in services.workshops.list_workshops(staff.admin)}

    intro = views[INTRO.code]
    assert now < intro.starts_at <= now + DOOR_OPENS  # about to start: its door is open
    assert (intro.booked, intro.capacity, intro.price) == (8, 10, Decimal("45.00"))
    assert intro.checked_in == 3 and intro.waitlist == 0
    talk = views[TALK.code]
    assert talk.is_free and talk.booked == 7 and talk.checked_in == 0  # later: door not open
    advanced = views[ADVANCED.code]
    assert advanced.starts_at.date() == (now + timedelta(days=1)).date()
    assert (advanced.booked, advanced.seats_free, advanced.waitlist) == (6, 0, 2)

    for view in views.values():
        shown = services.workshops.show(staff.admin, view.code)  # ``workshop show``'s figures
        seats, gross, last_sale = _sold(services, view.id)
        assert (Decimal(shown.booked), shown.revenue) == (seats, gross)
        assert last_sale < shown.starts_at  # booked before the session, not after
    assert views[INTRO.code].revenue == Decimal("360.00")
    assert views[ADVANCED.code].revenue == Decimal("534.00")

    # At the door, the early birds are in already and the others holding seats are let in,
    # first the one the demo names for trying the door.
    day_stats = services.workshops.day_stats(staff.admin, now.date(), UTC)
    assert [w.checked_in for w in day_stats.workshops] == [3, 0]
    assert summary.door is not None and summary.door[0] == INTRO.code
    tried = services.workshops.check_in(staff.admin, *summary.door)
    assert (tried.result, tried.seat, tried.seats) == (CheckinResult.ADMITTED, 1, 1)
    verdicts = Counter(
        services.workshops.check_in(staff.admin, INTRO.code, who).result
        for who in _holders(services, intro.id)
    )
    # The first early bird bought two seats and came alone: their second seat is let in too.
    assert verdicts == {CheckinResult.ADMITTED: 4, CheckinResult.ALREADY: 3}


def test_demo_data_twice_keeps_its_workshops(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    demo = DemoDataService(services.db, services.settings, services.station, clock)
    assert demo.generate(staff.admin, customers=12, invoices=60).workshops == 3
    clock.advance(minutes=5)
    again = demo.generate(staff.admin, customers=12, invoices=60, seed=7)
    assert (again.workshops, again.door) == (0, None)
    views = services.workshops.list_workshops(staff.admin)
    assert [(w.code, w.waitlist) for w in views] == [
        (INTRO.code, 0),
        (TALK.code, 0),
        (ADVANCED.code, 2),  # the same two, not asked to join again
    ]


def _holders(services: Services, workshop_id: int) -> list[str]:
    with services.db.reader() as uow:
        return list(
            uow.session.scalars(
                select(Customer.code)
                .join(WorkshopBooking, WorkshopBooking.customer_id == Customer.id)
                .where(WorkshopBooking.workshop_id == workshop_id)
            )
        )


@pytest.mark.parametrize(
    ("hour", "minute"),
    [(3, 0), (9, 0), (10, 0), (13, 40), (16, 55), (17, 30), (22, 0), (22, 50), (23, 55)],
)
def test_the_door_has_a_session_today_whenever_the_demo_is_made(hour: int, minute: int) -> None:
    now = datetime(2026, 5, 4, hour, minute, 7, tzinfo=UTC)
    starts = demo_times(now, OPENING_HOUR, CLOSING_HOUR)
    intro, talk, advanced = starts[INTRO.code], starts[TALK.code], starts[ADVANCED.code]
    assert intro.date() == talk.date() == now.date()
    assert advanced.date() == now.date() + timedelta(days=1)
    assert OPENING_HOUR <= advanced.hour < CLOSING_HOUR
    assert abs(talk - intro) >= timedelta(minutes=INTRO.minutes)  # one room, no overlap
    if hour < OPENING_HOUR:  # before the hall opens: both later, in opening hours
        assert now + DOOR_OPENS < intro < talk and talk.hour < CLOSING_HOUR
    else:  # the introduction's door is open now, or it is running
        assert intro - DOOR_OPENS <= now < intro + timedelta(minutes=INTRO.minutes)
        closing = talk.replace(hour=CLOSING_HOUR, minute=0)
        assert talk.hour >= OPENING_HOUR
        assert talk + timedelta(minutes=TALK.minutes) <= closing
