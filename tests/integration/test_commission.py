"""Commission per cashier: the category's rate wins for its products; refunds take theirs back."""

from __future__ import annotations

from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import PermissionDenied
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.commission import commission_document
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from tests.conftest import Staff
from tests.support.cli import ADMIN, Cli
from tests.support.clock import FakeClock

D = Decimal
BERLIN = ZoneInfo("Europe/Berlin")


def test_rates_by_cashier_and_category_and_refunds_taken_back(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    book = services.products.add(
        staff.manager, sku="BOOK", name="Book", price="21.40", vat_rate="7", category="Books"
    )
    services.commission.set_rate(staff.manager, "cashier", "carl", "5")
    services.commission.set_rate(staff.manager, "category", "Books", "10")
    with pytest.raises(PermissionDenied):
        services.commission.set_rate(staff.cashier, "cashier", "carl", "50")
    workshop = LineInput("Workshop", D(1), D("119.00"), D(19))  # net 100.00 at carl's 5%
    books = LineInput("Book", D(2), D("21.40"), D(7), product_id=book.id)  # net 40.00 at 10%
    sale = services.billing.create_invoice(
        staff.cashier,
        SaleInput([workshop, books], None, [PaymentInput(PaymentMethod.CASH, D("161.80"))]),
    )
    services.billing.create_invoice(staff.manager, SaleInput([workshop]))  # maria: no rate
    assert sale.number is not None
    services.refunds.refund(
        staff.cashier, sale.number, [RefundLine(2, D(1))], method="cash", reason="one book back"
    )

    today = clock.now().astimezone(BERLIN).date()
    report = services.commission.report(staff.manager, today, today, BERLIN)
    assert commission_document(report)["cashiers"] == [
        {"cashier": "carl", "net_sales": "120.00", "commission": "7.00"},  # 5.00 + 4.00 - 2.00
        {"cashier": "maria", "net_sales": "100.00", "commission": "0.00"},
    ]


def test_the_commission_commands(cli: Cli) -> None:
    cli.ok("commission", "set", "--cashier", ADMIN, "--rate", "2.5")
    cli.ok("invoice", "create", "--line", "Workshop|1|119.00|19", "--pay", "cash:119")
    [line] = cli.json("commission", "report")["cashiers"]
    assert (line["net_sales"], line["commission"]) == ("100.00", "2.50")
