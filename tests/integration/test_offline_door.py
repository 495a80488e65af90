"""The door keeps checking people in on the till's offline journal while PostgreSQL does not
answer, and the sync puts each admission on the server once, at the till's time (issue 24).

The till reaches the real PostgreSQL through ``tests/support/pg_proxy.py``; ``go_down`` is the
hall's network dropping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from pos_desktop.bootstrap import Services
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.connectivity import Connectivity, Link
from pos_desktop.domain.workshops import CheckinResult
from pos_desktop.services.events import LinkChanged
from pos_desktop.services.offline_read_cache import RefreshResult
from pos_desktop.services.workshop_views import CheckinVerdict
from pos_desktop.storage.models import (
    Customer,
    Invoice,
    OfflineEntry,
    WorkshopBooking,
    WorkshopCheckin,
)
from pos_desktop.storage.models.offline_entry import CONFLICT, PENDING
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.offline_tills import journal_of, sell, till_services
from tests.support.pg_proxy import PostgresProxy
from tests.support.workshops import add_workshop, customer, sell_seats

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

Door = Callable[[str], tuple[CheckinVerdict, bool]]


@pytest.fixture
def booked(services: Services, staff: Staff) -> dict[str, str]:
    """On the server before the till's journal is made: TALK1 and TALK2; Ada holds one seat in
    TALK1, Cara two, Bob one in TALK2; Eve none."""
    add_workshop(services, staff.manager, "TALK1")
    add_workshop(services, staff.manager, "TALK2", hours_later=5)
    people = {
        name: customer(services, staff.cashier, f"{name} Tester", f"{name.lower()}@example.org")
        for name in ("Ada", "Bob", "Cara", "Eve")
    }
    sell_seats(services, staff.cashier, "TALK1", people["Ada"])
    sell_seats(services, staff.cashier, "TALK1", people["Cara"], seats=2)
    sell_seats(services, staff.cashier, "TALK2", people["Bob"])
    return people


@pytest.fixture
def till(
    database_url: str,
    tmp_path: Path,
    clock: FakeClock,
    proxy: PostgresProxy,
    booked: dict[str, str],
) -> Iterator[Services]:
    del booked  # the journal's whole copy holds the bookings
    built = till_services(proxy.url(database_url), tmp_path, clock)
    journal_of(built).ensure()
    yield built
    built.close()


def door_of(till: Services, staff: Staff, workshop: str = "TALK1") -> Door:
    """A scan at the till's door: ``(verdict, offline)``, each scan under its own key."""

    def scan(code: str) -> tuple[CheckinVerdict, bool]:
        return journal_of(till).run(
            lambda s, key: s.workshops.check_in(staff.cashier, workshop, code, key=key),
            ActionKey.new(),
        )

    return scan


def server_checkins(services: Services, code: str) -> list[tuple[int, datetime]]:
    with services.db.reader() as uow:
        rows = uow.session.execute(
            select(WorkshopCheckin.seat, WorkshopCheckin.checked_in_at)
            .join(Customer, Customer.id == WorkshopCheckin.customer_id)
            .where(Customer.code == code)
            .order_by(WorkshopCheckin.seat)
        ).all()
    return [(seat, at) for seat, at in rows]


def test_the_door_admits_offline_and_the_server_gets_each_admission_once_at_the_tills_time(
    till: Services,
    *,
    services: Services,
    staff: Staff,
    proxy: PostgresProxy,
    clock: FakeClock,
    booked: dict[str, str],
) -> None:
    door = door_of(till, staff)
    proxy.go_down()
    admitted, offline = door(booked["Ada"])
    assert offline
    assert (admitted.result, admitted.name, admitted.seat) == (
        CheckinResult.ADMITTED,
        "Ada Tester",
        1,
    )
    at_the_door = admitted.checked_in_at
    clock.advance(minutes=2)
    again, offline = door(booked["Ada"])
    assert (again.result, again.checked_in_at, offline) == (
        CheckinResult.ALREADY,
        at_the_door,
        True,
    )
    assert door(booked["Eve"])[0].result is CheckinResult.NOT_BOOKED
    wrong = door(booked["Bob"])[0]
    assert (wrong.result, wrong.booked_for) == (CheckinResult.WRONG_SESSION, "TALK2")
    cara = door(booked["Cara"])[0]
    assert (cara.result, cara.seat, cara.seats) == (CheckinResult.ADMITTED, 1, 2)
    journal = journal_of(till)
    assert journal.entries.counts().pending == 2  # the two admissions; the turned away: none
    assert server_checkins(services, booked["Ada"]) == []

    clock.advance(minutes=10)
    proxy.come_back()
    result = journal.sync.sync_once()
    assert (result.pushed, result.pending, result.conflicts, result.error) == (2, 0, 0, "")
    assert server_checkins(services, booked["Ada"]) == [(1, at_the_door)]
    assert server_checkins(services, booked["Cara"]) == [(1, cara.checked_in_at)]

    # The till died after the server saved the admissions, before marking them: sent again,
    # they find their keys (Cara's second seat is not taken by a replay of her first).
    with journal.db.unit_of_work() as uow:
        uow.session.execute(update(OfflineEntry).values(state=PENDING, synced_at=None))
        uow.commit()
    again_sent = journal.sync.sync_once()
    assert (again_sent.pushed, again_sent.conflicts) == (2, 0)
    assert server_checkins(services, booked["Ada"]) == [(1, at_the_door)]
    assert server_checkins(services, booked["Cara"]) == [(1, cara.checked_in_at)]
    assert services.workshops.show(staff.cashier, "TALK1").checked_in == 2


