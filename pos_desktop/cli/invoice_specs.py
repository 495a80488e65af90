"""The command line's compact forms for lines and payments.

``--line "DESCRIPTION|QTY|UNIT_PRICE|VAT_PERCENT"`` (the description may itself hold ``|``: the
last three fields are taken from the right; without a VAT field the default rate applies) and
``--pay cash:AMOUNT`` / ``--pay card:AMOUNT[:REF]``; ``--item CODE:QTY`` sells a product (by SKU
or barcode) or seats of a workshop (by its code).
"""

from __future__ import annotations

from decimal import Decimal

from pos_desktop.domain.errors import ProblemCollector, ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod, parse_line
from pos_desktop.domain.money import parse_amount
from pos_desktop.domain.payment_methods import rules_of
from pos_desktop.domain.roles import Actor
from pos_desktop.services.sale_items import SaleItems
from pos_desktop.services.transfers import parse_items


def parse_line_spec(spec: str, *, currency: str, default_vat: Decimal, number: int) -> LineInput:
    parts = spec.rsplit("|", 3)
    if len(parts) == 3:
        parts.append(format(default_vat, "f"))
    if len(parts) != 4:
        raise ValidationError.single(
            f"line {number}", f"{spec!r} should read DESCRIPTION|QTY|UNIT_PRICE|VAT_PERCENT"
        )
    description, quantity, unit_price, vat = parts
    try:
        return parse_line(
            description=description,
            quantity=quantity,
            unit_price=unit_price,
            vat_rate=vat,
            currency=currency,
        )
    except ValidationError as err:
        raise err.prefixed(f"line {number}") from None


def parse_line_specs(
    specs: tuple[str, ...], *, currency: str, default_vat: Decimal
) -> list[LineInput]:
    """Every line checked; all problems reported together, nothing saved if one is wrong."""
    problems = ProblemCollector()
    lines: list[LineInput] = []
    for number, spec in enumerate(specs, start=1):
        with problems.collect():
            lines.append(
                parse_line_spec(spec, currency=currency, default_vat=default_vat, number=number)
            )
    problems.raise_if_any()
    return lines


def parse_payment_spec(
    spec: str, *, currency: str, number: int, confirm_large_tender: bool = False
) -> PaymentInput:
    method_text, _, rest = spec.partition(":")
    amount_text, _, reference = rest.partition(":")
    field = f"payment {number}"
    try:
        method = PaymentMethod(method_text.strip().lower())
    except ValueError:
        allowed = ", ".join(m.value for m in PaymentMethod)
        raise ValidationError.single(
            field, f"{spec!r}: method must be one of {allowed} (e.g. cash:20.00)"
        ) from None
    if reference and not rules_of(method).takes_reference:
        raise ValidationError.single(field, f"{method.value} takes no reference")
    amount = parse_amount(amount_text, currency, field=f"{field}: amount")
    return PaymentInput(method, amount, reference.strip() or None, confirm_large_tender)


def product_lines(items: SaleItems, actor: Actor, specs: tuple[str, ...]) -> list[LineInput]:
    """``--item CODE:QTY``: the product's (or workshop's) name, price and VAT rate, so stock
    moves and seats are booked with the sale."""
    return [items.find(actor, code).line(quantity) for code, quantity in parse_items(specs).items()]
