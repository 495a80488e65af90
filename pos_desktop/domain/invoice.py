"""Invoice arithmetic: lines, VAT, totals, payments and change, computed in exactly one place.

Every amount on a receipt, a PDF, a report or in ``--json`` comes from :func:`price_lines` and
:func:`settle`; storage keeps their results, it never recomputes on its own.

Per line (see :mod:`pos_desktop.domain.money` for the rounding rule):

* ``subtotal = round(quantity * unit_price)``, ``discount`` (amount, or percent of subtotal,
  rounded), ``priced = subtotal - discount``;
* VAT-inclusive prices: ``gross = priced``, ``net = round(gross * 100 / (100 + rate))``,
  ``vat = gross - net``;
* VAT-exclusive prices: ``net = priced``, ``vat = round(net * rate / 100)``, ``gross = net + vat``.

Invoice totals and the VAT breakdown per rate are sums of the rounded line amounts, so
``net + vat == gross`` holds exactly for each line, each rate and the invoice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pos_desktop.domain.errors import LargeTender, ProblemCollector, ValidationError
from pos_desktop.domain.money import (
    MAX_AMOUNT,
    ZERO,
    format_amount,
    parse_amount,
    parse_decimal,
    round_money,
)

# PaymentMethod is part of an invoice's vocabulary: importable from here as before.
from pos_desktop.domain.payment_methods import PaymentMethod as PaymentMethod  # noqa: PLC0414
from pos_desktop.domain.payment_methods import rules_of
from pos_desktop.domain.phrases import say
from pos_desktop.domain.text import clean_line, refuse_control_characters

HUNDRED = Decimal(100)
MAX_QUANTITY = Decimal(100_000)
MAX_LINES = 500
DESCRIPTION_MAX = 200


class InvoiceStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    VOIDED = "voided"


@dataclass(frozen=True, slots=True)
class LineInput:
    """One line as the cashier entered it; amounts already ``Decimal``."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    discount: Decimal = ZERO
    discount_percent: Decimal | None = None
    product_id: int | None = None
    #: Seats of this workshop: the sale books them (and a free workshop's line may cost 0).
    workshop_id: int | None = None


@dataclass(frozen=True, slots=True)
class LineAmounts:
    subtotal: Decimal
    discount: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal


def line_discount_percent(amounts: LineAmounts) -> Decimal:
    """How much of the line's subtotal was taken off, in percent (two decimals)."""
    if amounts.subtotal <= 0 or amounts.discount <= 0:
        return ZERO
    return (amounts.discount * HUNDRED / amounts.subtotal).quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class VatBucket:
    """The VAT breakdown's row for one rate."""

    rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class InvoiceTotals:
    net: Decimal
    vat: Decimal
    gross: Decimal
    discount: Decimal
    vat_breakdown: tuple[VatBucket, ...]


@dataclass(frozen=True, slots=True)
class PricedInvoice:
    lines: tuple[LineAmounts, ...]
    totals: InvoiceTotals


@dataclass(frozen=True, slots=True)
class PaymentInput:
    """A payment as taken: for cash, ``amount`` is what the customer handed over.

    ``confirm_large_tender``: the cashier confirmed cash above the plausibility limit (see
    :class:`TenderLimit`); without it such an amount is refused as a typo.
    """

    method: PaymentMethod
    amount: Decimal
    reference: str | None = None
    confirm_large_tender: bool = False


@dataclass(frozen=True, slots=True)
class TenderLimit:
    """How much cash can plausibly be handed over: ``factor`` times what is due, but never less
    than ``minimum`` (a 5.00 coffee paid with a 100 note is normal; 100,000,000 is a key held
    down). Above it the cashier must confirm the amount."""

    factor: Decimal = Decimal(10)
    minimum: Decimal = Decimal(500)

    def above(self, due: Decimal) -> Decimal:
        """The most cash that passes without a confirmation, for ``due``."""
        return max(due * self.factor, self.minimum)


