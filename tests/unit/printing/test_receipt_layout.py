"""The receipt layout: what the text says, at every paper width, never wider than the paper."""

from __future__ import annotations

import pytest

from pos_desktop.domain.receipt import COPY_MARK, TextRow, receipt_layout, receipt_text
from tests.support.receipts import sample_receipt


@pytest.mark.parametrize("columns", [32, 42, 48])
def test_no_row_is_wider_than_the_paper(columns: int) -> None:
    receipt = sample_receipt(lines=10, description="Ünïcödé " + "x" * 70)
    for block in receipt_layout(receipt, columns):
        if isinstance(block, TextRow):
            limit = columns // 2 if block.large else columns
            assert len(block.text) <= limit, block
    for line in receipt_text(receipt, columns).splitlines():
        assert len(line) <= columns, line


def test_the_text_says_number_customer_lines_totals_and_change() -> None:
    text = receipt_text(sample_receipt(lines=2), 42)
    assert "EXPO26-T1-000042" in text
    assert "Zoë Ångström-Müller (7KX2M9P9)" in text
    assert "Cashier: Jürgen" in text
    assert "2026-05-04" in text
    assert "1 x 12.50" in text
    assert "2 x 13.50" in text
    assert "Discount 10%" in text and "-2.70" in text
    assert "€36.80" in text  # 12.50 + 27.00 - 2.70
    assert "57.00" in text and "20.20" in text  # handed over, change
    assert COPY_MARK not in text


def test_long_descriptions_wrap_instead_of_being_cut() -> None:
    text = receipt_text(sample_receipt(lines=1), 32)
    joined = " ".join(text.split())
    assert "Exhibition catalogue (hardcover, signed by the curator) #1" in joined


def test_a_reprint_says_copy_at_top_and_bottom() -> None:
    lines = receipt_text(sample_receipt(copy=True), 48).splitlines()
    assert lines[0].strip() == COPY_MARK
    assert lines[-1].strip() == COPY_MARK


def test_vat_breakdown_has_one_row_per_rate() -> None:
    text = receipt_text(sample_receipt(lines=3), 48)
    rows = [ln for ln in text.splitlines() if ln.startswith(("A ", "B "))]
    assert len(rows) == 2
    assert "7%" in rows[0] and "19%" in rows[1]
