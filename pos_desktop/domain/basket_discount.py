"""A discount on the whole sale, spread over its lines.

``10%`` or ``5.00`` off the basket becomes line discounts in proportion to what each line costs
after its own discount, in whole minor units (largest remainder), so they add up to exactly the
discount asked for. Spreading keeps VAT right: a basket discount lowers each rate's base by its
share, as tax law wants, and every later step (pricing, the cashier's discount limit, refunds
per line) works on lines as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import ROUND_FLOOR, Decimal

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import HUNDRED, LineInput, price_lines
from pos_desktop.domain.money import ZERO, parse_amount, parse_decimal, quantum, round_money
from pos_desktop.domain.phrases import say


def basket_discount_amount(text: str, base: Decimal, currency: str) -> Decimal:
    """``"10%"`` of ``base``, or an amount; never more than the base itself."""
    clean = text.strip()
    field = say("discount")
    if clean.endswith("%"):
        percent = parse_decimal(
            clean[:-1], field=field, max_decimals=2, maximum=HUNDRED, allow_zero=True
        )
        amount = round_money(base * percent / HUNDRED, currency)
    else:
        amount = parse_amount(clean, currency, field=field, allow_zero=True)
    if amount > base:
        raise ValidationError.single(field, say("is more than the sale ({base})", base=base))
    return amount


def spread_discount(
    lines: Sequence[LineInput], text: str, currency: str, prices_include_vat: bool
) -> list[LineInput]:
    """The lines with the basket discount added to their own, as amounts."""
    priced = price_lines(lines, currency, prices_include_vat)
    left = [a.subtotal - a.discount for a in priced.lines]
    base = sum(left, ZERO)
    amount = basket_discount_amount(text, base, currency)
    if amount == 0 or base == 0:
        return list(lines)
    unit = quantum(currency)
    units = int(amount / unit)
    exact = [share * units / base for share in left]
    whole = [int(x.to_integral_value(rounding=ROUND_FLOOR)) for x in exact]
    short = units - sum(whole)
    by_remainder = sorted(range(len(lines)), key=lambda i: exact[i] - whole[i], reverse=True)
    for i in by_remainder[:short]:
        whole[i] += 1
    return [
        replace(line, discount=a.discount + whole[i] * unit, discount_percent=None)
        for i, (line, a) in enumerate(zip(lines, priced.lines, strict=True))
    ]
