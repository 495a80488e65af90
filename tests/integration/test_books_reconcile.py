"""One definition of the day's money: whatever happens at two tills over two days, every view
agrees to the cent with a recomputation from the raw rows (``tests/support/books.py``).

Hypothesis writes the days (``tests/support/trading_days.py``): sales, edits, voids, partial
and full refunds in cash and by card, later payments, at two tills with a cash session each per
day. Then the sales report (each day and both), the dashboard, the Z reports, the customer cards
and list, the commission report and the journal export (CSV and DATEV) are compared with the
recomputation, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import copy
import csv
import io
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from sqlalchemy import select

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.customers import CustomerOrder
from pos_desktop.services.journal import JournalFormat
from pos_desktop.storage.models import CashSession, Customer
from tests.conftest import FAST_HASHER, Staff
from tests.support.books import (
    Books,
    Sums,
    invoice_counts,
    line_sums,
    money_sums,
    read_books,
    within,
)
from tests.support.clock import FakeClock
from tests.support.trading_days import (
    A_DAY_AND_THE_NEXT,
    BERLIN,
    CENT,
    COMMISSION,
    SCRIPTS,
    Day,
    play,
    set_up,
)

D = Decimal


@pytest.fixture
def tills(
    services: Services, settings: Settings, clock: FakeClock
) -> Iterator[tuple[Services, Services]]:
    """Till T1 (``services``) and till T2 on the same database and clock."""
    other = copy.deepcopy(settings)
    other.pos.terminal = "T2"
    till = build_services(other, clock=clock, hasher=FAST_HASHER)
    yield services, till
    till.close()


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(script=SCRIPTS)
@example(script=A_DAY_AND_THE_NEXT)
def test_every_view_agrees_with_the_rows(
    tills: tuple[Services, Services],
    staff: Staff,
    clock: FakeClock,
    tmp_path: Path,
    script: list[tuple[Any, ...]],
) -> None:
    services = tills[0]
    world = set_up(services, tills[1], staff, clock)
    play(world, script)
    books = read_books(services)
    first, last = world.days[0], world.days[-1]
    for period in {(first, first), (last, last), (first, last)}:
        check_sales_report(services, staff, books, *period)
        check_commission(services, staff, books, *period)
        check_journal(services, staff, books, tmp_path, period[0], last=period[1])
    check_dashboard(services, staff, books, clock)
    check_z_reports(services, staff, books, world)
    check_customers(services, staff, books)


# ------------------------------------------------------------------------------ the views


def period(first: date, last: date) -> Callable[[datetime], bool]:
    since = datetime(first.year, first.month, first.day, tzinfo=BERLIN)
    end = last + timedelta(days=1)
    return within(since, datetime(end.year, end.month, end.day, tzinfo=BERLIN))


def in_window(books: Books, window: Callable[[datetime], bool]) -> Books:
    return Books(
        [e for e in books.lines if window(e.at)],
        [e for e in books.invoices if window(e.at)],
        [e for e in books.money if window(e.at)],
        [n for n in books.credit_notes if window(n[0])],
    )


def total(sums: dict[object, Sums]) -> Sums:
    out = Sums()
    for s in sums.values():
        out = Sums(out.count + s.count, out.net + s.net, out.vat + s.vat, out.gross + s.gross)
    return out


def check_sales_report(
    services: Services, staff: Staff, books: Books, first: date, last: date
) -> None:
    report = services.reports.sales(staff.manager, first, last, BERLIN)
    got = in_window(books, period(first, last))
    everything = total(line_sums(got.lines, lambda e: ()))
    count = sum(e.sign for e in got.invoices)
    t = report.totals
    assert (t.count, t.net, t.vat, t.gross) == (
        count,
        everything.net,
        everything.vat,
        everything.gross,
    )
    by_day = line_sums(got.lines, lambda e: day(e.at))
    day_counts = invoice_counts(got.invoices, lambda e: day(e.at))
    assert {d: (a.count, a.net, a.vat, a.gross) for d, a in report.by_day} == {
        d: (day_counts.get(d, 0), *sums_of(by_day.get(d)))
        for d in (first + timedelta(days=n) for n in range((last - first).days + 1))
    }
    by_hour = line_sums(got.lines, lambda e: e.at.astimezone(BERLIN).hour)
    hour_counts = invoice_counts(got.invoices, lambda e: e.at.astimezone(BERLIN).hour)
    assert {h: (a.count, a.gross) for h, a in report.by_hour} == {
        h: (hour_counts.get(h, 0), sums_of(by_hour.get(h))[2]) for h in range(24)
    }
    rates = line_sums(got.lines, lambda e: e.rate)
    assert {r: (a.count, a.net, a.vat, a.gross) for r, a in report.by_vat_rate} == {
        r: (s.count, s.net, s.vat, s.gross) for r, s in rates.items()
    }
    categories = line_sums(got.lines, lambda e: e.category or "")
    assert {c: (a.count, a.net, a.vat, a.gross) for c, a in report.by_category} == {
        c: (s.count, s.net, s.vat, s.gross) for c, s in categories.items()
    }
    methods = money_sums(got.money, lambda e: e.method)
    assert {m: (n, amount) for m, n, amount in report.by_payment_method} == methods
    cashiers = line_sums(got.lines, lambda e: e.cashier)
    cashier_counts = invoice_counts(got.invoices, lambda e: e.cashier)
    assert {c: (n, g) for c, n, g in report.by_cashier} == {
        c: (cashier_counts.get(c, 0), s.gross) for c, s in cashiers.items()
    }
    issued = [e for e in got.invoices if e.sign > 0]
    voided = [e for e in got.invoices if e.sign < 0]
    assert report.issued == (len(issued), sum((e.gross for e in issued), D(0)))
    assert report.voided == (len(voided), -sum((e.gross for e in voided), D(0)))
    assert report.refunded == (len(got.credit_notes), sum((g for *_n, g in got.credit_notes), D(0)))
    assert report.discounts == sum((e.discount for e in got.lines), D(0))
    assert report.unpaid == everything.gross - sum((a for _n, a in methods.values()), D(0))


def day(at: datetime) -> date:
    return at.astimezone(BERLIN).date()


def sums_of(s: Sums | None) -> tuple[Decimal, Decimal, Decimal]:
    return (s.net, s.vat, s.gross) if s else (D(0), D(0), D(0))


def check_dashboard(services: Services, staff: Staff, books: Books, clock: FakeClock) -> None:
    figures = services.dashboard.figures(staff.manager, BERLIN)
    today = clock.now().astimezone(BERLIN).date()
    by_day = line_sums(books.lines, lambda e: e.at.astimezone(BERLIN).date())
    assert dict(figures.revenue_by_day) == {
        d: sums_of(by_day.get(d))[2] for d, _ in figures.revenue_by_day
    }
    todays = [e for e in books.lines if e.at.astimezone(BERLIN).date() == today]
    hours = line_sums(todays, lambda e: e.at.astimezone(BERLIN).hour)
    assert dict(figures.revenue_by_hour) == {h: sums_of(hours.get(h))[2] for h in range(24)}
    assert figures.revenue_today == sums_of(by_day.get(today))[2]
    assert figures.invoices_today == sum(
        e.sign for e in books.invoices if e.at.astimezone(BERLIN).date() == today
    )


def check_z_reports(services: Services, staff: Staff, books: Books, world: Day) -> None:
    per_day: dict[date, Decimal] = {}
    with services.db.reader() as uow:
        rows = {
            r.id: (r.opened_at, r.closed_at, r.terminal_id, r.float_amount)
            for r in uow.session.scalars(
                select(CashSession).where(CashSession.id.in_(world.sessions))
            )
        }
    for session_id in world.sessions:
        opened, closed, terminal, float_amount = rows[session_id]
        assert closed is not None
        z = services.cash_sessions.z_report(staff.manager, session_id)
        mine = Books(
            [e for e in books.lines if e.terminal_id == terminal and opened <= e.at <= closed],
            [e for e in books.invoices if e.terminal_id == terminal and opened <= e.at <= closed],
            [e for e in books.money if e.terminal_id == terminal and opened <= e.at <= closed],
            [n for n in books.credit_notes if n[1] == terminal and opened <= n[0] <= closed],
        )
        s = total(line_sums(mine.lines, lambda e: ()))
        count = sum(e.sign for e in mine.invoices)
        assert (z.sales.count, z.sales.net, z.sales.vat, z.sales.gross) == (
            count,
            s.net,
            s.vat,
            s.gross,
        )
        rates = line_sums(mine.lines, lambda e: e.rate)
        assert {r: (a.net, a.vat, a.gross) for r, a in z.by_vat_rate} == {
            r: (x.net, x.vat, x.gross) for r, x in rates.items()
        }
        methods = money_sums(mine.money, lambda e: e.method)
        assert {m: (n, a) for m, n, a in z.by_payment_method} == methods
        cashiers = line_sums(mine.lines, lambda e: e.cashier)
        counts = invoice_counts(mine.invoices, lambda e: e.cashier)
        assert {c: (n, g) for c, n, g in z.by_cashier} == {
            c: (counts.get(c, 0), x.gross) for c, x in cashiers.items()
        }
        voided = [e for e in mine.invoices if e.sign < 0]
        assert z.voids == (len(voided), -sum((e.gross for e in voided), D(0)))
        assert z.refunds == (len(mine.credit_notes), sum((g for *_x, g in mine.credit_notes), D(0)))
        cash = [e for e in mine.money if e.method == "cash"]
        assert z.cash_received == sum((e.amount for e in cash if e.kind == "received"), D(0))
        assert z.cash_returned_for_voids == -sum(
            (e.amount for e in cash if e.kind == "void_back"), D(0)
        )
        assert z.cash_refunded == -sum((e.amount for e in cash if e.kind == "refund"), D(0))
        assert z.expected_cash == float_amount + sum((e.amount for e in cash), D(0))
        assert z.difference == 0
        day = opened.astimezone(BERLIN).date()
        per_day[day] = per_day.get(day, D(0)) + z.sales.gross
    # The Z reports of a day, both tills, add up to the day in the sales report.
    for day, gross in per_day.items():
        assert services.reports.sales(staff.manager, day, day, BERLIN).totals.gross == gross


def check_customers(services: Services, staff: Staff, books: Books) -> None:
    customers = services.customers
    everyone: list[CustomerView] = []
    while page := customers.list_customers(
        staff.manager, limit=7, after=everyone[-1] if everyone else None, order=CustomerOrder.TOTAL
    ):
        everyone += page
    with services.db.reader() as uow:
        ids = {c.code: c.id for c in uow.session.scalars(select(Customer))}
    assert sorted(c.code for c in everyone) == sorted(ids)  # each once
    bills = invoice_counts(books.invoices, lambda e: e.customer_id)
    totals = line_sums(books.lines, lambda e: e.customer_id)
    expected = {code: (bills.get(ids[code], 0), sums_of(totals.get(ids[code]))[2]) for code in ids}
    shown = [expected[c.code][1] for c in everyone]
    assert shown == sorted(shown, reverse=True)  # most billed first
    billed = customers.billed(staff.manager, list(ids))
    assert {code: (t[0].bill_count, t[0].total) for code, t in billed.items()} == {
        code: pair for code, pair in expected.items() if pair != (0, D(0))
    }
    for code in list(ids)[-6:]:
        card = customers.card(staff.cashier, code)
        assert (card.bill_count, sum((t.total for t in card.totals), D(0))) == expected[code]
    rows = customers.bills_per_customer(staff.manager, limit=1000)
    assert {(r.code, r.bill_count, r.total) for r in rows} == {
        (code, n, t) for code, (n, t) in expected.items() if n > 0
    }


def check_commission(
    services: Services, staff: Staff, books: Books, first: date, last: date
) -> None:
    report = services.commission.report(staff.manager, first, last, BERLIN)
    got = in_window(books, period(first, last))
    earned: dict[str, list[Decimal]] = {}
    for e in got.lines:
        rate = COMMISSION.get(
            ("category", e.category or ""), COMMISSION.get(("cashier", e.seller), D(0))
        )
        sums = earned.setdefault(e.seller, [D(0), D(0)])
        sums[0] += e.net
        sums[1] += e.net * rate / 100
    # The one rounding rule is half up (8.845 is 8.85), not Decimal's default half even.
    assert {line.cashier: (line.net_sales, line.commission) for line in report.lines} == {
        seller: (net, commission.quantize(CENT, ROUND_HALF_UP))
        for seller, (net, commission) in earned.items()
    }
    net = services.reports.sales(staff.manager, first, last, BERLIN).totals.net
    assert sum((line.net_sales for line in report.lines), D(0)) == net


def check_journal(
    services: Services, staff: Staff, books: Books, folder: Path, first: date, *, last: date
) -> None:
    got = in_window(books, period(first, last))
    rates = line_sums(got.lines, lambda e: e.rate)
    methods = money_sums(got.money, lambda e: e.method)
    accounts = {"1000": "cash", "1360": "card"}
    revenue = {"8400": D(19), "8300": D(7), "8200": D(0)}

    csv_file = folder / f"journal-{first}-{last}.csv"
    services.journal.export(staff.manager, csv_file, first, last, BERLIN)
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    by_rate: dict[Decimal, list[Decimal]] = {}
    by_method: dict[str, Decimal] = {}
    for row in rows:
        sign = 1 if row["side"] == "S" else -1
        if row["vat_rate"]:
            sums = by_rate.setdefault(D(row["vat_rate"]).normalize(), [D(0)] * 3)
            for i, column in enumerate(("net", "vat", "amount")):
                sums[i] += sign * D(row[column])  # S: the receivable debited, revenue credited
        else:
            method = accounts[row["account"]]
            by_method[method] = by_method.get(method, D(0)) + sign * D(row["amount"])
    assert {r: tuple(v) for r, v in by_rate.items() if any(v)} == {
        r: (s.net, s.vat, s.gross) for r, s in rates.items() if s.net or s.vat or s.gross
    }
    assert {m: a for m, a in by_method.items() if a} == {
        m: amount for m, (_n, amount) in methods.items() if amount
    }

    datev_file = folder / f"datev-{first}-{last}.csv"
    services.journal.export(
        staff.manager, datev_file, first, last, BERLIN, file_format=JournalFormat.DATEV
    )
    lines = datev_file.read_bytes().decode("cp1252").split("\r\n")
    gross: dict[Decimal, Decimal] = {}
    for line in lines[2:-1]:
        cells = next(csv.reader([line], delimiter=";"))
        amount, side, contra = D(cells[0].replace(",", ".")), cells[1], cells[7]
        if contra in revenue:
            rate = revenue[contra]
            gross[rate] = gross.get(rate, D(0)) + (amount if side == "S" else -amount)
    assert {r: g for r, g in gross.items() if g} == {
        r: s.gross for r, s in rates.items() if s.gross
    }
