"""Cash far above what is due: refused as a typo unless confirmed, in the service and the CLI."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.domain.errors import LargeTender
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.sales import SaleInput
from tests.conftest import FAST_HASHER, Staff
from tests.support.cli import EXIT_BAD_INPUT, Cli
from tests.support.clock import FakeClock

COFFEE = LineInput("Coffee", Decimal(1), Decimal("5.00"), Decimal(19))
FAT_FINGER = Decimal(100_000_000)


def cash(amount: Decimal, *, confirmed: bool = False) -> PaymentInput:
    return PaymentInput(PaymentMethod.CASH, amount, confirm_large_tender=confirmed)


def test_a_sale_refuses_100_million_for_a_coffee_unless_confirmed(
    services: Services, staff: Staff
) -> None:
    billing = services.billing
    with pytest.raises(LargeTender) as caught:
        billing.create_invoice(staff.cashier, SaleInput([COFFEE], None, [cash(FAT_FINGER)]))
    assert (caught.value.due, caught.value.limit) == (Decimal("5.00"), Decimal("500.00"))
    assert billing.list_invoices(staff.admin) == []  # nothing saved

    normal = billing.create_invoice(staff.cashier, SaleInput([COFFEE], None, [cash(Decimal(100))]))
    assert normal.change == Decimal("95.00")
    confirmed = billing.create_invoice(
        staff.cashier, SaleInput([COFFEE], None, [cash(FAT_FINGER, confirmed=True)])
    )
    assert (confirmed.paid, confirmed.change) == (Decimal("5.00"), Decimal("99999995.00"))
    assert confirmed.payments[0].tendered == FAT_FINGER


def test_paying_an_open_invoice_later_is_checked_too(services: Services, staff: Staff) -> None:
    billing = services.billing
    view = billing.create_invoice(staff.cashier, SaleInput([COFFEE]))
    assert view.number is not None
    with pytest.raises(LargeTender):
        billing.pay(staff.cashier, view.number, [cash(Decimal(501))])
    paid = billing.pay(staff.cashier, view.number, [cash(Decimal(501), confirmed=True)])
    assert paid.change == Decimal("496.00")


def test_the_limit_is_a_setting(settings: Settings, clock: FakeClock, staff: Staff) -> None:
    strict = copy.deepcopy(settings)
    strict.billing.tender_limit_factor = Decimal(2)
    strict.billing.tender_limit_minimum = Decimal(0)
    strict_services = build_services(strict, clock=clock, hasher=FAST_HASHER)
    try:
        with pytest.raises(LargeTender, match=r"more than 10\.00"):
            strict_services.billing.create_invoice(
                staff.cashier, SaleInput([COFFEE], None, [cash(Decimal(20))])
            )
    finally:
        strict_services.close()


def test_the_cli_needs_an_explicit_option(cli: Cli) -> None:
    refused = cli.fails(
        EXIT_BAD_INPUT, "invoice", "create", "--line", "Coffee|1|5.00|19", "--pay", "cash:100000000"
    )
    assert "far more than the 5.00 due" in refused.stderr
    assert "--confirm-large-tender" in refused.stderr
    sold = cli.json(
        "invoice", "create", "--line", "Coffee|1|5.00|19", "--pay", "cash:100000000",
        "--confirm-large-tender", "--json",
    )  # fmt: skip
    assert sold["change"] == "99999995.00"
    opened = cli.json("invoice", "create", "--line", "Tea|1|4.00|19", "--json")
    number = opened["number"]
    cli.fails(EXIT_BAD_INPUT, "invoice", "pay", number, "--pay", "cash:9999")
    paid = cli.json(
        "invoice", "pay", number, "--pay", "cash:9999", "--confirm-large-tender", "--json"
    )
    assert paid["change"] == "9995.00"
    custom = cli.invoke(
        "invoice", "create", "--line", "Coffee|1|5.00|19", "--pay", "cash:600", "--json",
        env={"POS_BILLING_TENDER_LIMIT_MINIMUM": "1000"},
    )  # fmt: skip
    assert custom.exit_code == 0, custom.stderr
