"""What a cashier may give away alone, and the manager's name and password that approve more.

A product line sold below the product's own price is a discount of the difference: a 9.50 mug
typed over as 0.01 takes 99.89% off, exactly as a 99.89% discount would, and meets the same
limit (``billing.max_discount_percent``). Raising a stock-counted product's price is no
discount, but it charges the customer more than the shelf says, so it needs a manager too.
Free-text lines and untracked products (a workshop seat, a service) have no fixed price to
compare with: only their discounts count.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, Decimal

from pos_desktop.domain.invoice import HUNDRED, LineAmounts, LineInput
from pos_desktop.domain.money import ZERO, format_amount, quantum, round_money
from pos_desktop.domain.phrases import say


@dataclass(frozen=True, slots=True)
class ApproverCredentials:
    """A manager's user name and password, typed at the cashier's till to approve one action.

    Only these cross from a front end to a service, which checks them itself: no front end (or
    script) can vouch for a manager by handing over an already logged-in user.
    """

    username: str
    password: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ListPrice:
    """A product's own price, and whether its stock is counted (``track_stock``)."""

    price: Decimal
    tracked: bool


@dataclass(frozen=True, slots=True)
class Reduction:
    """How much less a line charges than it would at its list price, with nothing taken off."""

    base: Decimal  # the line's subtotal at the list price (at the typed price on free lines)
    off: Decimal

    @property
    def percent(self) -> Decimal:
        if self.base <= 0 or self.off <= 0:
            return ZERO
        return (self.off * HUNDRED / self.base).quantize(Decimal("0.01"))


def reduction(
    line: LineInput, amounts: LineAmounts, listed: ListPrice | None, currency: str
) -> Reduction:
    """The line's discount, plus the difference when its unit price is below the list price."""
    if listed is None or line.unit_price >= listed.price:
        return Reduction(amounts.subtotal, amounts.discount)
    base = round_money(line.quantity * listed.price, currency)
    return Reduction(base, base - amounts.subtotal + amounts.discount)


def allowed_off(base: Decimal, limit_percent: Decimal, currency: str) -> Decimal:
    """The most a cashier takes off ``base``, in whole cents rounded up: 10% of 9.99 is 1.00
    at the till (a basket discount spread over lines must not trip the limit on a cent)."""
    unit = quantum(currency)
    return (base * limit_percent / HUNDRED / unit).to_integral_value(ROUND_CEILING) * unit


def needs_manager(
    lines: Sequence[LineInput],
    priced: Sequence[LineAmounts],
    listed: Mapping[int, ListPrice],
    limit_percent: Decimal,
    currency: str,
) -> str | None:
    """Why the first line beyond what a cashier may do alone needs a manager, or ``None``.

    ``listed`` holds the products of the lines by id (a line whose product is missing from it is
    priced as a free-text line).
    """
    limit = format(limit_percent.normalize(), "f")
    for n, (line, amounts) in enumerate(zip(lines, priced, strict=True), start=1):
        product = listed.get(line.product_id) if line.product_id is not None else None
        if product is not None and product.tracked and line.unit_price > product.price:
            return say(
                "line {number}: {price} is more than the product's price of {list_price}: a "
                "manager must approve a higher price",
                number=n,
                price=format_amount(line.unit_price, currency),
                list_price=format_amount(product.price, currency),
            )
        cut = reduction(line, amounts, product, currency)
        if cut.off > allowed_off(cut.base, limit_percent, currency):
            percent = format(cut.percent.normalize(), "f")
            if product is not None and line.unit_price < product.price:
                return say(
                    "line {number}: sold at {price} instead of {list_price}, a discount of "
                    "{percent}% is above the {limit}% a cashier may give: a manager must approve",
                    number=n,
                    price=format_amount(line.unit_price, currency),
                    list_price=format_amount(product.price, currency),
                    percent=percent,
                    limit=limit,
                )
            return say(
                "line {number}: a discount of {percent}% is above the {limit}% a cashier may "
                "give: a manager must approve",
                number=n,
                percent=percent,
                limit=limit,
            )
    return None
