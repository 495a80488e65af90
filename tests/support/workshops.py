"""Workshops for tests: a talk of ten seats this afternoon, customers, and selling seats."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from decimal import Decimal

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.domain.workshops import WorkshopInput
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.sales import SaleInput
from pos_desktop.services.workshop_views import WorkshopView
from tests.support.clock import START
from tests.support.network import closed_port
from tests.support.smtp_server import SmtpServer

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


@contextmanager
def services_mailing_to_loopback(services: Services) -> Iterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on a free loopback port, and ``services`` sending to it."""
    port = closed_port()
    smtp = services.settings.smtp
    smtp.host, smtp.port, smtp.security, smtp.sender = "127.0.0.1", port, "none", "b@shop.example"
    mailer = services.outbox_sender.mailer
    assert isinstance(mailer, SmtpMailer)
    mailer.timeout = 1.0
    with SmtpServer(port=port) as server:
        yield server
