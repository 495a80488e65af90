"""Workshops for tests: a talk of ten seats this afternoon, customers, and selling seats."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.domain.workshops import WorkshopInput
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.sales import SaleInput
from pos_desktop.services.workshop_views import WorkshopView
from tests.support.clock import START

D = Decimal
#: This afternoon, four hours after the fake clock's start.
AFTERNOON = START + timedelta(hours=4)


def add_workshop(
    services: Services,
    manager: Actor,
    code: str = "TALK1",
    *,
    capacity: int = 10,
    price: str = "25.00",
    hours_later: int = 4,
) -> WorkshopView:
    return services.workshops.add(
        manager,
        WorkshopInput(
            code=code,
            title=f"Espresso basics {code}",
            starts_at=START + timedelta(hours=hours_later),
            minutes=45,
            capacity=capacity,
            price=price,
            vat_rate="19",
            room="Stage B",
        ),
    )


def customer(services: Services, actor: Actor, name: str, email: str | None = None) -> str:
    made = services.customers.register(
        actor,
        CustomerInput(name=name, email=email or f"{name.split(maxsplit=1)[0].lower()}@example.org"),
    )
    return made.code


def sell_seats(
    services: Services, cashier: Actor, code: str, customer_code: str | None, seats: int = 1
) -> InvoiceView:
    """Seats through the ordinary sale, paid in cash (a free workshop: no payment)."""
    item = services.sale_items.find(cashier, code)
    line: LineInput = item.line(D(seats))
    gross = line.unit_price * seats
    pays = [PaymentInput(PaymentMethod.CASH, gross)] if gross else []
    return services.billing.create_invoice(cashier, SaleInput([line], customer_code, pays))
