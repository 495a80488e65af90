"""Parked sales on a real SQLite file and a real PostgreSQL: park, list, recall exactly once."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import NotFound, ValidationError
from pos_desktop.services.parked_sales import CartToPark, ParkedLine, ParkedSales
from tests.conftest import Staff
from tests.support.clock import FakeClock

LINES = (
    ParkedLine("Catalogue", "2", "12.50", "7", "1.00"),
    ParkedLine("Mug", "1", "8.00", "19", "", product_id=None),
    ParkedLine("Poster", "1", "12,50", "19"),  # still wrong: parked as typed
    ParkedLine("Seat: Latte art (TALK1, Mon 14:00)", "1", "25.00", "19", workshop_id=7),
)


def a_cart(note: str = "fetching her card", key: ActionKey | None = None) -> CartToPark:
    return CartToPark(
        LINES,
        "EUR",
        Decimal("40.00"),
        key or ActionKey.new(),
        note=note,
        customer_code="ABCD-1234",
        customer_name="Ada Lovelace",
    )


def test_a_parked_cart_comes_back_whole_once(services: Services, staff: Staff) -> None:
    parked = services.parked_sales.park(staff.cashier, a_cart())
    assert services.parked_sales.count(staff.cashier) == 1
    [listed] = services.parked_sales.list_parked(staff.manager)
    assert (listed.note, listed.customer_name, listed.line_count, listed.gross) == (
        "fetching her card",
        "Ada Lovelace",
        4,
        Decimal("40.0000"),
    )
    assert listed.parked_by == staff.cashier.label

    recalled = services.parked_sales.recall(staff.cashier, parked.id)
    assert recalled.lines == LINES
    assert recalled.summary.customer_code == "ABCD-1234"
    assert services.parked_sales.count(staff.cashier) == 0
    with pytest.raises(NotFound, match="no longer parked"):
        services.parked_sales.recall(staff.cashier, parked.id)


def test_parking_the_same_cart_again_keeps_one_row(services: Services, staff: Staff) -> None:
    key = ActionKey.new()
    first = services.parked_sales.park(staff.cashier, a_cart(key=key))
    again = services.parked_sales.park(staff.cashier, a_cart(key=key))
    assert again.id == first.id
    assert services.parked_sales.count(staff.cashier) == 1
    recalled = services.parked_sales.recall(staff.cashier, first.id)
    assert recalled.key == key  # the cart goes on with its key: a sale of it is still once


def test_each_terminal_sees_its_own(services: Services, staff: Staff, clock: FakeClock) -> None:
    other_till = ParkedSales(services.db, clock, "T9")
    mine = services.parked_sales.park(staff.cashier, a_cart("mine"))
    other_till.park(staff.cashier, a_cart("theirs"))
    assert [p.note for p in services.parked_sales.list_parked(staff.cashier)] == ["mine"]
    assert [p.note for p in other_till.list_parked(staff.cashier)] == ["theirs"]
    with pytest.raises(NotFound):
        other_till.recall(staff.cashier, mine.id)


def recall_twice_at_once(services: Services, staff: Staff, parked_id: int) -> list[str]:
    """Two threads recall the same cart at the same moment; what each got."""
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def recall() -> None:
        start.wait()
        try:
            services.parked_sales.recall(staff.cashier, parked_id)
            outcomes.append("cart")
        except NotFound:
            outcomes.append("gone")

    threads = [threading.Thread(target=recall) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return sorted(outcomes)


def test_two_windows_recalling_at_once_get_one_cart(services: Services, staff: Staff) -> None:
    for _round in range(5):
        parked = services.parked_sales.park(staff.cashier, a_cart())
        assert recall_twice_at_once(services, staff, parked.id) == ["cart", "gone"]


def test_empty_carts_and_long_notes_are_refused(services: Services, staff: Staff) -> None:
    empty = CartToPark((), "EUR", Decimal(0), ActionKey.new())
    with pytest.raises(ValidationError, match="empty cart"):
        services.parked_sales.park(staff.cashier, empty)
    with pytest.raises(ValidationError, match="at most 200"):
        services.parked_sales.park(staff.cashier, a_cart("x" * 201))
    assert services.parked_sales.count(staff.cashier) == 0


def test_park_and_recall_are_audited(services: Services, staff: Staff) -> None:
    parked = services.parked_sales.park(staff.cashier, a_cart())
    services.parked_sales.recall(staff.manager, parked.id)
    entries = services.audit.entries(staff.admin, action="sale.")
    actions = [(e.action, e.actor) for e in entries if e.entity_type == "parked_sale"]
    assert sorted(actions) == sorted(
        [("sale.park", staff.cashier.label), ("sale.recall", staff.manager.label)]
    )
