"""Refund approvals add up: a cashier's refunds of one invoice (and, when set, of their cash
session) together stay within the limit unless a manager approves, on both backends."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.errors import ApprovalRequired, PermissionDenied
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.credit_note_views import CreditNoteView
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from tests.conftest import PASSWORD, Staff
from tests.support.clock import FakeClock

D = Decimal
MARIA = ApproverCredentials("maria", PASSWORD)


def sale(services: Services, actor: Actor, *amounts: str) -> str:
    """One paid invoice with a line of one workshop seat per amount."""
    lines = [LineInput(f"Seat {n}", D(1), D(a), D(19)) for n, a in enumerate(amounts, start=1)]
    paid = PaymentInput(PaymentMethod.CASH, sum((D(a) for a in amounts), D(0)))
    view = services.billing.create_invoice(actor, SaleInput(lines, None, [paid]))
    assert view.number is not None
    return view.number


def refund(
    services: Services,
    actor: Actor,
    number: str,
    position: int = 1,
    approver: ApproverCredentials | None = None,
) -> CreditNoteView:
    return services.refunds.refund(
        actor,
        number,
        [RefundLine(position, D(1))],
        method="cash",
        reason="seat cancelled",
        approver=approver,
    )


def test_four_refunds_of_30_with_a_limit_of_50_the_second_needs_a_manager(
    services: Services, staff: Staff
) -> None:
    assert services.settings.billing.refund_approval_above == D(50)
    number = sale(services, staff.cashier, "30.00", "30.00", "30.00", "30.00")
    assert refund(services, staff.cashier, number, 1).approved_by is None
    with pytest.raises(
        ApprovalRequired,
        match=r"a refund above 50.00 EUR needs a manager's approval \(30.00 EUR brings the "
        r"refunds of EXPO24-T1-000001 to 60.00 EUR\)",
    ) as asked:
        refund(services, staff.cashier, number, 2)
    assert isinstance(asked.value, PermissionDenied)  # a refusal to anyone who only knows that
    assert refund(services, staff.cashier, number, 2, MARIA).approved_by == "maria"
    # An approval covers what the manager saw; the next refund brings the total higher again.
    with pytest.raises(ApprovalRequired, match=r"to 90\.00 EUR"):
        refund(services, staff.cashier, number, 3)
    refund(services, staff.cashier, number, 3, MARIA)
    with pytest.raises(ApprovalRequired, match=r"to 120\.00 EUR"):
        refund(services, staff.cashier, number, 4)

    notes = services.credit_notes.of_invoice(staff.admin, number)
    assert [(n.gross, n.approved_by) for n in notes] == [
        (D("30.00"), None),
        (D("30.00"), "maria"),
        (D("30.00"), "maria"),
    ]
    entries = services.audit.entries(staff.admin, action="invoice.refund")
    assert [("approved by maria" in e.summary) for e in entries] == [True, True, False]


def test_a_managers_own_refunds_need_no_approval_and_count_for_the_cashier_after(
    services: Services, staff: Staff
) -> None:
    number = sale(services, staff.cashier, "45.00", "10.00")
    assert refund(services, staff.manager, number, 1).approved_by is None
    with pytest.raises(ApprovalRequired, match=r"to 55\.00 EUR"):
        refund(services, staff.cashier, number, 2)
    services.settings.billing.refund_approval_above = D(60)
    assert refund(services, staff.cashier, number, 2).gross == D("10.00")


def test_per_session_counts_a_cashiers_refunds_in_the_tills_cash_session(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    services.settings.billing.refund_approval_per_session = True
    services.users.add_user(staff.admin, username="cleo", password=PASSWORD, role=Role.CASHIER)
    cleo = services.users.login("cleo", PASSWORD)
    services.cash_sessions.open(staff.cashier, "100.00")
    first, second, third = (sale(services, staff.cashier, "30.00") for _ in range(3))

    refund(services, staff.cashier, first)
    with pytest.raises(
        ApprovalRequired, match=r"brings carl's refunds in this cash session to 60\.00 EUR"
    ):
        refund(services, staff.cashier, second)
    assert refund(services, cleo, second).created_by == "cleo"  # her own count: 30.00
    services.settings.billing.refund_approval_per_session = False
    assert refund(services, staff.cashier, third).gross == D("30.00")  # only the invoice counts
    services.settings.billing.refund_approval_per_session = True

    # A new session starts a new count; with none open, it runs from the last closing.
    clock.advance(minutes=1)
    services.cash_sessions.close(staff.cashier, "40.00")
    clock.advance(minutes=1)
    fourth, fifth = (sale(services, staff.cashier, "30.00") for _ in range(2))
    refund(services, staff.cashier, fourth)
    with pytest.raises(ApprovalRequired, match=r"carl's refunds in this cash session to 60\.00"):
        refund(services, staff.cashier, fifth)
    clock.advance(minutes=1)
    services.cash_sessions.open(staff.cashier, "100.00")
    assert refund(services, staff.cashier, fifth).approved_by is None


def test_per_session_a_manager_approves_beyond_the_sessions_limit(
    services: Services, staff: Staff
) -> None:
    services.settings.billing.refund_approval_per_session = True
    services.settings.billing.refund_approval_above = D(25)
    services.cash_sessions.open(staff.cashier, "50.00")
    one, two = sale(services, staff.cashier, "20.00"), sale(services, staff.cashier, "20.00")
    refund(services, staff.cashier, one)
    with pytest.raises(ApprovalRequired, match=r"in this cash session to 40\.00 EUR"):
        refund(services, staff.cashier, two)
    note = refund(services, staff.cashier, two, approver=MARIA)
    assert (note.created_by, note.approved_by) == ("carl", "maria")
