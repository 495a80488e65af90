"""Tills selling the last units of one product at once (run under spawn by the stock tests)."""

from __future__ import annotations

import time
from decimal import Decimal

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.invoice import LineInput
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services.sales import SaleInput
from pos_desktop.services.stock import InsufficientStock

WORKER = Actor(None, "cli:worker", Role.ADMIN, "cli:worker")


def sell_one_by_one(url: str, config: str, terminal: str, product_id: int, start_at: float) -> int:
    """Sell one unit at a time until the booth is out; returns how many this till sold."""
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": config})
    settings.pos.terminal = terminal
    services = build_services(settings)
    line = [LineInput("Mug", Decimal(1), Decimal("9.50"), Decimal(19), product_id=product_id)]
    time.sleep(max(0.0, start_at - time.time()))
    sold = 0
    while True:
        try:
            services.billing.create_invoice(WORKER, SaleInput(line))
        except InsufficientStock:
            break
        sold += 1
    services.close()
    return sold


def refund_everything(url: str, config: str, terminal: str, number: str, start_at: float) -> str:
    """Try to refund the whole invoice; returns the credit note number or why it was refused."""
    from pos_desktop.domain.errors import InvalidState

    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": config})
    settings.pos.terminal = terminal
    services = build_services(settings)
    time.sleep(max(0.0, start_at - time.time()))
    try:
        note = services.refunds.refund(WORKER, number, method="cash", reason="race test")
    except InvalidState as refused:
        return f"refused: {refused}"
    finally:
        services.close()
    return note.number
