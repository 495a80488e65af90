"""The sales report adds up to what was sold, in the booth's local days."""

from __future__ import annotations

import csv
import io
from datetime import UTC, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import PermissionDenied, ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.reports import sales_report_csv
from pos_desktop.services.sales import SaleInput
from tests.conftest import Staff
from tests.support.clock import FakeClock

D = Decimal
BERLIN = ZoneInfo("Europe/Berlin")


def sale(amount: str, rate: int, *payments: PaymentInput) -> SaleInput:
    return SaleInput([LineInput("Item", D(1), D(amount), D(rate))], None, list(payments))


def test_the_report_breaks_the_period_down_and_adds_up(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    # 23:30 UTC on day 1 is already day 2 in Berlin: the report follows the booth's clock.
    clock.current = clock.current.replace(hour=23, minute=30, tzinfo=UTC)
    day1 = clock.current.astimezone(BERLIN).date()
    billing = services.billing
    billing.create_invoice(
        staff.cashier, sale("19.00", 19, PaymentInput(PaymentMethod.CASH, D("19.00")))
    )
    clock.advance(hours=24)
    billing.create_invoice(
        staff.manager,
        sale(
            "107.00",
            7,
            PaymentInput(PaymentMethod.CARD, D("100.00"), reference="A1"),
            PaymentInput(PaymentMethod.CASH, D("7.00")),
        ),
    )
    voided = billing.create_invoice(staff.cashier, sale("50.00", 19))
    assert voided.number is not None
    billing.void(staff.manager, voided.number, reason="wrong till")
    clock.advance(days=3)
    billing.create_invoice(staff.cashier, sale("1.00", 19))  # outside the period

    report = services.reports.sales(staff.manager, day1, day1 + timedelta(days=1), BERLIN)

    assert [(d, a.count, a.gross) for d, a in report.by_day] == [
        (day1, 1, D("19.00")),
        (day1 + timedelta(days=1), 1, D("107.00")),
    ]
    assert (report.totals.count, report.totals.gross) == (2, D("126.00"))
    assert report.totals.net + report.totals.vat == report.totals.gross
    rates = {rate: (a.net, a.vat) for rate, a in report.by_vat_rate}
    assert rates == {D(7): (D("100.00"), D("7.00")), D(19): (D("15.97"), D("3.03"))}
    assert report.by_payment_method == (("card", 1, D("100.00")), ("cash", 2, D("26.00")))
    assert report.by_cashier == (("maria", 1, D("107.00")), ("carl", 1, D("19.00")))
    assert report.voided == (1, D("50.00"))
    assert report.unpaid == D(0)

    rows = list(csv.reader(io.StringIO(sales_report_csv(report))))
    assert ["Total", "2", "115.97", "10.03", "126.00"] in rows
    assert ["card", "1", "100.00"] in rows
    assert ["Voided invoices", "1", "50.00"] in rows


def test_cashiers_get_no_report_and_a_backwards_period_is_explained(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    today = clock.now().date()
    with pytest.raises(PermissionDenied):
        services.reports.sales(staff.cashier, today, today, BERLIN)
    with pytest.raises(ValidationError, match="before the first day"):
        services.reports.sales(staff.manager, today, today - timedelta(days=1), BERLIN)


def test_an_edit_that_raises_a_total_shows_as_not_paid(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    sold = services.billing.create_invoice(
        staff.cashier, sale("19.00", 19, PaymentInput(PaymentMethod.CASH, D("19.00")))
    )
    assert sold.number is not None
    services.billing.edit(
        staff.manager,
        sold.number,
        [LineInput("Item", D(2), D("12.50"), D(19))],
        reason="two, not one",
        expected_version=sold.version,
    )
    today = clock.now().astimezone(BERLIN).date()
    report = services.reports.sales(staff.manager, today, today, BERLIN)
    assert (report.totals.gross, report.unpaid) == (D("25.00"), D("6.00"))


def test_a_refund_lowers_the_day_it_is_made_everywhere_the_money_shows(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    """The issue's day: two books at 7%, one refunded the next day by card. Its sales report
    kept 25.00 at 7%; the dashboard and the customer's total ignored the credit note."""
    ada = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.org")
    )
    sold = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Book", D(2), D("12.50"), D(7))],
            ada.code,
            [PaymentInput(PaymentMethod.CASH, D("25.00"))],
        ),
    )
    assert sold.number is not None
    day1 = clock.now().astimezone(BERLIN).date()
    clock.advance(days=1)
    services.refunds.refund(
        staff.manager, sold.number, [RefundLine(1, D(1))], method="card", reason="one back"
    )
    day2 = day1 + timedelta(days=1)

    first = services.reports.sales(staff.manager, day1, day1, BERLIN)
    second = services.reports.sales(staff.manager, day2, day2, BERLIN)
    both = services.reports.sales(staff.manager, day1, day2, BERLIN)
    assert [(r, a.gross) for r, a in first.by_vat_rate] == [(D(7), D("25.00"))]
    assert [(r, a.net, a.vat, a.gross) for r, a in second.by_vat_rate] == [
        (D(7), D("-11.68"), D("-0.82"), D("-12.50"))
    ]
    assert [(r, a.gross) for r, a in both.by_vat_rate] == [(D(7), D("12.50"))]
    assert second.by_payment_method == (("card", 0, D("-12.50")),)
    assert (second.refunded, second.by_cashier) == ((1, D("12.50")), (("maria", 0, D("-12.50")),))
    assert [(d, a.gross) for d, a in both.by_day] == [(day1, D("25.00")), (day2, D("-12.50"))]

    figures = services.dashboard.figures(staff.manager, BERLIN)
    assert (figures.revenue_today, dict(figures.revenue_by_day)[day1]) == (
        D("-12.50"),
        D("25.00"),
    )
    card = services.customers.card(staff.cashier, ada.code)
    assert (card.bill_count, [t.total for t in card.totals]) == (1, [D("12.50")])
