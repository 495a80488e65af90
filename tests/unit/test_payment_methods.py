"""The payment-method table: every method has its rules, and the rules drive the till."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos_desktop.adapters.document_catalogues import documents_text
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import PaymentInput, settle
from pos_desktop.domain.payment_methods import METHODS, PaymentMethod, opens_drawer, rules_of

D = Decimal


def test_every_method_has_rules_and_an_english_refund_wording() -> None:
    assert set(METHODS) == set(PaymentMethod)
    for method in PaymentMethod:
        rules = rules_of(method.value)
        assert rules.method is method
        assert rules.payback.startswith("The amount") and rules.refund_label.endswith("refund")


def test_cash_gives_change_and_opens_the_drawer_a_card_does_neither() -> None:
    paid = settle(D("18.20"), [PaymentInput(PaymentMethod.CASH, D(20))], "EUR")
    assert (paid.change, paid.balance) == (D("1.80"), D(0))
    with pytest.raises(ValidationError, match=r"more than the 18\.20 due"):
        settle(D("18.20"), [PaymentInput(PaymentMethod.CARD, D(20), "AUTH1")], "EUR")
    assert opens_drawer(["card", "cash"])
    assert not opens_drawer([PaymentMethod.CARD])
    assert rules_of("cash").refund_label == "Cash refund"
    german = documents_text("de").gettext  # the documents' catalogues say it in German
    assert german(rules_of("card").payback).startswith("Der Betrag wird auf die Karte")
