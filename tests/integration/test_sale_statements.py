"""The write path's round trips, pinned: a 5-line sale and a registration send a known number of
statements on SQLite, so a change that adds one (an ORM flush per row, a reload after it, an
autoflush before a query) is noticed here rather than in a benchmark months later.

The sale has everything a sale at the counter causes: five tracked products (stock taken and
booked), a card payment, a receipt for the printer, the customer's invoice email, the running
totals, the audit chain and an idempotency key. ``docs/benchmarks.md`` ("Write path") has the
counts before the ORM came out of this path.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod, price_lines
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import InvoiceLine, OutboxMessage, Payment, PrintJob, StockMovement
from tests.conftest import Staff
from tests.support.statements import recorded_statements

#: BEGIN; the key, the exhibition, the customer and the products read; the number; the invoice,
#: its lines and its payment; stock level and movements; running totals; the receipt; the email;
#: the key; the audit chain's head read, its entry and the head moved.
SALE_STATEMENTS = 18
#: BEGIN; the key, the exhibition and the email's duplicate read; the customer; the welcome
#: email; the key; the audit chain's head read, its entry and the head moved.
REGISTRATION_STATEMENTS = 10

pytestmark = pytest.mark.parametrize("backend", ["sqlite"])


def five_lines(services: Services, staff: Staff) -> list[LineInput]:
    lines = []
    for n, (price, rate) in enumerate((("12.50", "7"), ("89.00", "19"), ("4.20", "19"),
                                       ("15.00", "7"), ("29.90", "19")), 1):  # fmt: skip
        product = services.products.add(
            staff.admin, sku=f"P{n}", name=f"Product {n}", price=price, vat_rate=rate,
            track_stock=True,
        )  # fmt: skip
        services.stock.adjust(staff.admin, product.sku, "100", location="BOOTH")
        lines.append(
            LineInput(product.name, Decimal(n), product.price, product.vat_rate,
                      product_id=product.id)
        )  # fmt: skip
    return lines


def count(services: Services, model: type) -> int:
    with services.db.reader() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_five_line_sale_with_all_its_side_effects_sends_18_statements(
    services: Services, staff: Staff
) -> None:
    services.settings.printer.url = "tcp://127.0.0.1:9"  # receipts are queued (auto_print)
    lines = five_lines(services, staff)
    ada = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.com")
    )
    gross = price_lines(lines, "EUR", True).totals.gross
    sale = SaleInput(lines, ada.code, [PaymentInput(PaymentMethod.CARD, gross, "AUTH1")])
    # A till's first sale also makes its terminal row, series and stock location, and the
    # second finds the terminal's id to remember it: not counted.
    for _ in range(2):
        services.billing.create_invoice(staff.cashier, sale, key=ActionKey.new())

    with recorded_statements(services.db.engine) as statements:
        view = services.billing.create_invoice(staff.cashier, sale, key=ActionKey.new())

    assert len(statements) == SALE_STATEMENTS, "\n\n".join(statements)
    assert view.number == "EXPO24-T1-000003"
    assert view.gross == gross
    assert (count(services, InvoiceLine), count(services, Payment)) == (15, 3)
    assert count(services, StockMovement) == 5 + 15  # the counts in, three sales out
    assert count(services, PrintJob) == 3
    assert count(services, OutboxMessage) == 1 + 3  # the welcome, three invoice emails
    assert services.audit.verify(staff.admin).intact


def test_a_registration_sends_10_statements(services: Services, staff: Staff) -> None:
    services.customers.register(staff.cashier, CustomerInput(name="First", email="f@example.com"))

    with recorded_statements(services.db.engine) as statements:
        view = services.customers.register(
            staff.cashier,
            CustomerInput(name="Grace Hopper", email="grace@example.com"),
            key=ActionKey.new(),
        )

    assert len(statements) == REGISTRATION_STATEMENTS, "\n\n".join(statements)
    assert services.customers.get(staff.cashier, view.code).email == "grace@example.com"
    assert count(services, OutboxMessage) == 2  # both welcome emails
