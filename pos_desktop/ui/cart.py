"""The cart on the checkout screen: lines as typed, priced live by the domain's one pricing rule.

No Qt here: the table model shows a ``Cart``, the tests and the benchmark drive it directly.
Lines keep the cashier's text (``"12,50"`` stays visible with its error) instead of refusing
the keystroke, so nothing typed is lost; only a cart without problems can be paid.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import (
    InvoiceTotals,
    LineAmounts,
    LineInput,
    check_lines,
    parse_line,
    price_lines,
)
from pos_desktop.domain.money import ZERO
from pos_desktop.services.billing import TillInfo
from pos_desktop.services.customer_views import CustomerCard

EMPTY_TOTALS = InvoiceTotals(ZERO, ZERO, ZERO, ZERO, ())
PARSE_CACHE_MAX = 5000
EDITABLE = frozenset({"description", "quantity", "unit_price", "vat_rate", "discount"})


@dataclass(frozen=True, slots=True)
class CartLine:
    """One row as typed; every amount is text until the cart is priced."""

    description: str
    quantity: str = "1"
    unit_price: str = ""
    vat_rate: str = ""
    discount: str = ""
    product_id: int | None = None


@dataclass(frozen=True, slots=True)
class PricedRow:
    """A row after pricing: its amounts, or what is wrong with it."""

    line: CartLine
    parsed: LineInput | None
    amounts: LineAmounts | None
    problem: str | None


@dataclass
class Cart:
    till: TillInfo
    lines: list[CartLine] = field(default_factory=list)
    customer: CustomerCard | None = None
    rows: list[PricedRow] = field(default_factory=list)
    totals: InvoiceTotals = EMPTY_TOTALS
    problem: str | None = None
    _parsed: dict[CartLine, PricedRow] = field(default_factory=dict, repr=False)

    # -- editing (each change reprices; a 200-line cart takes a few milliseconds)

    def add(self, line: CartLine) -> int:
        """Append a line (VAT defaults to the till's rate); returns its row."""
        if not line.vat_rate.strip():
            line = replace(line, vat_rate=format(self.till.default_vat_rate, "f"))
        self.lines.append(line)
        self.reprice()
        return len(self.lines) - 1

    def update(self, row: int, attribute: str, text: str) -> None:
        """Change one typed field (``description``, ``quantity``, ``unit_price``...)."""
        if attribute not in EDITABLE:
            raise ValueError(f"{attribute} cannot be typed")
        changes: dict[str, Any] = {attribute: text}
        self.lines[row] = replace(self.lines[row], **changes)
        self.reprice()

    def remove(self, row: int) -> CartLine:
        removed = self.lines.pop(row)
        self.reprice()
        return removed

    def clear(self) -> None:
        self.lines.clear()
        self.customer = None
        self.reprice()

    # -- pricing

    def reprice(self) -> None:
        rows = [self._parse(line) for line in self.lines]
        valid = [r.parsed for r in rows if r.parsed is not None]
        priced = price_lines(valid, self.till.currency, self.till.prices_include_vat)
        amounts = iter(priced.lines)
        self.rows = [replace(r, amounts=next(amounts)) if r.parsed else r for r in rows]
        self.totals = priced.totals
        self.problem = self._cart_problem(valid)

    def _parse(self, line: CartLine) -> PricedRow:
        """Parsing is most of a reprice: lines are immutable, so each text is parsed once."""
        cached = self._parsed.get(line)
        if cached is not None:
            return cached
        try:
            parsed = parse_line(
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                vat_rate=line.vat_rate,
                discount=line.discount,
                currency=self.till.currency,
                product_id=line.product_id,
            )
        except ValidationError as error:
            row = PricedRow(line, None, None, str(error))
        else:
            row = PricedRow(line, parsed, None, None)
        if len(self._parsed) > PARSE_CACHE_MAX:
            self._parsed.clear()
        self._parsed[line] = row
        return row

    def _cart_problem(self, valid: list[LineInput]) -> str | None:
        wrong = [n for n, r in enumerate(self.rows, 1) if r.problem]
        if wrong:
            listed = ", ".join(str(n) for n in wrong[:5])
            return f"fix line{'s' if len(wrong) > 1 else ''} {listed} before payment"
        if not valid:
            return None
        try:
            check_lines(valid, self.till.currency)
        except ValidationError as error:
            return str(error)
        return None

    # -- what the payment step needs

    @property
    def gross(self) -> Decimal:
        return self.totals.gross

    @property
    def ready_to_pay(self) -> bool:
        return bool(self.lines) and self.problem is None

    def sale_lines(self) -> list[LineInput]:
        """The parsed lines, for ``SaleInput``; only call when ``ready_to_pay``."""
        if not self.ready_to_pay:
            raise ValidationError.single("cart", self.problem or "the cart is empty")
        return [r.parsed for r in self.rows if r.parsed is not None]
