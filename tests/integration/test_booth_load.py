"""The booth load generator (``tests.benchmarks.booth``) run small: two tills on one
PostgreSQL, each in its own process, at a quick pace then in a burst. What the benchmark
reports must be what the database holds: every action done without an error, each terminal's
numbers gapless, the audit chain intact."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import text

from pos_desktop.bootstrap import Services
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.sales import SaleInput
from tests.benchmarks.booth import numbering_problems, parse_args, percentile, run
from tests.conftest import Staff
from tests.support.databases import PostgresRun


@pytest.mark.postgres
def test_two_tills_sell_at_once_without_an_error_or_a_gap(postgres_run: PostgresRun) -> None:
    verdict = run(parse_args(["--terminals", "2", "--pace", "0.3", "--human", "2", "--burst", "1"]))

    assert verdict.errors == 0
    assert verdict.problems == ()
    assert verdict.gapless and verdict.chain_intact
    assert 0 < verdict.sale_p95_ms < 60_000  # timed: a real figure, whatever the machine


def test_percentiles_are_nearest_rank() -> None:
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 0.5) == 50.0
    assert percentile(values, 0.95) == 95.0
    assert percentile(values, 0.99) == 99.0
    assert percentile([7.0], 0.95) == 7.0


def test_a_gap_in_a_terminals_numbers_is_reported(
    services: Services, staff: Staff, database_url: str
) -> None:
    sale = SaleInput(
        [LineInput("Catalogue", Decimal(1), Decimal("12.50"), Decimal(7))],
        None,
        [PaymentInput(PaymentMethod.CARD, Decimal("12.50"))],
    )
    for _ in range(3):
        services.billing.create_invoice(staff.cashier, sale)
    assert numbering_problems(database_url) == []

    with services.db.engine.begin() as conn:  # as a lost sale would leave it
        conn.execute(text("UPDATE invoices SET sequence = 7 WHERE sequence = 2"))

    assert numbering_problems(database_url) == ["terminal T1: sequences are not 1..3"]
