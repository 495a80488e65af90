"""Running totals equal the domain's totals of the same lines, whatever was added and removed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.invoice import MAX_LINES, LineInput, price_line, price_lines
from pos_desktop.domain.running_totals import RunningTotals
from tests.unit.domain.strategies import lines

# Each step adds a line, or removes the line at a position (modulo the lines there are).
steps = st.lists(st.one_of(lines(), st.integers(0, 1000)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(steps, st.booleans())
def test_totals_after_adds_and_removes_equal_pricing_the_lines_left(
    sequence: list[LineInput | int], prices_include_vat: bool
) -> None:
    running = RunningTotals()
    kept: list[LineInput] = []
    for step in sequence:
        if isinstance(step, LineInput):
            kept.append(step)
            running.add(step, price_line(step, "EUR", prices_include_vat))
        elif kept:
            gone = kept.pop(step % len(kept))
            running.remove(gone, price_line(gone, "EUR", prices_include_vat))
    expected = price_lines(kept, "EUR", prices_include_vat).totals
    assert running.totals() == expected
    assert [b.rate for b in running.totals().vat_breakdown] == [
        b.rate for b in expected.vat_breakdown
    ]
    assert running.lines == len(kept)


def _line(price: str, rate: str = "19") -> LineInput:
    return LineInput("item", Decimal(1), Decimal(price), Decimal(rate))


def test_a_rate_whose_last_line_went_leaves_the_breakdown() -> None:
    running = RunningTotals()
    coffee, book = _line("2.50", "19"), _line("12.00", "7")
    for line in (coffee, book):
        running.add(line, price_line(line, "EUR", True))
    running.remove(book, price_line(book, "EUR", True))
    assert [b.rate for b in running.totals().vat_breakdown] == [Decimal(19)]
    assert running.totals().gross == Decimal("2.50")


def test_the_invoice_wide_checks_see_the_running_count_and_sum() -> None:
    running = RunningTotals()
    with pytest.raises(ValidationError, match="at least one line"):
        running.check()
    big = _line("60000000.00")
    running.add(big, price_line(big, "EUR", True))
    running.check()
    running.add(big, price_line(big, "EUR", True))
    with pytest.raises(ValidationError, match="total is more than the maximum"):
        running.check()
    small = _line("1.00")
    running = RunningTotals()
    for _ in range(MAX_LINES + 1):
        running.add(small, price_line(small, "EUR", True))
    with pytest.raises(ValidationError, match=f"at most {MAX_LINES} lines"):
        running.check()
