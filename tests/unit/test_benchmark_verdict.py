"""A benchmark's exit code says whether its targets hold: rows without a target don't count."""

from __future__ import annotations

from tests.benchmarks.verdict import FAIL, NO_TARGET, PASS, exit_code, verdict


def test_a_figure_under_its_target_passes_and_one_at_or_over_it_fails() -> None:
    assert verdict(7.9, 8.0) == PASS
    assert verdict(8.0, 8.0) == FAIL
    assert verdict(12.0, 8.0) == FAIL


def test_a_rate_passes_when_it_reaches_its_target() -> None:
    assert verdict(20_000.0, 20_000.0, at_least=True) == PASS
    assert verdict(19_999.0, 20_000.0, at_least=True) == FAIL


def test_a_row_without_a_target_has_no_verdict() -> None:
    assert verdict(1234.0, None) == NO_TARGET


def test_rows_without_a_target_do_not_fail_a_run_whose_targets_hold() -> None:
    # tests.benchmarks.stock: three rows with targets met, the barcode row without one.
    rows = [verdict(5.1, 8.0), verdict(120.0, 200.0), verdict(250.0, 300.0), verdict(0.4, None)]
    assert exit_code(rows) == 0


def test_one_missed_target_fails_the_run() -> None:
    assert exit_code([verdict(5.1, 8.0), verdict(9.0, 8.0), verdict(0.4, None)]) == 1


def test_a_run_without_targets_succeeds() -> None:
    assert exit_code([verdict(1.0, None)]) == 0
    assert exit_code([]) == 0
