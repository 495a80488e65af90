"""The cart on the checkout screen: lines as typed, priced live by the domain's one pricing rule.

No widgets here (``tr`` only, for its words): the table model shows a ``Cart``, the tests and
the benchmark drive it directly.
Each change prices only the line it touches and moves running totals
(``domain/running_totals.py``), so adding to a long cart stays as quick as to a short one.
Lines keep the cashier's text (``"12,50"`` stays visible with its error) instead of refusing
the keystroke, so nothing typed is lost; only a cart without problems can be paid.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import (
    InvoiceTotals,
    LineAmounts,
    LineInput,
    parse_line,
    price_line,
)
from pos_desktop.domain.money import ZERO
from pos_desktop.domain.running_totals import RunningTotals
from pos_desktop.services.customer_views import CustomerCard
from pos_desktop.services.sales import TillInfo
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.message_bar import error_words

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
    #: Seats of this workshop (the sale books them; it needs a customer).
    workshop_id: int | None = None


@dataclass(frozen=True, slots=True)
class PricedRow:
    """A row after pricing: its amounts, or what is wrong with it."""

    line: CartLine
    parsed: LineInput | None
    amounts: LineAmounts | None
    problem: str | None


@dataclass
class Cart:
    """Lines as typed and their priced rows, kept in step one change at a time.

    ``lines`` and ``rows`` run in parallel. ``add``, ``update`` and ``remove`` price only the
    line they touch and move the running totals by its amounts; whoever changes ``lines``
    directly calls ``reprice()``, which rebuilds everything.
    """

    till: TillInfo
    lines: list[CartLine] = field(default_factory=list)
    customer: CustomerCard | None = None
    #: The sale's idempotency key, from the cart's start until it is saved: every attempt to
    #: save this cart sends it, so a retry after a lost answer cannot sell it twice.
    key: ActionKey = field(default_factory=ActionKey.new)
    rows: list[PricedRow] = field(default_factory=list)
    totals: InvoiceTotals = EMPTY_TOTALS
    problem: str | None = None
    _priced: dict[CartLine, PricedRow] = field(default_factory=dict, repr=False)
    _sums: RunningTotals = field(default_factory=RunningTotals, repr=False)

    # -- editing (each change prices one line: a 200-line cart costs what a 1-line one does)

    def add(self, line: CartLine) -> int:
        """Append a line (VAT defaults to the till's rate); returns its row."""
        if not line.vat_rate.strip():
            line = replace(line, vat_rate=format(self.till.default_vat_rate, "f"))
        row = self._price(line)
        self.lines.append(line)
        self.rows.append(row)
        self._count(row, 1)
        self._changed()
        return len(self.lines) - 1

    def update(self, row: int, attribute: str, text: str) -> None:
        """Change one typed field (``description``, ``quantity``, ``unit_price``...)."""
        if attribute not in EDITABLE:
            raise ValueError(f"{attribute} cannot be typed")
        changes: dict[str, Any] = {attribute: text}
        line = replace(self.lines[row], **changes)
        self._count(self.rows[row], -1)
        self.lines[row] = line
        self.rows[row] = self._price(line)
        self._count(self.rows[row], 1)
        self._changed()

    def remove(self, row: int) -> CartLine:
        removed = self.lines.pop(row)
        self._count(self.rows.pop(row), -1)
        self._changed()
        return removed

    def clear(self) -> None:
        """Empty: the next sale starts, with a new key."""
        self.lines.clear()
        self.customer = None
        self.key = ActionKey.new()
        self.reprice()

    # -- pricing

    def reprice(self) -> None:
        """Price every line again from ``lines`` (after they were changed directly)."""
        self.rows = [self._price(line) for line in self.lines]
        self._sums = RunningTotals()
        for row in self.rows:
            self._count(row, 1)
        self._changed()

    def _price(self, line: CartLine) -> PricedRow:
        """Lines are immutable and the till fixed, so each typed line is parsed and priced once."""
        cached = self._priced.get(line)
        if cached is not None:
            return cached
        till = self.till
        try:
            parsed = parse_line(
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                vat_rate=line.vat_rate,
                discount=line.discount,
                currency=till.currency,
                product_id=line.product_id,
                workshop_id=line.workshop_id,
            )
        except ValidationError as error:
            row = PricedRow(line, None, None, error_words(error))
        else:
            amounts = price_line(parsed, till.currency, till.prices_include_vat)
            row = PricedRow(line, parsed, amounts, None)
        if len(self._priced) > PARSE_CACHE_MAX:
            self._priced.clear()
        self._priced[line] = row
        return row

    def _count(self, row: PricedRow, sign: int) -> None:
        if row.parsed is not None and row.amounts is not None:
            (self._sums.add if sign > 0 else self._sums.remove)(row.parsed, row.amounts)

    def _changed(self) -> None:
        self.totals = self._sums.totals() if self._sums.lines else EMPTY_TOTALS
        self.problem = self._cart_problem()

    def _cart_problem(self) -> str | None:
        wrong = [n for n, r in enumerate(self.rows, 1) if r.problem]
        if wrong:
            listed = ", ".join(str(n) for n in wrong[:5])
            fix = (
                tr("Cart", "fix lines {lines} before payment")
                if len(wrong) > 1
                else tr("Cart", "fix line {lines} before payment")
            )
            return fix.format(lines=listed)
        if not self._sums.lines:
            return None
        try:
            self._sums.check()
        except ValidationError as error:
            return error_words(error)
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
            raise ValidationError.single("cart", self.problem or tr("Cart", "the cart is empty"))
        return [r.parsed for r in self.rows if r.parsed is not None]
