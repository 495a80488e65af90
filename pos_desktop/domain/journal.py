"""The accounting journal: one booking per invoice, void, credit note and payment, per VAT rate.

Bookings are double entry through a receivables clearing account, so an invoice left open or
paid in two ways still balances:

========================  ===================  ======================  ====
event                      account              contra account          side
========================  ===================  ======================  ====
sale (per VAT rate)        receivables          revenue of the rate     S
void (per VAT rate)        receivables          revenue of the rate     H
credit note (per rate)     receivables          revenue of the rate     H
payment received           the method's account receivables             S
void: money given back     the method's account receivables             H
credit note: money back    the method's account receivables             H
========================  ===================  ======================  ====

``S`` (Soll, debit) means ``account`` is debited and the contra account credited; ``H``
(Haben, credit) the other way round, as DATEV's Soll/Haben-Kennzeichen reads. Amounts are
always positive. Accounts come from the ``[accounting]`` settings (SKR03 by default); the
accountant's chart may differ, so each is a setting.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import parse_vat_rate
from pos_desktop.domain.phrases import say

MIN_ACCOUNT_LENGTH, MAX_ACCOUNT_LENGTH = 4, 8


class BookingKind(StrEnum):
    SALE = "sale"
    VOID = "void"
    CREDIT_NOTE = "credit_note"
    PAYMENT = "payment"
    VOID_PAYMENT = "void_payment"
    REFUND_PAYMENT = "refund_payment"


#: The side of ``account`` in each kind of booking (DATEV's Soll/Haben-Kennzeichen).
SIDE = {
    BookingKind.SALE: "S",
    BookingKind.VOID: "H",
    BookingKind.CREDIT_NOTE: "H",
    BookingKind.PAYMENT: "S",
    BookingKind.VOID_PAYMENT: "H",
    BookingKind.REFUND_PAYMENT: "H",
}
TEXTS = {
    BookingKind.SALE: "Sale",
    BookingKind.VOID: "Void",
    BookingKind.CREDIT_NOTE: "Credit note",
    BookingKind.PAYMENT: "Payment",
    BookingKind.VOID_PAYMENT: "Void, money back",
    BookingKind.REFUND_PAYMENT: "Refund, money back",
}


@dataclass(frozen=True, slots=True)
class Booking:
    """One journal line. ``vat_rate``, ``net`` and ``vat`` on revenue bookings only;
    ``method`` on money bookings only."""

    day: date
    document: str
    kind: BookingKind
    account: str
    contra_account: str
    amount: Decimal
    currency: str
    vat_rate: Decimal | None = None
    net: Decimal | None = None
    vat: Decimal | None = None
    method: str | None = None

    @property
    def side(self) -> str:
        return SIDE[self.kind]

    @property
    def text(self) -> str:
        """``Sale 19%``, ``Payment cash``: what the booking is, in a few words."""
        detail = (
            f"{format(self.vat_rate.normalize(), 'f')}%"
            if self.vat_rate is not None
            else self.method or ""
        )
        return f"{TEXTS[self.kind]} {detail}".strip()


@dataclass(frozen=True, slots=True)
class AccountPlan:
    """Which account each kind of money goes to."""

    revenue: Mapping[Decimal, str]  # per VAT rate (normalised)
    payment: Mapping[str, str]  # per payment method
    receivables: str
    length: int

    def revenue_for(self, rate: Decimal) -> str:
        account = self.revenue.get(rate.normalize())
        if account is None:
            raise ValidationError.single(
                "accounting.revenue_accounts",
                say(
                    'has no account for VAT rate {rate}%: add one, e.g. "19:8400, 7:8300"',
                    rate=format(rate.normalize(), "f"),
                ),
            )
        return account

    def payment_for(self, method: str) -> str:
        account = self.payment.get(method)
        if account is None:
            raise ValidationError.single(
                "accounting.payment_accounts",
                say(
                    'has no account for {method} payments: add one, e.g. "{method}:1000"',
                    method=method,
                ),
            )
        return account

    def check_lengths(self) -> None:
        """Every account has ``length`` digits, as DATEV's Sachkontenlänge says."""
        named = [
            *(("accounting.revenue_accounts", a) for a in self.revenue.values()),
            *(("accounting.payment_accounts", a) for a in self.payment.values()),
            ("accounting.receivables_account", self.receivables),
        ]
        for setting, account in named:
            if len(account) != self.length:
                raise ValidationError.single(
                    setting,
                    say(
                        "account {account} has {digits} digits; accounting.account_length is "
                        "{length}",
                        account=account,
                        digits=len(account),
                        length=self.length,
                    ),
                )


def parse_account(text: str, field: str) -> str:
    account = text.strip()
    if not account.isdigit() or not MIN_ACCOUNT_LENGTH <= len(account) <= MAX_ACCOUNT_LENGTH:
        raise ValidationError.single(
            field,
            say(
                "{account!r} is not an account number ({least}-8 digits)",
                account=account,
                least=MIN_ACCOUNT_LENGTH,
            ),
        )
    return account


def _pairs(text: str, field: str) -> list[tuple[str, str]]:
    pairs = []
    for item in text.split(","):
        if not item.strip():
            continue
        key, sep, account = item.partition(":")
        if not sep or not key.strip():
            raise ValidationError.single(
                field, say("{item!r} is not KEY:ACCOUNT", item=item.strip())
            )
        pairs.append((key.strip(), parse_account(account, field)))
    return pairs


def parse_rate_accounts(text: str) -> dict[Decimal, str]:
    """``"19:8400, 7:8300, 0:8200"``: the revenue account per VAT rate."""
    field = "accounting.revenue_accounts"
    return {parse_vat_rate(rate, field).normalize(): a for rate, a in _pairs(text, field)}


def parse_method_accounts(text: str) -> dict[str, str]:
    """``"cash:1000, card:1360"``: the account per payment method."""
    return {m.lower(): a for m, a in _pairs(text, "accounting.payment_accounts")}


def fiscal_year_start(day: date, month_day: str) -> date:
    """The first day of the fiscal year ``day`` is in; ``month_day`` is ``MM-DD``."""
    month, day_of_month = parse_month_day(month_day)
    start = date(day.year, month, day_of_month)
    return start if start <= day else date(day.year - 1, month, day_of_month)


def parse_month_day(text: str) -> tuple[int, int]:
    """``"01-01"`` or ``"07-01"``: a fiscal year's first day (the 29th of February never)."""
    month, sep, day = text.strip().partition("-")
    try:
        if not sep:
            raise ValueError(text)
        date(2001, int(month), int(day))  # a year without 29 February
    except ValueError:
        raise ValidationError.single(
            "accounting.fiscal_year_start",
            say("{text!r} is not a month and day such as 01-01", text=text),
        ) from None
    return int(month), int(day)
