"""Dashboard figures agree with what is stored, in the booth's local day."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import PermissionDenied
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.sales import SaleInput
from tests.conftest import Staff
from tests.support.clock import FakeClock

D = Decimal


def line(amount: str) -> LineInput:
    return LineInput("Item", D(1), D(amount), D(19))


def test_figures_equal_the_invoices_and_customers_stored(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    clock.current = clock.current.replace(hour=12, minute=0, tzinfo=UTC)
    billing, customers = services.billing, services.customers
    clock.advance(days=-1)
    billing.create_invoice(staff.cashier, SaleInput([line("50.00")]))  # yesterday
    clock.advance(days=1)
    anna = customers.register(
        staff.cashier, CustomerInput(name="Anna", email="a@example.com", country="DE")
    )
    customers.register(
        staff.cashier,
        CustomerInput(name="Zoe", email="z@example.com", country="DE", customer_type="vip"),
    )
    customers.register(staff.cashier, CustomerInput(name="Kim", email="k@example.com"))
    billing.create_invoice(staff.cashier, SaleInput([line("10.00"), line("5.00")], anna.code))
    clock.advance(hours=1)
    billing.create_invoice(staff.cashier, SaleInput([line("20.00")]))
    voided = billing.create_invoice(staff.cashier, SaleInput([line("999.00")]))
    assert voided.number is not None
    billing.void(staff.manager, voided.number, reason="test")

    figures = services.dashboard.figures(staff.manager, berlin)

    today = clock.now().astimezone(berlin).date()
    assert figures.day == today
    assert (figures.revenue_today, figures.invoices_today) == (D("35.00"), 2)
    assert figures.average_basket_today == D("17.50")
    assert figures.new_customers_today == 3
    by_day = dict(figures.revenue_by_day)
    assert len(by_day) == 14 and max(by_day) == today
    assert by_day[today - timedelta(days=1)] == D("50.00")
    assert sum(by_day.values()) == D("85.00")  # the voided 999.00 counts nowhere
    by_hour = dict(figures.revenue_by_hour)
    assert (by_hour[14], by_hour[15]) == (D("15.00"), D("20.00"))  # 12:00 UTC = 14:00 CEST
    assert figures.customers_by_country == (("DE", 2), ("", 1))
    assert dict(figures.customers_by_type) == {"individual": 2, "vip": 1}
    assert [i.number for i in figures.latest][:3] == [
        "EXPO24-T1-000004",
        "EXPO24-T1-000003",
        "EXPO24-T1-000002",
    ]


def test_an_empty_day_has_no_average_and_no_error(services: Services, staff: Staff) -> None:
    figures = services.dashboard.figures(staff.admin, UTC)
    assert (figures.revenue_today, figures.invoices_today, figures.average_basket_today) == (
        D(0),
        0,
        D(0),
    )
    assert isinstance(figures.day, date)


def test_cashiers_do_not_see_the_dashboard(services: Services, staff: Staff) -> None:
    with pytest.raises(PermissionDenied):
        services.dashboard.figures(staff.cashier, UTC)
