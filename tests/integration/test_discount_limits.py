"""A cashier's discounts are limited; above the limit a manager approves in place."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import PermissionDenied
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.billing import SaleInput
from tests.conftest import Staff

D = Decimal


def poster(percent: str) -> LineInput:
    return LineInput("Poster", D(2), D("10.00"), D(19), discount_percent=D(percent))


def test_within_the_limit_a_cashier_discounts_alone(services: Services, staff: Staff) -> None:
    view = services.billing.create_invoice(staff.cashier, SaleInput([poster("10")]))
    assert view.gross == D("18.00")


def test_above_the_limit_a_manager_must_approve(services: Services, staff: Staff) -> None:
    with pytest.raises(PermissionDenied, match="25% is above the 10%"):
        services.billing.create_invoice(staff.cashier, SaleInput([poster("25")]))
    with pytest.raises(PermissionDenied):
        services.billing.create_invoice(
            staff.cashier, SaleInput([poster("25")], approver=staff.cashier)
        )
    assert services.billing.list_invoices(staff.admin) == []

    view = services.billing.create_invoice(
        staff.cashier, SaleInput([poster("25")], approver=staff.manager)
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
