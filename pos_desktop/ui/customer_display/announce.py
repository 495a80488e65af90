"""What the checkout tells the counter's listeners (the customer display) as the cashier works.

The checkout calls these with its cart; the events carry plain copies (text and amounts), so a
listener never holds or reads the cart itself.
"""

from __future__ import annotations

from pos_desktop.domain.customer_display import DisplayLine
from pos_desktop.domain.document_language import document_language
from pos_desktop.domain.invoice import Settlement
from pos_desktop.domain.money import ZERO
from pos_desktop.services.events import CartShown, CounterIdle, PaymentTendered
from pos_desktop.ui.cart import Cart
from pos_desktop.ui.context import UiContext


def announce_cart(ctx: UiContext, cart: Cart) -> None:
    lines = tuple(
        DisplayLine(
            row.line.description,
            row.line.quantity,
            row.amounts.gross if row.amounts is not None else None,
        )
        for row in cart.rows
    )
    services = ctx.services
    services.bus.announce(
        CartShown(
            by=ctx.actor.username,
            terminal=services.station.terminal_code,
            at=services.clock.now(),
            lines=lines,
            total=cart.totals.gross,
            currency=cart.till.currency,
            customer_name=cart.customer.customer.name if cart.customer else None,
            customer_language=_visitor_language(cart),
        )
    )


def _visitor_language(cart: Cart) -> str | None:
    """The language the customer's receipts speak, when their record says one (their own or
    their country's); ``None``: the till's."""
    if cart.customer is None:
        return None
    customer = cart.customer.customer
    if not (customer.language or customer.country):
        return None
    return document_language(customer.language, customer.country)


def announce_payment(ctx: UiContext, cart: Cart, settlement: Settlement) -> None:
    services = ctx.services
    services.bus.announce(
        PaymentTendered(
            by=ctx.actor.username,
            terminal=services.station.terminal_code,
            at=services.clock.now(),
            total=cart.totals.gross,
            given=sum((p.tendered for p in settlement.payments), ZERO),
            change=settlement.change,
        )
    )


def announce_idle(ctx: UiContext, cart: Cart | None) -> None:
    """An empty counter (the till just loaded, or the next sale begins)."""
    services = ctx.services
    services.bus.announce(
        CounterIdle(
            by=ctx.actor.username,
            terminal=services.station.terminal_code,
            at=services.clock.now(),
            exhibition_name=cart.till.exhibition_name if cart is not None else "",
        )
    )