@dataclass(frozen=True, slots=True)
class AppliedPayment:
    """A payment as booked: ``amount`` counts towards the invoice, ``change`` goes back."""

    method: PaymentMethod
    amount: Decimal
    tendered: Decimal
    change: Decimal
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Settlement:
    payments: tuple[AppliedPayment, ...]
    paid: Decimal
    balance: Decimal
    change: Decimal


# --------------------------------------------------------------------------- parsing and checks


def parse_vat_rate(text: str | Decimal | int, field: str = say("VAT rate")) -> Decimal:
    """A VAT percentage such as ``20`` or ``7.7``: 0 up to (not including) 100."""
    rate = parse_decimal(text, field=field, max_decimals=2, allow_zero=True, maximum=HUNDRED)
    if rate == HUNDRED:
        raise ValidationError.single(field, say("must be below 100 (it is a percentage)"))
    return rate


def parse_quantity(text: str | Decimal | int, field: str = say("quantity")) -> Decimal:
    return parse_decimal(text, field=field, max_decimals=3, maximum=MAX_QUANTITY)


def parse_line(
    *,
    description: str,
    quantity: str | Decimal | int,
    unit_price: str | Decimal | int,
    vat_rate: str | Decimal | int,
    currency: str,
    discount: str | Decimal | int = "",
    product_id: int | None = None,
    workshop_id: int | None = None,
) -> LineInput:
    """Build a line from typed text, collecting every problem so the cashier fixes them at once.

    ``discount`` is an amount (``"2.50"``) or a percentage of the subtotal (``"10%"``); a
    workshop's seats (``workshop_id``) may cost 0 (a free talk).
    """
    problems = ProblemCollector()
    desc = clean_line(description)
    if not desc:
        problems.add(say("description"), say("is required"))
    elif len(desc) > DESCRIPTION_MAX:
        problems.add(
            say("description"), say("is longer than {limit} characters", limit=DESCRIPTION_MAX)
        )
    qty = price = rate = disc_pct = None
    disc = ZERO
    with problems.collect():
        qty = parse_quantity(quantity)
    with problems.collect():
        price = parse_amount(
            unit_price, currency, field=say("unit price"), allow_zero=workshop_id is not None
        )
    with problems.collect():
        rate = parse_vat_rate(vat_rate)
    disc_text = format(discount, "f") if isinstance(discount, Decimal) else str(discount).strip()
    with problems.collect():
        if disc_text.endswith("%"):
            disc_pct = parse_decimal(
                disc_text[:-1],
                field=say("discount"),
                max_decimals=2,
                maximum=HUNDRED,
                allow_zero=True,
            )
        elif disc_text:
            disc = parse_amount(disc_text, currency, field=say("discount"), allow_zero=True)
    problems.raise_if_any()
    assert qty is not None and price is not None and rate is not None
    line = LineInput(desc, qty, price, rate, disc, disc_pct, product_id, workshop_id)
    check_line(line, currency)
    return line


def check_line(line: LineInput, currency: str) -> None:
    """Re-check a line that arrives as ``Decimal`` values (services guard, not only the forms)."""
    problems = ProblemCollector()
    with problems.collect():
        description = refuse_control_characters(line.description, say("description")).strip()
        if not description:
            problems.add(say("description"), say("is required"))
        elif len(description) > DESCRIPTION_MAX:
            problems.add(
                say("description"), say("is longer than {limit} characters", limit=DESCRIPTION_MAX)
            )
    _check_quantity_and_price(line, currency, problems)
    if not ZERO <= line.vat_rate < HUNDRED:
        problems.add(say("VAT rate"), say("must be from 0 up to below 100"))
    _check_discount(line, currency, problems)
    problems.raise_if_any()