def test_a_visitor_admitted_online_is_already_in_when_the_line_drops(
    till: Services, staff: Staff, proxy: PostgresProxy, booked: dict[str, str]
) -> None:
    door = door_of(till, staff)
    online, offline = door(booked["Ada"])
    assert (online.result, offline) == (CheckinResult.ADMITTED, False)
    proxy.go_down()
    again, offline = door(booked["Ada"])
    assert (again.result, again.checked_in_at, offline) == (
        CheckinResult.ALREADY,
        online.checked_in_at,
        True,
    )
    assert journal_of(till).entries.counts().pending == 0


def test_the_status_bar_counts_the_admissions_apart_from_the_sales(
    till: Services, staff: Staff, proxy: PostgresProxy, booked: dict[str, str]
) -> None:
    """A laptop that admits and sells offline: two admissions are two entries waiting, not
    two sales; a sale after them is the one sale, the admissions the other entries."""
    heard: list[Connectivity] = []
    till.bus.listen(LinkChanged, lambda event: heard.append(event.state))
    door = door_of(till, staff)
    journal = journal_of(till)
    proxy.go_down()
    door(booked["Ada"])
    door(booked["Cara"])
    state = journal.link.state
    assert (state.waiting, state.sales, state.checkins) == (2, 0, 2)
    assert state.status_text(UTC).endswith(" - 2 entries waiting")
    assert sell(till, staff.cashier)[1]  # offline: after the admissions
    assert journal.link.state.status_text(UTC).endswith(" - 1 sale and 2 other entries waiting")
    assert journal.entries.counts().pending_by_kind == {"checkin": 2, "sale": 1}
    proxy.come_back()
    assert journal.sync_round().pushed == 3
    assert journal.link.state == Connectivity()
    assert [(h.link, h.sales, h.checkins) for h in heard][-2:] == [
        (Link.SYNCING, 1, 2),  # "Back online - sending 1 sale and 2 other entries..."
        (Link.ONLINE, 0, 0),
    ]
    proxy.go_down()  # counted from what the sync left, not from the journal's whole history
    assert sell(till, staff.cashier)[1]
    assert journal.link.state.status_text(UTC).endswith(" - 1 sale waiting")


def test_an_admission_the_server_does_not_share_is_kept_as_a_conflict(
    till: Services,
    services: Services,
    staff: Staff,
    proxy: PostgresProxy,
    booked: dict[str, str],
) -> None:
    # Ada's seat is voided on the server after the till's last copy: the till still has it.
    ada_invoice = _invoice_of(services, booked["Ada"])
    services.billing.void(staff.manager, ada_invoice, reason="changed her mind")
    proxy.go_down()
    door = door_of(till, staff)
    admitted, offline = door(booked["Ada"])
    assert (admitted.result, offline) == (CheckinResult.ADMITTED, True)
    proxy.come_back()
    journal = journal_of(till)
    result = journal.sync.sync_once()
    assert (result.pushed, result.pending, result.conflicts, result.new_conflicts) == (1, 0, 1, 1)
    [entry] = journal.entries.listed(state=CONFLICT)
    assert (entry.kind, entry.number) == ("checkin", booked["Ada"])
    assert entry.by == staff.cashier.username
    assert entry.conflict is not None
    assert "not on the server" in entry.conflict
    assert f"the till admitted {booked['Ada']} to TALK1" in entry.conflict
    assert "cancelled" in entry.conflict
    assert server_checkins(services, booked["Ada"]) == []


def _invoice_of(services: Services, code: str) -> str:
    with services.db.reader() as uow:
        number = uow.session.scalar(
            select(Invoice.number)
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(Customer.code == code)
        )
    assert number is not None
    return number


def test_a_seat_sold_after_the_copy_reaches_the_door_by_the_incremental_refresh(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    dan = customer(services, staff.cashier, "Dan Tester", "dan@example.org")
    sell_seats(services, staff.cashier, "TALK1", dan)  # at another till, after the copy
    refreshed = journal_of(till).refresh()
    assert isinstance(refreshed, RefreshResult) and not refreshed.full
    # Dan's (and the others again if a transaction elsewhere on the server was open then).
    assert refreshed.rows["workshop_bookings"] >= 1
    with journal_of(till).db.engine.connect() as journal:  # bookings name no invoice there
        assert journal.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        blank = select(WorkshopBooking.invoice_id, WorkshopBooking.line_position).distinct()
        assert journal.execute(blank).all() == [(None, None)]
    proxy.go_down()
    admitted, offline = door_of(till, staff)(dan)
    assert (admitted.result, admitted.name, offline) == (CheckinResult.ADMITTED, "Dan Tester", True)
