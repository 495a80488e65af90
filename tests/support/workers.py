"""Functions run in separate processes by the concurrency tests (importable under spawn)."""

from __future__ import annotations

import time
from decimal import Decimal

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.sales import SaleInput

WORKER = Actor(None, "cli:worker", Role.ADMIN, "cli:worker")


def _services(url: str, config: str, terminal: str = "T1"):  # type: ignore[no-untyped-def]
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": config})
    settings.pos.terminal = terminal
    return build_services(settings)


def sell(url: str, config: str, count: int, start_at: float) -> list[str]:
    """Issue ``count`` invoices on terminal T1 as fast as possible; returns their numbers."""
    services = _services(url, config)
    line = [LineInput("Catalogue", Decimal(1), Decimal("12.50"), Decimal(7))]
    pay = [PaymentInput(PaymentMethod.CASH, Decimal(20))]
    time.sleep(max(0.0, start_at - time.time()))
    numbers = []
    for _ in range(count):
        view = services.billing.create_invoice(WORKER, SaleInput(line, None, pay))
        assert view.number is not None
        numbers.append(view.number)
    services.close()
    return numbers


def register(url: str, config: str, count: int, start_at: float, worker: int) -> list[str]:
    services = _services(url, config)
    time.sleep(max(0.0, start_at - time.time()))
    codes = []
    for n in range(count):
        data = CustomerInput(name=f"Visitor {worker}-{n}", email=f"v{worker}.{n}@example.org")
        codes.append(services.customers.register(WORKER, data).code)
    services.close()
    return codes
