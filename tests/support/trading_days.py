"""Days of trading at two tills, written by Hypothesis, for the reconciliation test.

A script is a list of operations: sales with one to three lines at three VAT rates (products
of two categories or none, some with a discount), paid in cash, by card, split or left open;
edits (some to another customer), voids, partial and full refunds in cash or by card at either
till, later payments, waiting, and the night between two days. :func:`play` runs one through
the real services on a :class:`~tests.support.clock.FakeClock`, each till with a cash session
per day, closed with the drawer counted as expected. Refusals the business rules make (a void
after a refund, an edit in a closed Z report, nothing left to refund) leave everything as it was.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import strategies as st

from pos_desktop.bootstrap import Services
from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import InvalidState
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod, price_lines
from pos_desktop.services.cash_sessions import NoOpenSession
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.products import ProductView
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from tests.conftest import PASSWORD, Staff
from tests.support.clock import FakeClock

D = Decimal
BERLIN = ZoneInfo("Europe/Berlin")
RATES = (D(19), D(7), D(0))
CENT = D("0.01")
FLOAT = "50000.00"  # more than any example refunds in cash
COMMISSION = {("category", "Books"): D(10), ("cashier", "carl"): D(5)}
#: The manager approving price cuts and refunds above the cashier's limits, at the till.
MARIA = ApproverCredentials("maria", PASSWORD)

LINES = st.lists(
    st.tuples(
        st.integers(1, 15_000),  # unit price, cents
        st.integers(1, 3),  # quantity
        st.integers(0, 2),  # VAT rate
        st.sampled_from([None, 0, 1]),  # product (categories Books, Posters) or none
        st.sampled_from([None, D(5)]),  # discount percent
    ),
    min_size=1,
    max_size=3,
)
REF = st.integers(0, 60)  # an earlier invoice, counted from the newest back
OPS = st.one_of(
    st.tuples(
        st.just("sell"),
        st.integers(0, 1),  # till
        st.integers(0, 1),  # cashier or manager
        st.sampled_from([None, 0, 1, 2]),  # customer
        LINES,
        st.sampled_from(["cash", "card", "split", "open"]),
    ),
    st.tuples(st.just("edit"), REF, LINES, st.sampled_from(["keep", None, 0, 1, 2])),
    st.tuples(st.just("void"), REF),
    st.tuples(
        st.just("refund"), REF, st.booleans(), st.sampled_from(["cash", "card"]), st.integers(0, 1)
    ),
    st.tuples(st.just("pay"), REF),
    st.tuples(st.just("wait"), st.integers(1, 150)),
    st.tuples(st.just("next_day")),
)
SCRIPTS = st.lists(OPS, min_size=4, max_size=22)
#: The issue's day, always run: sales at two tills, a 12.50 refund of a 7% line at the other
#: till, an unpaid sale edited to another customer and paid, a void the same day and one the
#: next day, the rest of an invoice refunded by card the next day.
A_DAY_AND_THE_NEXT = [
    ("sell", 0, 0, 0, [(1250, 2, 1, 0, None), (2000, 1, 0, None, None)], "cash"),
    ("sell", 1, 1, 1, [(999, 1, 0, 1, D(5))], "card"),
    ("sell", 0, 0, None, [(500, 3, 2, None, None)], "split"),
    ("sell", 1, 0, 2, [(4000, 1, 0, None, None)], "open"),
    ("refund", 3, False, "cash", 1),
    ("edit", 0, [(4500, 1, 0, None, None)], 0),
    ("pay", 0),
    ("void", 1),
    ("wait", 60),
    ("next_day",),
    ("void", 2),
    ("refund", 3, True, "card", 0),
    ("sell", 0, 1, 1, [(1250, 1, 1, 0, None)], "cash"),
]


@dataclass
class Day:
    """One example's world: its tills, customers, products, invoices and cash sessions."""

    tills: tuple[Services, Services]
    staff: Staff
    clock: FakeClock
    customers: list[CustomerView]
    products: list[ProductView]
    invoices: list[str] = field(default_factory=list)
    sessions: list[int] = field(default_factory=list)
    days: list[date] = field(default_factory=list)


def set_up(services: Services, till2: Services, staff: Staff, clock: FakeClock) -> Day:
    """Each example is a new day (or two) after the last one, 09:00 in Berlin."""
    if not services.products.list_products(staff.manager):
        services.products.add(
            staff.manager, sku="BOOK", name="Book", price="20", vat_rate="7", category="Books"
        )
        services.products.add(
            staff.manager, sku="POSTER", name="Poster", price="9", vat_rate="19", category="Posters"
        )
        for (kind, key), rate in COMMISSION.items():
            services.commission.set_rate(staff.manager, kind, key, str(rate))
        services.settings.accounting.datev_consultant = 29098
        services.settings.accounting.datev_client = 55003
    products = sorted(services.products.list_products(staff.manager), key=lambda p: p.sku)
    tomorrow = clock.now().astimezone(BERLIN).date() + timedelta(days=1)
    clock.current = datetime(
        tomorrow.year, tomorrow.month, tomorrow.day, 9, tzinfo=BERLIN
    ).astimezone(UTC)
    n = len(services.customers.list_customers(staff.manager, limit=500))
    customers = [
        services.customers.register(
            staff.cashier, CustomerInput(name=f"Visitor {n + i}", email=f"v{n + i}@example.org")
        )
        for i in range(3)
    ]
    world = Day((services, till2), staff, clock, customers, products)
    for till in world.tills:  # left open by an example that failed (while shrinking)
        with contextlib.suppress(NoOpenSession):
            till.cash_sessions.close(
                staff.manager, str(till.cash_sessions.x_report(staff.cashier).expected_cash)
            )
    open_day(world)
    return world