def _check_quantity_and_price(line: LineInput, currency: str, problems: ProblemCollector) -> None:
    quantity, unit_price = say("quantity"), say("unit price")
    if not ZERO < line.quantity <= MAX_QUANTITY:
        problems.add(quantity, say("must be above 0 and at most {most}", most=MAX_QUANTITY))
    elif line.quantity != line.quantity.quantize(Decimal("0.001")):
        problems.add(quantity, say("has more than 3 decimals"))
    if line.unit_price < ZERO or (line.unit_price == ZERO and line.workshop_id is None):
        problems.add(unit_price, say("must be greater than 0"))
    elif line.unit_price > MAX_AMOUNT:
        problems.add(unit_price, say("is larger than the maximum {most}", most=MAX_AMOUNT))
    elif round_money(line.unit_price, currency) != line.unit_price:
        problems.add(unit_price, say("has more decimals than {currency} allows", currency=currency))
    elif not problems.problems and line.quantity * line.unit_price > MAX_AMOUNT:
        problems.add(quantity, say("x unit price is more than the maximum {most}", most=MAX_AMOUNT))


def _check_discount(line: LineInput, currency: str, problems: ProblemCollector) -> None:
    discount = say("discount")
    if line.discount < ZERO:
        problems.add(discount, say("must not be negative"))
    elif round_money(line.discount, currency) != line.discount:
        problems.add(discount, say("has more decimals than {currency} allows", currency=currency))
    if line.discount_percent is not None and not ZERO <= line.discount_percent <= HUNDRED:
        problems.add(discount, say("a percentage must be between 0 and 100"))
    if not problems.problems:
        subtotal = round_money(line.quantity * line.unit_price, currency)
        if _discount_amount(line, subtotal, currency) > subtotal:
            subtotal_text = format_amount(subtotal, currency)
            problems.add(
                discount, say("is more than the line's {subtotal}", subtotal=subtotal_text)
            )


def check_lines(lines: Sequence[LineInput], currency: str) -> None:
    """All lines, with the line number in every message; nothing is saved if any is wrong."""
    if not lines:
        raise ValidationError.single(say("lines"), say("an invoice needs at least one line"))
    if len(lines) > MAX_LINES:
        raise ValidationError.single(
            say("lines"), say("an invoice holds at most {most} lines", most=MAX_LINES)
        )
    problems = ProblemCollector()
    for number, line in enumerate(lines, start=1):
        with problems.collect(prefix=say("line {number}", number=number)):
            check_line(line, currency)
    problems.raise_if_any()
    total = sum((round_money(ln.quantity * ln.unit_price, currency) for ln in lines), ZERO)
    check_invoice_size(len(lines), total)


def check_invoice_size(line_count: int, subtotal: Decimal) -> None:
    """The checks of the invoice as a whole; ``subtotal`` is the sum of the line subtotals.

    A cart checks each line as it is typed and keeps the sum as it goes (running_totals.py).
    """
    if not line_count:
        raise ValidationError.single(say("lines"), say("an invoice needs at least one line"))
    if line_count > MAX_LINES:
        raise ValidationError.single(
            say("lines"), say("an invoice holds at most {most} lines", most=MAX_LINES)
        )
    if subtotal > MAX_AMOUNT:
        raise ValidationError.single(
            say("lines"), say("the total is more than the maximum {most}", most=MAX_AMOUNT)
        )


# --------------------------------------------------------------------------------- computation


def _discount_amount(line: LineInput, subtotal: Decimal, currency: str) -> Decimal:
    if line.discount_percent is not None:
        return round_money(subtotal * line.discount_percent / HUNDRED, currency)
    return line.discount


def price_line(line: LineInput, currency: str, prices_include_vat: bool) -> LineAmounts:
    subtotal = round_money(line.quantity * line.unit_price, currency)
    discount = _discount_amount(line, subtotal, currency)
    priced = subtotal - discount
    if prices_include_vat:
        gross = priced
        net = round_money(gross * HUNDRED / (HUNDRED + line.vat_rate), currency)
        vat = gross - net
    else:
        net = priced
        vat = round_money(net * line.vat_rate / HUNDRED, currency)
        gross = net + vat
    return LineAmounts(subtotal, discount, net, vat, gross)


