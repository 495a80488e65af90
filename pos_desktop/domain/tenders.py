"""The cash a customer is likely to hand over: the exact amount, then the next notes above it.

Offered as one-tap buttons on a touch till (``ui/widgets/numpad.py``): for 17.30 due, 20, 50 and
100; for 3.40, 5, 10 and 20. Counting in whole notes and coins of 5, 10, 20, 50, 100... of the
currency's main unit fits the euro, the pound, the franc and the dollar alike.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

NOTES = (Decimal(5), Decimal(10), Decimal(20), Decimal(50), Decimal(100), Decimal(200))


def likely_tenders(due: Decimal, *, most: int = 3) -> list[Decimal]:
    """Up to ``most`` round amounts above ``due``, smallest first (the exact amount is the
    payment dialog's own default, so it is not repeated here)."""
    found: list[Decimal] = []
    for note in NOTES:
        amount = (due / note).to_integral_value(rounding=ROUND_CEILING) * note
        if amount > due and amount not in found:
            found.append(amount)
        if len(found) == most:
            break
    return found