def open_day(world: Day) -> None:
    world.days.append(world.clock.now().astimezone(BERLIN).date())
    for till in world.tills:
        world.sessions.append(till.cash_sessions.open(world.staff.cashier, FLOAT).session_id)


def close_day(world: Day) -> None:
    world.clock.advance(minutes=1)
    for till in world.tills:
        counted = till.cash_sessions.x_report(world.staff.cashier).expected_cash
        till.cash_sessions.close(world.staff.manager, str(counted))


def line_inputs(world: Day, lines: list[tuple[Any, ...]]) -> list[LineInput]:
    out = []
    for cents, quantity, rate, product, discount in lines:
        chosen = world.products[product] if product is not None else None
        out.append(
            LineInput(
                chosen.name if chosen else "Workshop",
                D(quantity),
                D(cents) / 100,
                RATES[rate],
                discount_percent=discount,
                product_id=chosen.id if chosen else None,
            )
        )
    return out


def payments(method: str, gross: Decimal) -> list[PaymentInput]:
    if method == "cash":
        return [PaymentInput(PaymentMethod.CASH, gross)]
    if method == "card":
        return [PaymentInput(PaymentMethod.CARD, gross, reference="A1")]
    if method == "split":
        half = (gross / 2).quantize(CENT, ROUND_DOWN)
        paid = [PaymentInput(PaymentMethod.CARD, half, reference="A2")] if half else []
        return [*paid, PaymentInput(PaymentMethod.CASH, gross - half)]
    return []


def play(world: Day, script: list[tuple[Any, ...]]) -> None:
    staff, billing = world.staff, world.tills[0].billing
    day_end = world.clock.now() + timedelta(hours=11)

    def invoice(ref: int) -> str | None:
        return world.invoices[-1 - ref % len(world.invoices)] if world.invoices else None

    def refused(action: Callable[[], object]) -> None:
        """Refusals the business rules make (void after a refund, edit in a closed Z report,
        nothing left to refund) leave everything as it was."""
        with contextlib.suppress(InvalidState):
            action()

    for op in script:
        world.clock.advance(minutes=1)
        kind = op[0]
        if kind == "sell":
            _, till, who, customer, lines, method = op
            inputs = line_inputs(world, lines)
            gross = price_lines(inputs, "EUR", True).totals.gross
            actor = (staff.cashier, staff.manager)[who]
            code = world.customers[customer].code if customer is not None else None
            view = world.tills[till].billing.create_invoice(
                actor, SaleInput(inputs, code, payments(method, gross), approver=MARIA)
            )
            assert view.number is not None
            world.invoices.append(view.number)
        elif kind == "edit" and (number := invoice(op[1])) is not None:
            _, _, lines, customer = op
            current = billing.get(staff.manager, number)
            code = None if customer in ("keep", None) else world.customers[customer].code
            refused(
                partial(
                    billing.edit,
                    staff.manager,
                    number,
                    line_inputs(world, lines),
                    reason="corrected",
                    expected_version=current.version,
                    customer_code=code,
                    keep_customer=customer == "keep",
                )
            )
        elif kind == "void" and (number := invoice(op[1])) is not None:
            refused(partial(billing.void, staff.manager, number, reason="taken back"))
        elif kind == "refund" and (number := invoice(op[1])) is not None:
            _, _, whole, method, till = op
            refused(partial(refund, world, world.tills[till], number, whole=whole, method=method))
        elif kind == "pay" and (number := invoice(op[1])) is not None:
            view = billing.get(staff.manager, number)
            due = view.gross - view.paid
            if view.status.value == "issued" and due > 0:
                billing.pay(staff.cashier, number, [PaymentInput(PaymentMethod.CASH, due)])
        elif kind == "wait" and world.clock.now() + timedelta(minutes=op[1]) < day_end:
            world.clock.advance(minutes=op[1])
        elif kind == "next_day" and len(world.days) == 1:
            close_day(world)
            tomorrow = world.days[0] + timedelta(days=1)
            world.clock.current = datetime(
                tomorrow.year, tomorrow.month, tomorrow.day, 9, tzinfo=BERLIN
            ).astimezone(UTC)
            day_end = world.clock.now() + timedelta(hours=11)
            open_day(world)
    close_day(world)


def refund(world: Day, till: Services, number: str, *, whole: bool, method: str) -> None:
    """Everything left (``whole``), or one of the first line that has any left."""
    staff, lines = world.staff, None
    if not whole:
        left = [r for r in till.refunds.refundable(staff.cashier, number) if r.left > 0]
        lines = [RefundLine(left[0].position, min(D(1), left[0].left))] if left else []
    till.refunds.refund(
        staff.cashier, number, lines, method=method, reason="returned", approver=MARIA
    )
