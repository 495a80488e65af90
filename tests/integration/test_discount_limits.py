"""A cashier's discounts are limited; above the limit a manager approves in place."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.errors import ApprovalRefused, ApprovalRequired
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.products import ProductView
from pos_desktop.services.sales import SaleInput
from tests.conftest import PASSWORD, Staff

D = Decimal


def poster(percent: str) -> LineInput:
    return LineInput("Poster", D(2), D("10.00"), D(19), discount_percent=D(percent))


def test_within_the_limit_a_cashier_discounts_alone(services: Services, staff: Staff) -> None:
    view = services.billing.create_invoice(staff.cashier, SaleInput([poster("10")]))
    assert view.gross == D("18.00")


def test_above_the_limit_a_manager_must_approve(services: Services, staff: Staff) -> None:
    with pytest.raises(ApprovalRequired, match="25% is above the 10%"):
        services.billing.create_invoice(staff.cashier, SaleInput([poster("25")]))
    with pytest.raises(ApprovalRefused, match="carl \\(cashier\\) may not approve"):
        services.billing.create_invoice(
            staff.cashier, SaleInput([poster("25")], approver=ApproverCredentials("carl", PASSWORD))
        )
    assert services.billing.list_invoices(staff.admin) == []

    view = services.billing.create_invoice(
        staff.cashier, SaleInput([poster("25")], approver=ApproverCredentials("maria", PASSWORD))
    )
    assert (view.gross, view.cashier) == (D("15.00"), "carl")
    [entry] = services.audit.entries(staff.admin, action="invoice.issue")
    assert "discount approved by maria" in entry.summary
    services.settings.billing.max_discount_percent = D(30)
    assert services.billing.create_invoice(staff.cashier, SaleInput([poster("25")])).gross == D(
        "15.00"
    )


def test_managers_give_any_discount(services: Services, staff: Staff) -> None:
    amount_off = LineInput("Poster", D(1), D("10.00"), D(19), discount=D("6.00"))
    assert services.billing.create_invoice(staff.manager, SaleInput([amount_off])).gross == D(
        "4.00"
    )


@pytest.fixture
def mug(services: Services, staff: Staff) -> ProductView:
    made = services.products.add(
        staff.manager, sku="MUG", name="Mug", price="9.50", vat_rate="19", track_stock=True
    )
    services.stock.adjust(staff.manager, "MUG", "10", location="BOOTH")
    return made


def mugs(mug: ProductView, unit_price: str, quantity: int = 1, percent: str = "") -> LineInput:
    return LineInput(
        "Mug",
        D(quantity),
        D(unit_price),
        D(19),
        product_id=mug.id,
        discount_percent=D(percent) if percent else None,
    )


def booth_mugs(services: Services, staff: Staff) -> Decimal:
    [level] = services.stock.show(staff.manager, sku="MUG")
    return level.quantity


def test_a_mug_typed_down_from_9_50_to_0_01_is_a_discount_a_manager_approves(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    with pytest.raises(
        ApprovalRequired, match=r"sold at 0.01 instead of 9.50, a discount of 99.89% is above"
    ):
        services.billing.create_invoice(staff.cashier, SaleInput([mugs(mug, "0.01")]))
    with pytest.raises(ApprovalRequired, match="a discount of 90% is above the 10%"):
        services.billing.create_invoice(staff.cashier, SaleInput([mugs(mug, "9.50", 1, "90")]))
    assert services.billing.list_invoices(staff.admin) == []
    assert booth_mugs(services, staff) == D(10)

    view = services.billing.create_invoice(
        staff.cashier,
        SaleInput([mugs(mug, "0.01")], approver=ApproverCredentials("maria", PASSWORD)),
    )
    assert (view.gross, view.lines[0].unit_price) == (D("0.01"), D("0.01"))
    assert booth_mugs(services, staff) == D(9)
    [entry] = services.audit.entries(staff.admin, action="invoice.issue")
    assert "discount approved by maria" in entry.summary


def test_a_lower_price_within_the_limit_needs_no_one(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    # 2 x 8.55 is 1.90 (10%) below 2 x 9.50: the limit exactly.
    view = services.billing.create_invoice(staff.cashier, SaleInput([mugs(mug, "8.55", 2)]))
    assert view.gross == D("17.10")
    with pytest.raises(ApprovalRequired, match=r"a discount of 10\.11%"):
        services.billing.create_invoice(staff.cashier, SaleInput([mugs(mug, "8.54", 2)]))


def test_a_higher_price_needs_a_manager_for_counted_goods_only(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    with pytest.raises(ApprovalRequired, match=r"12\.00 is more than the product's price of 9\.50"):
        services.billing.create_invoice(staff.cashier, SaleInput([mugs(mug, "12.00")]))
    seat = services.products.add(
        staff.manager, sku="SEAT", name="Workshop seat", price="40.00", vat_rate="19"
    )
    agreed = LineInput("Workshop seat", D(1), D("55.00"), D(19), product_id=seat.id)
    assert services.billing.create_invoice(staff.cashier, SaleInput([agreed])).gross == D("55.00")
    cheap = LineInput("Workshop seat", D(1), D("20.00"), D(19), product_id=seat.id)
    with pytest.raises(ApprovalRequired, match=r"instead of 40\.00, a discount of 50%"):
        services.billing.create_invoice(staff.cashier, SaleInput([cheap]))


def test_a_manager_sells_and_edits_below_the_price_without_asking_anyone(
    services: Services, staff: Staff, mug: ProductView
) -> None:
    assert services.billing.create_invoice(
        staff.manager, SaleInput([mugs(mug, "0.01")])
    ).gross == D("0.01")
    sold = services.billing.create_invoice(staff.cashier, SaleInput([mugs(mug, "9.50", 2)]))
    assert sold.number is not None
    edited = services.billing.edit(
        staff.manager,
        sold.number,
        [mugs(mug, "4.75", 2)],
        reason="two for one",
        expected_version=sold.version,
    )
    assert (edited.gross, edited.number) == (D("9.50"), sold.number)
