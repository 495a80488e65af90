"""Tills selling the last seats of one workshop at once (run under spawn by the race test)."""

from __future__ import annotations

import time
from decimal import Decimal

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.domain.workshops import SeatsUnavailable
from pos_desktop.services.sales import SaleInput

WORKER = Actor(None, "cli:worker", Role.ADMIN, "cli:worker")


def buy_a_seat(
    url: str, config: str, terminal: str, seat_for: tuple[int, str], start_at: float
) -> str:
    """One seat of workshop ``seat_for[0]`` for customer ``seat_for[1]``, paid in cash;
    ``sold`` or why it was refused."""
    workshop_id, customer = seat_for
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": config})
    settings.pos.terminal = terminal
    services = build_services(settings)
    seat = LineInput("Seat", Decimal(1), Decimal(25), Decimal(19), workshop_id=workshop_id)
    pay = [PaymentInput(PaymentMethod.CASH, Decimal(25))]
    services.billing.till(WORKER)  # connect and load before the start, as an open till has
    time.sleep(max(0.0, start_at - time.time()))
    try:
        services.billing.create_invoice(WORKER, SaleInput([seat], customer, pay))
    except SeatsUnavailable as refused:
        return f"refused: {refused}"
    finally:
        services.close()
    return "sold"
