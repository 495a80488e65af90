"""Several terminals at once: numbers stay gapless and unique, codes unique.

Separate processes, each with its own connection pool, as separate tills would be.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.models import AuditEvent, Customer, Invoice
from tests.conftest import Staff
from tests.support import workers

pytestmark = pytest.mark.slow


def _run(func: object, args: Sequence[tuple[object, ...]]) -> list[list[str]]:
    with multiprocessing.get_context("spawn").Pool(len(args)) as pool:
        return pool.starmap(func, args)  # type: ignore[arg-type]


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_four_terminals_share_one_gapless_series(
    services: Services, staff: Staff, database_url: str, empty_config: Path
) -> None:
    start = time.time() + 3
    results = _run(workers.sell, [(database_url, str(empty_config), 100, start)] * 4)

    numbers = [n for batch in results for n in batch]
    assert len(numbers) == 400
    assert sorted(numbers) == [f"EXPO24-T1-{i:06d}" for i in range(1, 401)]
    for batch in results:  # each till sees its own numbers rising
        assert batch == sorted(batch)
    with services.db.reader() as uow:
        stored = uow.session.scalars(select(Invoice.sequence)).all()
        audited = uow.session.scalars(
            select(AuditEvent.entity_key).where(AuditEvent.action == "invoice.issue")
        ).all()
    assert sorted(stored, key=lambda s: s or 0) == list(range(1, 401))
    assert sorted(audited, key=lambda k: k or "") == sorted(numbers)


@pytest.mark.postgres
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_four_terminals_registering_get_unique_codes(
    services: Services, staff: Staff, database_url: str, empty_config: Path
) -> None:
    start = time.time() + 3
    args = [(database_url, str(empty_config), 500, start, w) for w in range(4)]
    results = _run(workers.register, args)

    codes = [c for batch in results for c in batch]
    assert len(codes) == 2000
    assert len(set(codes)) == 2000
    with services.db.reader() as uow:
        assert len(uow.session.scalars(select(Customer.code)).all()) == 2000


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_two_processes_on_one_sqlite_file_queue_up_instead_of_failing(
    services: Services, staff: Staff, database_url: str, empty_config: Path
) -> None:
    start = time.time() + 3
    results = _run(workers.sell, [(database_url, str(empty_config), 50, start)] * 2)
    numbers = sorted(n for batch in results for n in batch)
    assert numbers == [f"EXPO24-T1-{i:06d}" for i in range(1, 101)]
