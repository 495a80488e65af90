"""Refunds: credit notes never give back more than was sold, to the cent, on both backends."""

from __future__ import annotations

import multiprocessing
import time
from decimal import Decimal
from pathlib import Path

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.errors import ApprovalRefused, ApprovalRequired, InvalidState
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.products import ProductView
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from tests.conftest import PASSWORD, Staff
from tests.support import stock_workers

D = Decimal


@pytest.fixture
def mug(services: Services, staff: Staff) -> ProductView:
    mug = services.products.add(
        staff.manager, sku="MUG", name="Mug", price="9.50", vat_rate="19", track_stock=True
    )
    services.stock.adjust(staff.manager, "MUG", "10", location="BOOTH")
    return mug


def sale(services: Services, staff: Staff, *lines: LineInput) -> str:
    total = sum((line.quantity * line.unit_price for line in lines), D(0))
    view = services.billing.create_invoice(
        staff.cashier, SaleInput(list(lines), None, [PaymentInput(PaymentMethod.CASH, total)])
    )
    assert view.number is not None
    return view.number


def booth_mugs(services: Services, staff: Staff) -> Decimal:
    [level] = services.stock.show(staff.manager, sku="MUG")
    return level.quantity


def test_a_returned_mug_comes_back_to_stock_and_the_rest_is_refundable_once(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    poster = LineInput("Poster", D(1), D("8.00"), D(19))
    mugs = LineInput("Mug", D(2), D("9.50"), D(19), product_id=mug.id)
    number = sale(services, staff, poster, mugs)
    assert booth_mugs(services, staff) == D(8)

    note = services.refunds.refund(
        staff.cashier,
        number,
        [RefundLine(2, D(1))],
        method="cash",
        reason="one mug chipped at home",
    )
    assert (note.number, note.gross, note.restocked) == ("EXPO24-T1CN-000001", D("9.50"), True)
    assert booth_mugs(services, staff) == D(9)
    with pytest.raises(InvalidState, match="only 1 of 2 left"):
        services.refunds.refund(
            staff.cashier, number, [RefundLine(2, D(2))], method="cash", reason="again"
        )
    rest = services.refunds.refund(
        staff.cashier, number, method="card", restock=False, reason="poster torn, mug damaged"
    )
    assert (rest.gross, [line[0] for line in rest.lines]) == (D("17.50"), [1, 2])
    assert booth_mugs(services, staff) == D(9)  # damaged: not back on the shelf
    assert all(r.left == 0 for r in services.refunds.refundable(staff.cashier, number))
    with pytest.raises(InvalidState, match="nothing left to refund"):
        services.refunds.refund(staff.cashier, number, method="cash", reason="third time")
    [entry, _] = services.audit.entries(staff.admin, action="invoice.refund")
    assert "EXPO24-T1CN-000002" in entry.summary and "not restocked" in entry.summary


def test_partial_refunds_add_up_to_exactly_what_was_charged(
    services: Services, staff: Staff
) -> None:
    number = sale(services, staff, LineInput("Pens", D(3), D("3.33"), D(19)))
    parts = [
        services.refunds.refund(
            staff.cashier, number, [RefundLine(1, D(1))], method="cash", reason="one pen"
        ).gross
        for _ in range(3)
    ]
    assert sum(parts) == D("9.99")


def test_big_refunds_need_a_manager(services: Services, staff: Staff) -> None:
    number = sale(services, staff, LineInput("Workshop", D(1), D("120.00"), D(19)))
    with pytest.raises(ApprovalRequired, match="manager's approval"):
        services.refunds.refund(staff.cashier, number, method="card", reason="cancelled")
    with pytest.raises(ApprovalRefused, match="carl \\(cashier\\) may not approve"):
        services.refunds.refund(
            staff.cashier,
            number,
            method="card",
            reason="cancelled",
            approver=ApproverCredentials("carl", PASSWORD),
        )
    note = services.refunds.refund(
        staff.cashier,
        number,
        method="card",
        reason="cancelled",
        approver=ApproverCredentials("maria", PASSWORD),
    )
    assert (note.gross, note.approved_by, note.created_by) == (D("120.00"), "maria", "carl")


def test_voided_invoices_are_not_refunded(services: Services, staff: Staff) -> None:
    number = sale(services, staff, LineInput("Poster", D(1), D("8.00"), D(19)))
    services.billing.void(staff.manager, number, reason="wrong")
    with pytest.raises(InvalidState, match="voided"):
        services.refunds.refund(staff.cashier, number, method="cash", reason="and refunded?")


def test_a_refunded_invoice_is_neither_voided_nor_edited_so_nothing_goes_back_twice(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    number = sale(services, staff, LineInput("Mug", D(2), D("9.50"), D(19), product_id=mug.id))
    services.refunds.refund(
        staff.cashier, number, [RefundLine(1, D(1))], method="cash", reason="chipped"
    )
    assert booth_mugs(services, staff) == D(9)
    with pytest.raises(InvalidState, match=r"refunded \(1 credit note\): it cannot be voided"):
        services.billing.void(staff.manager, number, reason="customer wants all money back")
    view = services.billing.get(staff.manager, number)
    with pytest.raises(InvalidState, match="it cannot be edited; refund lines instead"):
        services.billing.edit(
            staff.manager,
            number,
            [LineInput("Mug", D(1), D("9.50"), D(19), product_id=mug.id)],
            reason="one less",
            expected_version=view.version,
        )
    after = services.billing.get(staff.manager, number)
    assert (after.status, after.gross, after.version) == (view.status, D("19.00"), view.version)
    assert booth_mugs(services, staff) == D(9)  # the void would have put both mugs back
    # What is left is refunded as such, once.
    services.refunds.refund(staff.cashier, number, method="cash", reason="the other one too")
    assert booth_mugs(services, staff) == D(10)
    [line] = services.refunds.refundable(staff.cashier, number)
    assert (line.sold, line.refunded) == (D(2), D(2))


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_two_tills_refunding_one_receipt_at_once_refund_it_once(
    services: Services, staff: Staff, database_url: str, empty_config: Path
) -> None:
    number = sale(services, staff, LineInput("Poster", D(1), D("8.00"), D(19)))
    start = time.time() + 3
    args = [(database_url, str(empty_config), f"T{n}", number, start) for n in (1, 2)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        outcomes = pool.starmap(stock_workers.refund_everything, args)
    notes = [o for o in outcomes if not o.startswith("refused")]
    assert len(notes) == 1, outcomes
    assert "nothing left to refund" in next(o for o in outcomes if o.startswith("refused"))
