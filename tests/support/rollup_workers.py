"""A till that sells, edits and voids as fast as it can (run in its own process by tests)."""

from __future__ import annotations

import time
from decimal import Decimal

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.sales import SaleInput
from tests.support.workers import WORKER


def sell_edit_void(url: str, config: str, terminal: str, count: int, start_at: float) -> int:
    """Issue ``count`` invoices on ``terminal``; edit every 3rd, void every 4th. Returns count."""
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": config})
    settings.pos.terminal = terminal
    services = build_services(settings)
    pay = [PaymentInput(PaymentMethod.CARD, Decimal("12.50"))]
    time.sleep(max(0.0, start_at - time.time()))
    for n in range(count):
        line = [LineInput("Catalogue", Decimal(1), Decimal("12.50"), Decimal(7))]
        view = services.billing.create_invoice(WORKER, SaleInput(line, None, pay))
        number = view.number
        assert number is not None
        if n % 3 == 0:
            more = [*line, LineInput("Poster", Decimal(n % 5 + 1), Decimal("3.10"), Decimal(19))]
            services.billing.edit(
                WORKER, number, more, reason="added a poster", expected_version=view.version
            )
        if n % 4 == 0:
            services.billing.void(WORKER, number, reason="changed their mind")
    services.close()
    return count


MOVES = 30


def move_customers(
    url: str, config: str, codes: list[str], countries: list[str], start_at: float
) -> int:
    """Edit each customer's country to the next of ``countries``, ``MOVES`` times over."""
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": config})
    services = build_services(settings)
    time.sleep(max(0.0, start_at - time.time()))
    edits = 0
    for n in range(MOVES):
        for code in codes:
            services.customers.edit(WORKER, code, {"country": countries[n % len(countries)]})
            edits += 1
    services.close()
    return edits
