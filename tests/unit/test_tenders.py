"""The round amounts a touch till offers as cash handed over."""

from __future__ import annotations

from decimal import Decimal

from pos_desktop.domain.tenders import likely_tenders

D = Decimal


def test_the_next_notes_above_what_is_due() -> None:
    assert likely_tenders(D("17.30")) == [D(20), D(50), D(100)]
    assert likely_tenders(D("3.40")) == [D(5), D(10), D(20)]
    assert likely_tenders(D("47.00")) == [D(50), D(60), D(100)]  # a 50, three 20s, a 100


def test_an_amount_already_round_is_not_offered_again() -> None:
    assert likely_tenders(D(20)) == [D(50), D(100), D(200)]
    assert likely_tenders(D("250.00"), most=2) == [D(260), D(300)]
