"""An invoice number typed loosely finds the invoice everywhere it can be typed: one lookup.

A cashier types ``expo24-t1-000001`` for ``EXPO24-T1-000001``: the invoice view, its PDF, its credit
notes, its receipt and its emails all find it, and an unknown number is named the same way.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.sales import SaleInput
from tests.conftest import Staff

D = Decimal


def test_every_place_finds_an_invoice_by_its_number_typed_loosely(
    services: Services, staff: Staff
) -> None:
    sold = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [LineInput("Catalogue", D(1), D("12.50"), D(7))],
            None,
            [PaymentInput(PaymentMethod.CARD, D("12.50"))],
        ),
    )
    assert sold.number == "EXPO24-T1-000001"
    typed = " expo24-t1-000001 "
    assert services.billing.get(staff.cashier, typed).number == sold.number
    assert services.documents.invoice_source(typed).view.number == sold.number
    assert services.credit_notes.of_invoice(staff.cashier, typed) == []
    assert services.printing.receipt(staff.cashier, typed).number == sold.number
    emails = services.outbox.invoice_emails(staff.manager, typed)
    assert [email.label for email in emails] == [f"Invoice {sold.number}"]

    for look_up in (
        lambda n: services.billing.get(staff.cashier, n),
        services.documents.invoice_source,
        lambda n: services.credit_notes.of_invoice(staff.cashier, n),
        lambda n: services.printing.receipt(staff.cashier, n),
        lambda n: services.outbox.invoice_emails(staff.manager, n),
    ):
        with pytest.raises(NotFound, match="no invoice EXPO24-T1-000002"):
            look_up("expo24-t1-000002")
