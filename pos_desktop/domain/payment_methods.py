"""What each way of paying means at the till, in one table.

Cash gives change, needs no reference and opens the drawer; a card
payment may not exceed what is due and carries the terminal's authorisation code. Everything
that behaves differently by method asks this table instead of comparing with ``"cash"``, so a
new method (a voucher, a mobile wallet) is one row here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from pos_desktop.domain.document_text import N_


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"


@dataclass(frozen=True, slots=True)
class MethodRules:
    method: PaymentMethod
    #: On the receipt, the screens and the reports (English; documents translate it).
    label: str
    #: More may be handed over than is due; the rest is change (otherwise: refused).
    gives_change: bool
    #: Takes a reference (an authorisation code); a method without one refuses it.
    takes_reference: bool
    #: Taking or paying back this money kicks the cash drawer open.
    opens_drawer: bool
    #: How the money goes back, as the refund notice says it (English; the documents'
    #: catalogues translate it).
    payback: str
    #: The slip's line for money paid back this way ("Cash refund").
    refund_label: str


METHODS: Mapping[PaymentMethod, MethodRules] = MappingProxyType(
    {
        PaymentMethod.CASH: MethodRules(
            PaymentMethod.CASH,
            label=N_("Cash"),
            gives_change=True,
            takes_reference=False,
            opens_drawer=True,
            payback=N_("The amount is paid back to you in cash."),
            refund_label=N_("Cash refund"),
        ),
        PaymentMethod.CARD: MethodRules(
            PaymentMethod.CARD,
            label=N_("Card"),
            gives_change=False,
            takes_reference=True,
            opens_drawer=False,
            payback=N_("The amount goes back to the card you paid with."),
            refund_label=N_("Card refund"),
        ),
    }
)


def rules_of(method: PaymentMethod | str) -> MethodRules:
    """The rules of ``method`` (a ``PaymentMethod`` or its stored value)."""
    return METHODS[PaymentMethod(method)]


def opens_drawer(methods: Iterable[PaymentMethod | str]) -> bool:
    """Whether any of ``methods`` (values or ``PaymentMethod``s) kicks the drawer open."""
    return any(rules_of(m).opens_drawer for m in methods)
