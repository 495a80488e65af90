"""A workshop as a manager types it: every wrong field at once; seats are whole."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import parse_line
from pos_desktop.domain.workshops import WorkshopInput, checked_workshop, seat_count

STARTS = datetime(2026, 5, 4, 14, 0, tzinfo=UTC)


def test_a_good_workshop_is_cleaned_up() -> None:
    fields = checked_workshop(
        WorkshopInput(" latte-1 ", "  Latte   art ", STARTS, 45, 10, "0", "7", room=" B "), "EUR"
    )
    assert (fields.code, fields.title, fields.room, fields.price, fields.vat_rate) == (
        "LATTE-1",
        "Latte art",
        "B",
        Decimal(0),
        Decimal(7),
    )


def test_every_wrong_field_is_named_at_once() -> None:
    naive = datetime(2026, 5, 4, 14, 0)  # no time zone: refused
    with pytest.raises(ValidationError) as refused:
        checked_workshop(WorkshopInput("a b", "", naive, 0, 0, "1,50", "100"), "EUR")
    assert refused.value.fields == [
        "code",
        "title",
        "starts",
        "minutes",
        "capacity",
        "price",
        "VAT rate",
    ]


@pytest.mark.parametrize(("quantity", "seats"), [("1", 1), ("2.000", 2)])
def test_whole_seats(quantity: str, seats: int) -> None:
    assert seat_count(Decimal(quantity)) == seats


@pytest.mark.parametrize("quantity", ["1.5", "0"])
def test_part_seats_are_refused(quantity: str) -> None:
    with pytest.raises(ValidationError, match="whole numbers"):
        seat_count(Decimal(quantity))


def test_a_typed_seat_line_of_a_free_talk_may_cost_nothing_a_product_line_may_not() -> None:
    seat = parse_line(
        description="Seat: Latte art",
        quantity="1",
        unit_price="0.00",
        vat_rate="19",
        currency="EUR",
        workshop_id=7,
    )
    assert (seat.unit_price, seat.workshop_id) == (Decimal(0), 7)
    with pytest.raises(ValidationError, match="unit price"):
        parse_line(
            description="Mug", quantity="1", unit_price="0.00", vat_rate="19", currency="EUR"
        )
