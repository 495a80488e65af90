"""Three tills, a line to PostgreSQL cut at random moments (mid-COMMIT too): afterwards every
sale is on the server exactly once, numbers are gapless per till, stock equals its ledger and
the audit chain verifies (issue 22's test; ``OFFLINE_CUT_SALES`` sets the sales per till)."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.models import ActionKeyRow, Invoice, StockLevel, Terminal
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.offline_cuts import run_booth
from tests.support.offline_tills import journal_of
from tests.support.pg_proxy import PostgresProxy

SALES = int(os.environ.get("OFFLINE_CUT_SALES", "100"))
STOCK = 100_000


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_three_tills_through_random_cuts_leave_every_sale_once(
    *,
    database_url: str,
    tmp_path: Path,
    clock: FakeClock,
    proxy: PostgresProxy,
    services: Services,
    staff: Staff,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mug = services.products.add(
        staff.manager, sku="MUG", name="Mug", price="9.50", vat_rate="19", track_stock=True
    )
    services.stock.adjust(staff.manager, "MUG", str(STOCK), location="BOOTH")
    monkeypatch.setattr("pos_desktop.bootstrap.offline.RETRY_AFTER_SECONDS", 0.05)
    run = run_booth(
        database_url, proxy, tmp_path, clock, staff.cashier, product_id=mug.id, sales=SALES
    )
    try:
        assert run.errors == [], "\n".join(run.errors)
        assert proxy.cuts > 0 and run.offline_sales > 0  # the line was really cut
        for till in run.tills:
            counts = journal_of(till).entries.counts()
            assert (counts.pending, counts.conflicts) == (0, 0)
        with services.db.reader() as uow:
            session = uow.session
            for code, sold in run.sold.items():
                numbers = list(
                    session.scalars(
                        select(Invoice.number)
                        .join(Terminal, Terminal.id == Invoice.terminal_id)
                        .where(Terminal.code == code)
                        .order_by(Invoice.sequence)
                    )
                )
                assert numbers == [f"EXPO24-{code}-{n:06d}" for n in range(1, SALES + 1)]
                assert [number for _key, number in sold] == numbers  # what each till printed
                keys = [key for key, _number in sold]
                on_server = session.scalar(
                    select(func.count())
                    .select_from(ActionKeyRow)
                    .where(ActionKeyRow.key.in_(keys), ActionKeyRow.action == "invoice.issue")
                )
                assert on_server == len(set(keys)) == SALES
            level = session.scalar(
                select(StockLevel.quantity).where(StockLevel.product_id == mug.id)
            )
        assert level == Decimal(STOCK - 3 * SALES)
        levels = services.stock.ledger_sums(staff.manager)
        assert levels[("MUG", "BOOTH")] == level
        assert services.audit.verify(staff.admin).intact
    finally:
        for till in run.tills:
            till.close()
