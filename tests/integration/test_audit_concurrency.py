"""Eight tills selling at once on one PostgreSQL: one unbroken audit chain.

Separate processes with their own connection pools, as separate tills would be; each sells on
its own terminal (its own number series), so the chain's head row is the one place where their
transactions meet. Afterwards every sale has its entry, the entries are numbered 1, 2, 3, ...
in the order their transactions committed, and ``audit verify`` finds the chain intact.
"""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.models import AuditEvent, Invoice
from tests.conftest import Staff
from tests.support import audit_workers

pytestmark = pytest.mark.slow
TILLS, SALES = 8, 100


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_eight_tills_selling_at_once_leave_one_intact_chain(
    services: Services, staff: Staff, database_url: str, empty_config: Path
) -> None:
    start = time.time() + 5
    args = [(database_url, str(empty_config), f"T{n}", SALES, start) for n in range(1, TILLS + 1)]
    with multiprocessing.get_context("spawn").Pool(TILLS) as pool:
        results = pool.starmap(audit_workers.sell_at, args)

    numbers = sorted(n for batch in results for n in batch)
    assert len(numbers) == len(set(numbers)) == TILLS * SALES
    with services.db.reader() as uow:
        issued = uow.session.scalars(
            select(AuditEvent.entity_key)
            .where(AuditEvent.action == "invoice.issue")
            .order_by(AuditEvent.seq)
        ).all()
        seqs = uow.session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)).all()
        invoices = uow.session.scalar(select(func.count(Invoice.id)))
    assert sorted(str(k) for k in issued) == numbers and invoices == TILLS * SALES
    assert seqs == list(range(1, len(seqs) + 1))
    for batch in results:  # each till's sales were chained in the order it made them
        till = [k for k in issued if k in set(batch)]
        assert till == batch
    report = services.audit.verify(staff.admin)
    assert report.intact, (report.first_break, report.mismatches[:5])
    assert report.entries == len(seqs)
