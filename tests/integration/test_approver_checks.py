"""The approving manager is checked by the service (password, account, role), never taken on
trust; refusals are audited although nothing else is saved."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.errors import ApprovalRefused, ApprovalRequired
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import BillingService, SaleInput
from tests.conftest import PASSWORD, Staff

D = Decimal


def half_price(approver: ApproverCredentials | None) -> SaleInput:
    """A poster at 50% off: beyond the cashier's 10%."""
    line = LineInput("Poster", D(1), D("10.00"), D(19), discount_percent=D(50))
    return SaleInput([line], approver=approver)


def test_a_wrong_password_is_refused_audited_and_counted_and_nothing_is_sold(
    services: Services, staff: Staff
) -> None:
    wrong = ApproverCredentials("maria", "not her password")
    with pytest.raises(ApprovalRefused, match="approval refused: wrong user name or password"):
        services.billing.create_invoice(staff.cashier, half_price(wrong))
    assert services.billing.list_invoices(staff.admin) == []
    [entry] = services.audit.entries(staff.admin, action="approval.refused")
    assert (entry.actor, entry.entity_key) == ("carl", "maria")
    assert entry.summary.startswith(
        "maria's approval of a sale's discounts and prices for carl refused: wrong user name"
    )
    # It counts towards maria's wait after failed logins, like a failed login at the login screen.
    [failed] = services.audit.entries(staff.admin, action="login.failed", entity_key="maria")
    assert failed.summary == "wrong password (1 in a row)"

    view = services.billing.create_invoice(
        staff.cashier, half_price(ApproverCredentials(" Maria ", PASSWORD))
    )
    assert view.gross == D("5.00")
    [issued] = services.audit.entries(staff.admin, action="invoice.issue")
    assert issued.actor == "carl" and issued.summary.endswith("discount approved by maria")


def test_a_cashier_is_no_approver(services: Services, staff: Staff) -> None:
    number = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Workshop", D(1), D("80.00"), D(19))],
            payments=[PaymentInput(PaymentMethod.CARD, D("80.00"), reference="A1")],
        ),
    ).number
    assert number is not None
    with pytest.raises(ApprovalRefused, match=r"carl \(cashier\) may not approve this") as err:
        services.refunds.refund(
            staff.cashier,
            number,
            method="card",
            reason="cancelled",
            approver=ApproverCredentials("carl", PASSWORD),
        )
    assert isinstance(err.value, ApprovalRequired)  # the refund still waits for a manager
    assert services.credit_notes.of_invoice(staff.admin, number) == []
    [entry] = services.audit.entries(staff.admin, action="approval.refused")
    assert entry.summary == (
        f"carl's approval of a refund of {number} for carl refused: "
        "carl (cashier) may not approve this"
    )

    note = services.refunds.refund(
        staff.cashier,
        number,
        [RefundLine(1, D(1))],
        method="card",
        reason="cancelled",
        approver=ApproverCredentials("admin", PASSWORD),  # an admin approves too
    )
    assert note.approved_by == "admin"
    [refunded] = services.audit.entries(staff.admin, action="invoice.refund")
    assert "approved by admin" in refunded.summary
    assert refunded.after is not None and refunded.after["approved_by"] == "admin"


def test_a_disabled_manager_approves_nothing(services: Services, staff: Staff) -> None:
    services.users.update_user(staff.admin, "maria", active=False)
    with pytest.raises(ApprovalRefused, match="wrong user name or password"):
        services.billing.create_invoice(
            staff.cashier, half_price(ApproverCredentials("maria", PASSWORD))
        )
    [entry] = services.audit.entries(staff.admin, action="approval.refused")
    assert entry.entity_key == "maria"
    assert services.billing.list_invoices(staff.admin) == []


def test_an_approver_is_checked_even_where_none_was_needed(
    services: Services, staff: Staff
) -> None:
    """A named approver with a wrong password is never waved through, needed or not."""
    within = SaleInput(
        [LineInput("Poster", D(1), D("10.00"), D(19))],
        approver=ApproverCredentials("maria", "guess"),
    )
    with pytest.raises(ApprovalRefused):
        services.billing.create_invoice(staff.cashier, within)
    assert services.billing.list_invoices(staff.admin) == []


def test_a_billing_service_without_an_approval_gate_accepts_no_approver(
    services: Services, staff: Staff
) -> None:
    """Demo data builds its own billing service: no one can approve through it."""
    bare = BillingService(services.db, services.clock, services.settings.billing, services.station)
    with pytest.raises(ApprovalRefused, match="no manager can approve here"):
        bare.create_invoice(staff.cashier, half_price(ApproverCredentials("maria", PASSWORD)))
    with pytest.raises(ApprovalRequired):
        bare.create_invoice(staff.cashier, half_price(None))
