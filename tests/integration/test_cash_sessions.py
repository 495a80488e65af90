"""Cash sessions: the Z report's expected cash is what the drawer must hold, on both backends."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import InvalidState, NotFound
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.services.cash_sessions import NoOpenSession, session_report_document
from pos_desktop.services.sales import SaleInput
from tests.conftest import Staff
from tests.support.clock import FakeClock

D = Decimal


def sell(
    services: Services, actor: Actor, amount: str, method: PaymentMethod, given_: str = ""
) -> str:
    line = LineInput("Item", D(1), D(amount), D(19))
    pay = PaymentInput(method, D(given_ or amount), reference="A1" if method == "card" else None)
    view = services.billing.create_invoice(actor, SaleInput([line], None, [pay]))
    assert view.number is not None
    return view.number


def test_a_shift_from_float_to_z_report(services: Services, staff: Staff, clock: FakeClock) -> None:
    cash_sessions = services.cash_sessions
    opened = cash_sessions.open(staff.cashier, "100.00")
    assert (opened.float_amount, opened.expected_cash, opened.kind) == (D(100), D(100), "X")
    clock.advance(minutes=5)
    sell(services, staff.cashier, "25.00", PaymentMethod.CASH, given_="50.00")  # 25 change
    kept = sell(services, staff.cashier, "7.00", PaymentMethod.CASH)  # refunded below
    sell(services, staff.cashier, "40.00", PaymentMethod.CARD)
    wrong = sell(services, staff.cashier, "10.00", PaymentMethod.CASH)
    services.billing.void(staff.manager, wrong, reason="wrong item, cash handed back")
    services.refunds.refund(staff.cashier, kept, method="cash", reason="changed their mind")
    cash_sessions.move_cash(staff.cashier, "in", "50", "change from the bank")
    cash_sessions.move_cash(staff.cashier, "out", "30", "to the safe")
    clock.advance(minutes=5)

    x = cash_sessions.x_report(staff.cashier)
    assert x.expected_cash == D("145.00")  # 100 + 42 cash - 10 voided - 7 refunded + 50 - 30
    # Net sales: 4 issued (82.00), less the void (10.00) and the refund (7.00).
    assert (x.issued, x.voids, x.refunds) == ((4, D("82.00")), (1, D("10.00")), (1, D("7.00")))
    assert (x.sales.count, x.sales.gross) == (3, D("65.00"))
    assert (x.cash_received, x.cash_returned_for_voids, x.cash_refunded) == (
        D("42.00"),
        D("10.00"),
        D("7.00"),
    )
    assert x.by_payment_method == (("card", 1, D("40.00")), ("cash", 2, D("25.00")))

    z = cash_sessions.close(staff.cashier, "140.00")
    assert (z.kind, z.expected_cash, z.counted_cash, z.difference) == (
        "Z",
        D("145.00"),
        D("140.00"),
        D("-5.00"),
    )
    document = session_report_document(cash_sessions.z_report(staff.manager))
    assert (document["expected_cash"], document["counted_cash"], document["difference"]) == (
        "145.00",
        "140.00",
        "-5.00",
    )
    assert document["cashiers"] == [{"cashier": "carl", "count": 3, "gross": "65.00"}]
    assert document["refunds"] == {"count": 1, "gross": "7.00"}
    actions = [e.action for e in services.audit.entries(staff.admin, action="cash_session")]
    assert sorted(actions) == [
        "cash_session.cash_in",
        "cash_session.cash_out",
        "cash_session.close",
        "cash_session.open",
    ]


def test_one_open_session_per_till_and_reports_need_one(services: Services, staff: Staff) -> None:
    with pytest.raises(NoOpenSession):
        services.cash_sessions.x_report(staff.cashier)
    with pytest.raises(NotFound):
        services.cash_sessions.z_report(staff.cashier)
    services.cash_sessions.open(staff.cashier, "50")
    with pytest.raises(InvalidState, match="has an open cash session"):
        services.cash_sessions.open(staff.manager, "60")
    services.cash_sessions.close(staff.cashier, "50")
    assert services.cash_sessions.open(staff.cashier, "60").float_amount == D(60)


def test_sales_can_require_an_open_session(services: Services, staff: Staff) -> None:
    services.settings.billing.require_cash_session = True
    with pytest.raises(NoOpenSession, match="open one with the counted float"):
        sell(services, staff.cashier, "5.00", PaymentMethod.CASH)
    assert services.billing.list_invoices(staff.admin) == []
    services.cash_sessions.open(staff.cashier, "0")
    sell(services, staff.cashier, "5.00", PaymentMethod.CASH)
    assert services.cash_sessions.x_report(staff.cashier).expected_cash == D("5.00")


def test_cash_handed_back_for_an_earlier_shifts_sale_is_expected_out_of_this_drawer(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    services.cash_sessions.open(staff.cashier, "20")
    earlier = sell(services, staff.cashier, "12.00", PaymentMethod.CASH)
    clock.advance(minutes=1)
    assert services.cash_sessions.close(staff.cashier, "32").difference == D(0)
    clock.advance(hours=1)
    services.cash_sessions.open(staff.cashier, "32")
    services.billing.void(staff.manager, earlier, reason="returned the next morning")
    report = services.cash_sessions.x_report(staff.cashier)
    assert (report.cash_returned_for_voids, report.expected_cash) == (D("12.00"), D("20.00"))
    # The void is this shift's correction: its net sales are minus the voided sale.
    assert (report.sales.count, report.sales.gross) == (-1, D("-12.00"))


def test_a_z_report_read_again_after_its_sale_is_voided_next_shift_says_what_it_said(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    services.cash_sessions.open(staff.cashier, "20")
    returned = sell(services, staff.cashier, "12.00", PaymentMethod.CASH)
    sell(services, staff.cashier, "8.00", PaymentMethod.CARD)
    clock.advance(minutes=1)
    at_close = services.cash_sessions.close(staff.cashier, "32")
    clock.advance(hours=1)
    services.cash_sessions.open(staff.cashier, "32")
    services.billing.void(staff.manager, returned, reason="returned the next morning")
    again = services.cash_sessions.z_report(staff.manager, at_close.session_id)
    assert again == at_close
    assert (again.sales.count, again.sales.gross, again.cash_taken) == (2, D("20.00"), D("12.00"))
    assert again.voids == (0, D(0))  # the void is the next shift's
    assert services.cash_sessions.x_report(staff.cashier).voids == (1, D("12.00"))


def test_a_sale_in_a_closed_z_report_is_voided_or_refunded_but_not_edited(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    services.cash_sessions.open(staff.cashier, "20")
    number = sell(services, staff.cashier, "12.00", PaymentMethod.CASH)
    clock.advance(minutes=1)
    closed = services.cash_sessions.close(staff.cashier, "32")
    clock.advance(hours=1)
    view = services.billing.get(staff.manager, number)
    with pytest.raises(
        InvalidState,
        match=rf"in the Z report of cash session {closed.session_id} .*: it cannot be edited",
    ):
        services.billing.edit(
            staff.manager,
            number,
            [LineInput("Item", D(1), D("6.00"), D(19))],
            reason="half price",
            expected_version=view.version,
        )
    assert services.billing.get(staff.manager, number).gross == D("12.00")
    services.cash_sessions.open(staff.cashier, "32")
    services.billing.void(staff.manager, number, reason="returned")  # still possible
    assert services.cash_sessions.z_report(staff.manager, closed.session_id) == closed


SHIFTS = st.tuples(
    st.integers(0, 50_000),  # float, cents
    st.lists(st.integers(1, 20_000), max_size=5),  # cash sales
    st.lists(st.integers(1, 20_000), max_size=3),  # card sales
    st.lists(st.tuples(st.sampled_from(["in", "out"]), st.integers(1, 10_000)), max_size=4),
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(shift=SHIFTS)
def test_expected_cash_is_float_plus_cash_sales_plus_in_minus_out(
    services: Services,
    staff: Staff,
    clock: FakeClock,
    shift: tuple[int, list[int], list[int], list[tuple[str, int]]],
) -> None:
    float_cents, cash_sales, card_sales, moves = shift

    def money(cents: int) -> str:
        return f"{D(cents) / 100:.2f}"

    sessions = services.cash_sessions
    clock.advance(minutes=1)
    sessions.open(staff.cashier, money(float_cents))
    for cents in cash_sales:
        sell(services, staff.cashier, money(cents), PaymentMethod.CASH)
    for cents in card_sales:
        sell(services, staff.cashier, money(cents), PaymentMethod.CARD)
    for kind, cents in moves:
        sessions.move_cash(staff.cashier, kind, money(cents), "for the test")
    signed = sum(c if k == "in" else -c for k, c in moves)
    expected = D(float_cents + sum(cash_sales) + signed) / 100
    assert sessions.x_report(staff.cashier).expected_cash == expected
    z = sessions.close(staff.cashier, money(float_cents))
    assert z.difference == D(float_cents) / 100 - expected
    clock.advance(minutes=1)  # the next example's shift starts after this one
