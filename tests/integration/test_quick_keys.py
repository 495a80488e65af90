"""The quick keys' grid: what a till shows, and how a manager arranges it; SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import PermissionDenied, ValidationError
from pos_desktop.services.products import ProductView
from pos_desktop.services.quick_keys import WORKSHOPS_TAB, QuickKeysChanged, TileKind
from tests.conftest import Staff
from tests.support.workshops import add_workshop

D = Decimal


@pytest.fixture
def catalogue(services: Services, staff: Staff) -> dict[str, ProductView]:
    made = {}
    for sku, name, price, category in (
        ("MUG", "Booth mug", "9.50", "Merch"),
        ("CAT", "Catalogue", "12.50", "Print"),
        ("PEN", "Pen", "1.20", "Merch"),
        ("BAG", "Tote bag", "5.00", ""),
    ):
        made[sku] = services.products.add(
            staff.manager, sku=sku, name=name, price=price, vat_rate="19", category=category
        )
    return made


def labels(services: Services, staff: Staff) -> list[str]:
    return [tile.label for tile in services.quick_keys.tiles(staff.cashier)]


def test_a_new_booth_has_every_product_as_a_tile_by_name(
    services: Services, staff: Staff, catalogue: dict[str, ProductView]
) -> None:
    tiles = services.quick_keys.tiles(staff.cashier)
    assert [(t.label, t.price, t.vat_rate, t.category, t.code) for t in tiles] == [
        ("Booth mug", D("9.50"), D("19"), "Merch", "MUG"),
        ("Catalogue", D("12.50"), D("19"), "Print", "CAT"),
        ("Pen", D("1.20"), D("19"), "Merch", "PEN"),
        ("Tote bag", D("5.00"), D("19"), "", "BAG"),
    ]


def test_favourites_first_then_the_managers_order_then_names(
    services: Services, staff: Staff, catalogue: dict[str, ProductView]
) -> None:
    keys = services.quick_keys
    keys.arrange(staff.manager, catalogue["BAG"].id, shown=True, pinned=False, position=1)
    keys.arrange(staff.manager, catalogue["PEN"].id, shown=True, pinned=False, position=2)
    keys.arrange(staff.manager, catalogue["CAT"].id, shown=True, pinned=True, position=None)
    assert labels(services, staff) == ["Catalogue", "Tote bag", "Pen", "Booth mug"]
    assert [t.pinned for t in keys.tiles(staff.cashier)] == [True, False, False, False]

    keys.arrange(staff.manager, catalogue["MUG"].id, shown=False, pinned=False, position=None)
    assert "Booth mug" not in labels(services, staff)
    assert keys.setting(staff.manager, catalogue["PEN"].id).position == 2


def test_a_managers_arrangement_is_audited_and_announced(
    services: Services, staff: Staff, catalogue: dict[str, ProductView]
) -> None:
    heard: list[QuickKeysChanged] = []
    services.bus.listen(QuickKeysChanged, heard.append)
    services.quick_keys.arrange(
        staff.manager, catalogue["PEN"].id, shown=True, pinned=True, position=3
    )
    [entry] = services.audit.entries(staff.admin, action="quick_key.arrange")
    assert entry.entity_key == "PEN"
    assert "favourite" in entry.summary and "place 3" in entry.summary
    assert [event.by for event in heard] == [staff.manager.label]

    services.quick_keys.arrange(  # the same again: nothing to write
        staff.manager, catalogue["PEN"].id, shown=True, pinned=True, position=3
    )
    assert len(services.audit.entries(staff.admin, action="quick_key.arrange")) == 1


def test_a_cashier_cannot_arrange_the_grid_and_the_attempt_is_recorded(
    services: Services, staff: Staff, catalogue: dict[str, ProductView]
) -> None:
    before = labels(services, staff)
    with pytest.raises(PermissionDenied):
        services.quick_keys.arrange(
            staff.cashier, catalogue["PEN"].id, shown=True, pinned=True, position=0
        )
    with pytest.raises(PermissionDenied):
        services.quick_keys.add_preset(staff.cashier, label="Tip", amount="1", vat_rate="0")
    assert labels(services, staff) == before
    refused = services.audit.entries(staff.admin, action="quick_key.refused")
    assert len(refused) == 2
    assert all(entry.actor == staff.cashier.label for entry in refused)
    assert services.audit.entries(staff.admin, action="quick_key.arrange") == []


def test_a_place_out_of_range_is_refused(
    services: Services, staff: Staff, catalogue: dict[str, ProductView]
) -> None:
    with pytest.raises(ValidationError, match="position"):
        services.quick_keys.arrange(
            staff.manager, catalogue["PEN"].id, shown=True, pinned=False, position=-1
        )


def test_a_preset_is_a_named_amount_in_the_managers_order(
    services: Services, staff: Staff, catalogue: dict[str, ProductView]
) -> None:
    preset = services.quick_keys.add_preset(
        staff.manager, label="Entry ticket", amount="8.00", vat_rate="7", pinned=True
    )
    [first, *_rest] = services.quick_keys.tiles(staff.cashier)
    assert first == preset
    assert (first.kind, first.label, first.price, first.vat_rate) == (
        TileKind.PRESET,
        "Entry ticket",
        D("8.00"),
        D("7"),
    )
    with pytest.raises(ValidationError, match="unit price"):
        services.quick_keys.add_preset(staff.manager, label="Nothing", amount="x", vat_rate="7")


def test_seats_of_todays_workshops_are_tiles_in_their_own_tab(
    services: Services, staff: Staff, catalogue: dict[str, ProductView]
) -> None:
    add_workshop(services, staff.manager, "TALK1", capacity=3)
    add_workshop(services, staff.manager, "TALK2", hours_later=30)  # tomorrow
    seats = [t for t in services.quick_keys.tiles(staff.cashier) if t.kind is TileKind.SEAT]
    assert [(t.code, t.category, t.price, t.seats_free) for t in seats] == [
        ("TALK1", WORKSHOPS_TAB, D("25.00"), 3)
    ]


def test_a_manager_removes_a_preset_a_cashier_cannot(services: Services, staff: Staff) -> None:
    keys = services.quick_keys
    ticket = keys.add_preset(staff.manager, label="Entry ticket", amount="8.00", vat_rate="7")
    keys.add_preset(staff.manager, label="Donation", amount="5.00", vat_rate="0", category="Give")
    assert [t.label for t in keys.presets(staff.manager)] == ["Donation", "Entry ticket"]
    assert ticket.preset_id is not None
    with pytest.raises(PermissionDenied):
        keys.remove_preset(staff.cashier, ticket.preset_id)
    keys.remove_preset(staff.manager, ticket.preset_id)
    assert labels(services, staff) == ["Donation"]
    [removed] = services.audit.entries(staff.admin, action="quick_key.preset_remove")
    assert "Entry ticket" in removed.summary
    assert len(services.audit.entries(staff.admin, action="quick_key.refused")) == 1
