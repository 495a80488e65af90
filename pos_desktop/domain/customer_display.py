"""What the customer display shows: one state, moved on by what happens at the counter.

The second screen faces the visitor: a welcome while the till is idle, the cart and its total
while the cashier works, the amount handed over and the change while paying, then a thank-you
with the customer's own code (shown as a QR they can photograph). Pure: the window draws a
``DisplayState``; the feed (``ui/customer_display/feed.py``) makes the next one from the
counter's events, so the display never reads the checkout's widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum

from pos_desktop.domain.money import ZERO


class Phase(Enum):
    IDLE = "idle"
    CART = "cart"
    PAYING = "paying"
    THANKS = "thanks"


@dataclass(frozen=True, slots=True)
class DisplayLine:
    description: str
    quantity: str
    #: The line's gross amount; ``None`` while what the cashier typed is not a price yet.
    amount: Decimal | None


@dataclass(frozen=True, slots=True)
class DisplayState:
    phase: Phase = Phase.IDLE
    currency: str = ""
    lines: tuple[DisplayLine, ...] = ()
    total: Decimal = ZERO
    customer_name: str | None = None
    given: Decimal = ZERO
    change: Decimal = ZERO
    #: The customer's code on the thank-you page (their QR); ``None`` for a walk-in sale.
    customer_code: str | None = None
    invoice_number: str | None = None
    #: The exhibition the till sells for (the welcome names it); kept from page to page.
    venue: str = ""
    #: The visitor's language (their receipts'), once their card is in the cart; ``None``:
    #: the till's own (the welcome, a walk-in sale).
    language: str | None = None

    def showing_cart(
        self,
        lines: tuple[DisplayLine, ...],
        total: Decimal,
        currency: str,
        customer_name: str | None,
        language: str | None = None,
    ) -> DisplayState:
        """The cart changed. An empty cart with no customer is the idle welcome again; while
        the thank-you is up, only a first line or a new customer replaces it."""
        if not lines and customer_name is None:
            return self if self.phase is Phase.THANKS else self.thanks_over()
        return DisplayState(
            Phase.CART,
            currency,
            lines,
            total,
            customer_name or None,
            venue=self.venue,
            language=language if customer_name else None,
        )

    def paying(self, total: Decimal, given: Decimal, change: Decimal) -> DisplayState:
        return replace(self, phase=Phase.PAYING, total=total, given=given, change=change)

    def thanks(
        self,
        *,
        total: Decimal,
        given: Decimal,
        change: Decimal,
        currency: str,
        customer_name: str | None,
        customer_code: str | None,
        invoice_number: str | None,
    ) -> DisplayState:
        """The sale is saved: what was paid, and the customer's code to keep."""
        return DisplayState(
            Phase.THANKS,
            currency,
            self.lines,
            total,
            customer_name,
            given,
            change,
            customer_code,
            invoice_number,
            self.venue,
            self.language,
        )

    def idle(self, venue: str) -> DisplayState:
        """The next sale starts: the welcome, except that a thank-you stays up (the visitor
        may still be photographing their code) until it times out or a new cart begins."""
        if self.phase is Phase.THANKS:
            return replace(self, venue=venue or self.venue)
        return DisplayState(currency=self.currency, venue=venue or self.venue)

    def thanks_over(self) -> DisplayState:
        return DisplayState(currency=self.currency, venue=self.venue)
