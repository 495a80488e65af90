"""Taking payments: change, split payments, and the payments a till must refuse."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.errors import LargeTender, ValidationError
from pos_desktop.domain.invoice import PaymentInput, PaymentMethod, Settlement, TenderLimit, settle

CASH, CARD = PaymentMethod.CASH, PaymentMethod.CARD
amounts = st.integers(1, 100_000_000).map(lambda n: Decimal(n).scaleb(-2))
payments = st.builds(PaymentInput, method=st.sampled_from(PaymentMethod), amount=amounts)


def _pay(gross: str, *taken: tuple[PaymentMethod, str], already_paid: str = "0") -> Settlement:
    return settle(
        Decimal(gross),
        [PaymentInput(method, Decimal(amount)) for method, amount in taken],
        "EUR",
        already_paid=Decimal(already_paid),
    )


@settings(max_examples=300, deadline=None)
@given(gross=amounts, taken=st.lists(payments, max_size=4))
def test_whatever_is_taken_the_books_stay_consistent(
    gross: Decimal, taken: list[PaymentInput]
) -> None:
    try:
        result = settle(gross, taken, "EUR")
    except ValidationError as err:
        [problem] = err.problems
        assert problem.field.startswith("payment ")
        assert "nothing is left to pay" in problem.message or "more than the" in problem.message
        return
    assert result.change >= 0
    assert result.paid <= gross
    assert result.balance == gross - result.paid >= 0
    assert result.paid == sum(p.amount for p in result.payments)
    assert result.change == sum(p.change for p in result.payments)
    for booked, as_taken in zip(result.payments, taken, strict=True):
        assert booked.tendered == as_taken.amount
        assert booked.amount + booked.change == booked.tendered
        assert booked.change >= 0
        if booked.method is CARD:
            assert booked.change == 0
    if result.change > 0:
        assert result.balance == 0


@settings(max_examples=200)
@given(gross=amounts, extra=st.integers(0, 10_000).map(lambda n: Decimal(n).scaleb(-2)))
def test_cash_beyond_the_balance_becomes_change(gross: Decimal, extra: Decimal) -> None:
    result = settle(gross, [PaymentInput(CASH, gross + extra)], "EUR")
    assert (result.paid, result.balance, result.change) == (gross, Decimal(0), extra)


@settings(max_examples=200)
@given(gross=amounts, extra=st.integers(1, 10_000).map(lambda n: Decimal(n).scaleb(-2)))
def test_a_card_payment_above_the_balance_is_refused(gross: Decimal, extra: Decimal) -> None:
    with pytest.raises(ValidationError, match="more than the") as caught:
        settle(gross, [PaymentInput(CARD, gross + extra)], "EUR")
    assert caught.value.fields == ["payment 1"]


@settings(max_examples=200)
@given(gross=amounts, taken=payments)
def test_paying_when_nothing_is_due_is_refused(gross: Decimal, taken: PaymentInput) -> None:
    with pytest.raises(ValidationError, match="nothing is left to pay"):
        settle(gross, [taken], "EUR", already_paid=gross)


def test_card_for_the_exact_balance_settles_the_invoice() -> None:
    result = _pay("120.07", (CARD, "120.07"))
    assert (result.paid, result.balance, result.change) == (
        Decimal("120.07"),
        Decimal(0),
        Decimal(0),
    )


def test_split_payment_card_first_then_cash_with_change() -> None:
    result = _pay("120.07", (CARD, "50.00"), (CASH, "100.00"))
    card, cash = result.payments
    assert (card.amount, card.change) == (Decimal("50.00"), Decimal(0))
    assert (cash.amount, cash.tendered, cash.change) == (
        Decimal("70.07"),
        Decimal("100.00"),
        Decimal("29.93"),
    )
    assert (result.paid, result.balance, result.change) == (
        Decimal("120.07"),
        Decimal(0),
        Decimal("29.93"),
    )


def test_part_payment_leaves_a_balance() -> None:
    result = _pay("120.07", (CASH, "20.00"))
    assert (result.paid, result.balance, result.change) == (
        Decimal("20.00"),
        Decimal("100.07"),
        Decimal(0),
    )


def test_earlier_payments_count() -> None:
    result = _pay("100.00", (CARD, "40.00"), already_paid="60.00")
    assert (result.paid, result.balance) == (Decimal("100.00"), Decimal(0))
    with pytest.raises(
        ValidationError, match=r"card payment of 40\.01 is more than the 40\.00 due"
    ):
        _pay("100.00", (CARD, "40.01"), already_paid="60.00")


def test_a_second_payment_after_full_cash_is_refused() -> None:
    with pytest.raises(ValidationError, match="nothing is left to pay") as caught:
        _pay("10.00", (CASH, "20.00"), (CARD, "1.00"))
    assert caught.value.fields == ["payment 2"]


def test_a_free_invoice_takes_no_payment() -> None:
    with pytest.raises(ValidationError, match="nothing is left to pay"):
        _pay("0.00", (CASH, "1.00"))
    assert _pay("0.00").balance == 0


@pytest.mark.parametrize(
    ("amount", "reason"),
    [("0", "greater than 0"), ("-5", "negative"), ("1.005", "too many decimals")],
)
def test_impossible_payment_amounts_are_refused(amount: str, reason: str) -> None:
    with pytest.raises(ValidationError, match=reason) as caught:
        _pay("10.00", (CASH, "5.00"), (CASH, amount))
    assert caught.value.fields == ["payment 2: amount"]


def test_card_reference_is_kept_on_one_line() -> None:
    result = settle(
        Decimal("10.00"), [PaymentInput(CARD, Decimal("10.00"), " auth\n 4711 ")], "EUR"
    )
    assert result.payments[0].reference == "auth 4711"


LIMIT = TenderLimit()  # 10 times what is due, at least 500


@pytest.mark.parametrize(
    ("due", "most"),
    [("5.00", "500"), ("49.99", "500"), ("50.00", "500"), ("51.00", "510"), ("1234.56", "12345.6")],
)
def test_the_plausible_cash_is_ten_times_what_is_due_but_at_least_500(due: str, most: str) -> None:
    assert LIMIT.above(Decimal(due)) == Decimal(most)
    assert TenderLimit(Decimal(3), Decimal(20)).above(Decimal(5)) == Decimal(20)


def test_cash_far_above_what_is_due_needs_a_confirmation() -> None:
    with pytest.raises(LargeTender) as caught:
        settle(
            Decimal("5.00"), [PaymentInput(CASH, Decimal(100_000_000))], "EUR", tender_limit=LIMIT
        )
    error = caught.value
    assert (error.amount, error.due, error.limit) == (
        Decimal(100_000_000),
        Decimal("5.00"),
        Decimal("500.00"),
    )
    assert error.fields == ["payment 1: cash received"]
    assert "100000000.00 EUR is far more than the 5.00 due" in str(error)

    confirmed = PaymentInput(CASH, Decimal(100_000_000), confirm_large_tender=True)
    booked = settle(Decimal("5.00"), [confirmed], "EUR", tender_limit=LIMIT)
    assert booked.change == Decimal("99999995.00")


def test_up_to_the_limit_no_question_is_asked_and_cards_never_are() -> None:
    at_limit = settle(
        Decimal("5.00"), [PaymentInput(CASH, Decimal(500))], "EUR", tender_limit=LIMIT
    )
    assert at_limit.change == Decimal("495.00")
    with pytest.raises(LargeTender):
        settle(Decimal("5.00"), [PaymentInput(CASH, Decimal("500.01"))], "EUR", tender_limit=LIMIT)
    # The limit follows what is still due after the card: 95 by card, 5 in cash.
    split = [PaymentInput(CARD, Decimal(95)), PaymentInput(CASH, Decimal(600))]
    with pytest.raises(LargeTender) as caught:
        settle(Decimal(100), split, "EUR", tender_limit=LIMIT)
    assert caught.value.fields == ["payment 2: cash received"]
    # Without a limit (the arithmetic alone), any cash is change.
    assert settle(Decimal(5), [PaymentInput(CASH, Decimal(10**8))], "EUR").change > 0