def price_lines(
    lines: Sequence[LineInput], currency: str, prices_include_vat: bool
) -> PricedInvoice:
    """Amounts of every line and the invoice totals with the VAT breakdown per rate."""
    amounts = tuple(price_line(line, currency, prices_include_vat) for line in lines)
    buckets: dict[Decimal, list[Decimal]] = {}
    for line, la in zip(lines, amounts, strict=True):
        bucket = buckets.setdefault(line.vat_rate.normalize(), [ZERO, ZERO, ZERO])
        bucket[0] += la.net
        bucket[1] += la.vat
        bucket[2] += la.gross
    breakdown = tuple(
        VatBucket(rate, net, vat, gross) for rate, (net, vat, gross) in sorted(buckets.items())
    )
    totals = InvoiceTotals(
        net=sum((a.net for a in amounts), ZERO),
        vat=sum((a.vat for a in amounts), ZERO),
        gross=sum((a.gross for a in amounts), ZERO),
        discount=sum((a.discount for a in amounts), ZERO),
        vat_breakdown=breakdown,
    )
    return PricedInvoice(amounts, totals)


def settle(
    gross: Decimal,
    payments: Iterable[PaymentInput],
    currency: str,
    *,
    already_paid: Decimal = ZERO,
    tender_limit: TenderLimit | None = None,
) -> Settlement:
    """Book payments against what is due, in the order taken.

    Cash may exceed what is due (the rest is change); a card payment may not, because the
    terminal would charge the customer too much. Paying when nothing is due is refused. With a
    ``tender_limit``, cash above it is refused (``LargeTender``) unless the payment says the
    cashier confirmed it.
    """
    booked: list[AppliedPayment] = []
    paid = already_paid
    for number, payment in enumerate(payments, start=1):
        field = say("payment {number}", number=number)
        amount = parse_amount(
            payment.amount, currency, field=say("{payment}: amount", payment=field)
        )
        due = gross - paid
        if due <= ZERO:
            raise ValidationError.single(field, say("nothing is left to pay"))
        if rules_of(payment.method).gives_change:
            if tender_limit is not None and not payment.confirm_large_tender:
                received = say("{payment}: cash received", payment=field)
                check_tender(amount, due, currency, tender_limit, field=received)
            applied = min(amount, due)
            booked.append(AppliedPayment(payment.method, applied, amount, amount - applied, None))
        else:
            if amount > due:
                raise ValidationError.single(
                    field,
                    say(
                        "{method} payment of {amount} is more than the {due} due",
                        method=payment.method.value,
                        amount=format_amount(amount, currency),
                        due=format_amount(due, currency),
                    ),
                )
            reference = clean_line(payment.reference or "") or None
            booked.append(AppliedPayment(payment.method, amount, amount, ZERO, reference))
        paid += booked[-1].amount
    new = tuple(booked)
    return Settlement(
        payments=new,
        paid=paid,
        balance=gross - paid,
        change=sum((p.change for p in new), ZERO),
    )


def check_tender(
    amount: Decimal, due: Decimal, currency: str, limit: TenderLimit, *, field: str
) -> None:
    """Refuse cash above ``limit`` for ``due`` with a ``LargeTender`` a till can ask about."""
    most = round_money(limit.above(due), currency)
    if amount > most:
        raise LargeTender(
            field,
            say(
                "{amount} {currency} is far more than the {due} due (more than {most}): check "
                "the amount, or confirm it if the customer really handed that over",
                amount=format_amount(amount, currency),
                currency=currency,
                due=format_amount(due, currency),
                most=format_amount(most, currency),
            ),
            amount=amount,
            due=due,
            limit=most,
        )
