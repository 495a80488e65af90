"""Transfers: the warehouse stocks the booth with a manager's approval; differences kept."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import InvalidState, PermissionDenied
from pos_desktop.services.stock import InsufficientStock, levels_of
from pos_desktop.services.transfers import parse_items, transfer_document
from tests.conftest import Staff

D = Decimal


@pytest.fixture
def warehouse(services: Services, staff: Staff) -> None:
    for sku, name in (("MUG", "Mug"), ("CAP", "Cap")):
        services.products.add(
            staff.manager, sku=sku, name=name, price="9", vat_rate="19", track_stock=True
        )
        services.stock.adjust(staff.manager, sku, "50", location="WAREHOUSE", note="delivery")


def levels(services: Services, staff: Staff) -> dict[tuple[str, str], Decimal]:
    return levels_of(services.stock.show(staff.manager))


@pytest.mark.usefixtures("warehouse")
def test_requested_approved_sent_received_with_a_box_lost_on_the_way(
    services: Services, staff: Staff
) -> None:
    transfers = services.transfers
    asked = transfers.request(
        staff.cashier,
        from_location="warehouse",
        to_location="booth",
        items=parse_items(["MUG:20", "cap:10"]),
        note="for Saturday",
    )
    assert asked.status == "requested"
    with pytest.raises(PermissionDenied):
        transfers.approve(staff.cashier, asked.id)
    with pytest.raises(InvalidState, match="is requested, not approved"):
        transfers.send(staff.manager, asked.id)
    assert transfers.approve(staff.manager, asked.id).decided_by == "maria"
    transfers.send(staff.cashier, asked.id)
    assert levels(services, staff)[("MUG", "WAREHOUSE")] == D(30)
    done = transfers.receive(staff.cashier, asked.id, {"CAP": D(8)})  # two caps lost

    assert levels(services, staff) == {
        ("CAP", "BOOTH"): D(8),
        ("CAP", "WAREHOUSE"): D(40),
        ("MUG", "BOOTH"): D(20),
        ("MUG", "WAREHOUSE"): D(30),
    }
    lines = {line["sku"]: line for line in transfer_document(done)["lines"]}
    assert (lines["CAP"]["sent"], lines["CAP"]["received"], lines["CAP"]["missing"]) == (
        "10",
        "8",
        "2",
    )
    assert levels(services, staff) == services.stock.ledger_sums(staff.manager)
    steps = [e.action for e in services.audit.entries(staff.admin, action="transfer")]
    assert sorted(steps) == sorted(
        ["transfer.request", "transfer.approve", "transfer.send", "transfer.receive"]
    )


@pytest.mark.usefixtures("warehouse")
def test_a_rejected_or_too_big_transfer_moves_nothing(services: Services, staff: Staff) -> None:
    transfers = services.transfers
    no = transfers.request(
        staff.cashier, from_location="WAREHOUSE", to_location="BOOTH", items={"MUG": D(5)}
    )
    assert transfers.reject(staff.manager, no.id, "enough at the booth").status == "rejected"
    big = transfers.request(
        staff.cashier, from_location="WAREHOUSE", to_location="BOOTH", items={"MUG": D(80)}
    )
    transfers.approve(staff.manager, big.id)
    with pytest.raises(InsufficientStock, match="only 50 of MUG"):
        transfers.send(staff.cashier, big.id)
    assert transfers.list_transfers(staff.cashier, status="approved")[0].id == big.id
    assert levels(services, staff)[("MUG", "WAREHOUSE")] == D(50)
