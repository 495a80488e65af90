"""Tills selling at once, each in its own process, for the audit chain's concurrency test
(importable under spawn)."""

from __future__ import annotations

import time
from decimal import Decimal

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.sales import SaleInput

WORKER = Actor(None, "cli:worker", Role.ADMIN, "cli:worker")


def sell_at(url: str, config: str, terminal: str, count: int, start_at: float) -> list[str]:
    """Issue ``count`` two-line sales on ``terminal`` as fast as possible; their numbers."""
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": config})
    settings.pos.terminal = terminal
    services = build_services(settings)
    lines = [
        LineInput("Catalogue", Decimal(1), Decimal("12.50"), Decimal(7)),
        LineInput("Poster", Decimal(2), Decimal("4.00"), Decimal(19)),
    ]
    pay = [PaymentInput(PaymentMethod.CASH, Decimal(25))]
    time.sleep(max(0.0, start_at - time.time()))
    numbers = []
    for _ in range(count):
        view = services.billing.create_invoice(WORKER, SaleInput(lines, None, pay))
        assert view.number is not None
        numbers.append(view.number)
    services.close()
    return numbers
