"""Invoice totals kept up to date line by line, for a cart that changes one line at a time.

:func:`~pos_desktop.domain.invoice.price_lines` defines the totals as sums of the rounded line
amounts, so adding or taking away one line's amounts gives exactly the totals ``price_lines``
would compute for the whole list again: ``Decimal`` addition and subtraction of amounts this size
are exact (a few dozen digits at most, inside the default 28-digit context). A 200-line cart
then costs one line's pricing per change instead of two hundred.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from pos_desktop.domain.invoice import (
    InvoiceTotals,
    LineAmounts,
    LineInput,
    VatBucket,
    check_invoice_size,
)
from pos_desktop.domain.money import ZERO


@dataclass
class _Bucket:
    lines: int = 0
    net: Decimal = ZERO
    vat: Decimal = ZERO
    gross: Decimal = ZERO


@dataclass
class RunningTotals:
    """Sums over the priced lines added and not yet removed (order does not matter)."""

    lines: int = 0
    net: Decimal = ZERO
    vat: Decimal = ZERO
    gross: Decimal = ZERO
    discount: Decimal = ZERO
    subtotal: Decimal = ZERO
    _rates: dict[Decimal, _Bucket] = field(default_factory=dict)

    def add(self, line: LineInput, amounts: LineAmounts) -> None:
        self._apply(line, amounts, 1)

    def remove(self, line: LineInput, amounts: LineAmounts) -> None:
        """Take away a line added before, with the same amounts it was added with."""
        self._apply(line, amounts, -1)

    def _apply(self, line: LineInput, amounts: LineAmounts, sign: int) -> None:
        self.lines += sign
        self.net += sign * amounts.net
        self.vat += sign * amounts.vat
        self.gross += sign * amounts.gross
        self.discount += sign * amounts.discount
        self.subtotal += sign * amounts.subtotal
        rate = line.vat_rate.normalize()  # the key price_lines groups by
        bucket = self._rates.setdefault(rate, _Bucket())
        bucket.lines += sign
        bucket.net += sign * amounts.net
        bucket.vat += sign * amounts.vat
        bucket.gross += sign * amounts.gross
        if bucket.lines == 0:
            del self._rates[rate]

    def totals(self) -> InvoiceTotals:
        breakdown = tuple(
            VatBucket(rate, b.net, b.vat, b.gross) for rate, b in sorted(self._rates.items())
        )
        return InvoiceTotals(self.net, self.vat, self.gross, self.discount, breakdown)

    def check(self) -> None:
        """The invoice-wide checks of ``check_lines`` for lines each checked when parsed."""
        check_invoice_size(self.lines, self.subtotal)
