"""Normalising in worker processes changes nothing a user sees: same report, same rejects file
in the same order, same customers; cancel still stops at a batch boundary."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import QueuePool, select

from pos_desktop.adapters.local_tables import LocalTableFiles
from pos_desktop.adapters.table_files import TableFile
from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.import_mapping import auto_mapping
from pos_desktop.services.customer_import import ImportOptions
from pos_desktop.services.import_batches import BatchSource, worker_batches
from pos_desktop.storage.engine import SQLITE_CHECKPOINT_PAGES
from pos_desktop.storage.models import Customer
from tests.conftest import Staff
from tests.support.clock import FakeClock

DATA = Path(__file__).resolve().parents[1] / "data"
MESSY = DATA / "crm-export-messy.csv"


def stored(services: Services) -> list[tuple[object, ...]]:
    with services.db.reader() as uow:
        rows = uow.session.execute(
            select(
                Customer.name,
                Customer.email,
                Customer.phone,
                Customer.country,
                Customer.website,
                Customer.customer_type,
                Customer.external_ref,
                Customer.as_written,
            ).order_by(Customer.id)
        )
        return [tuple(r) for r in rows]


def test_workers_give_the_same_report_rejects_and_customers(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    serial_rejects, pooled_rejects = tmp_path / "serial.csv", tmp_path / "pooled.csv"
    serial = services.customer_import.run(
        staff.manager,
        MESSY,
        ImportOptions(dry_run=True, batch_size=7, processes=0, rejects_path=serial_rejects),
    )
    pooled = services.customer_import.run(
        staff.manager,
        MESSY,
        ImportOptions(dry_run=True, batch_size=7, processes=2, rejects_path=pooled_rejects),
    )
    assert serial.rejected > 0 and serial.warnings  # the file exercises both paths
    assert {**pooled.as_json(), "rejects_file": None} == {**serial.as_json(), "rejects_file": None}
    assert pooled_rejects.read_bytes() == serial_rejects.read_bytes()
    assert stored(services) == []  # dry runs

    imported = services.customer_import.run(
        staff.manager, MESSY, ImportOptions(batch_size=7, processes=2)
    )
    assert (imported.created, imported.rejected) == (serial.created, serial.rejected)
    first = stored(services)
    assert len(first) == serial.created
    again = services.customer_import.run(
        staff.manager, MESSY, ImportOptions(batch_size=7, processes=2)
    )
    assert again.created == again.updated == 0
    assert stored(services) == first


def test_cancel_with_workers_stops_at_a_batch_boundary(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    batches = 0

    def count_batch(_report: object) -> None:
        nonlocal batches
        batches += 1

    cut = services.customer_import.run(
        staff.manager,
        DATA / "customers-people-sample.csv",
        ImportOptions(batch_size=50, processes=2),
        progress=count_batch,
        cancelled=lambda: batches >= 2,
    )
    assert cut.cancelled and cut.rows == 100
    assert len(stored(services)) == 100


def test_bulk_written_customers_read_back_like_registered_ones(
    services: Services, staff: Staff, clock: FakeClock, tmp_path: Path
) -> None:
    """On PostgreSQL the new customers go in through COPY: times, JSON and the search text
    must come back exactly as the INSERT path stores them."""
    source = tmp_path / "two.csv"
    source.write_text(
        "Customer Id,Name,E-mail,Phone 1,Country,customer_type\n"
        "Q1,Zoë Müller,Zoe@Example.ORG,030 1234567,Deutschland,Alien\n"
        "Q2,Bob Stone,,+44 20 7946 0958,,\n",
        encoding="utf-8",
    )
    report = services.customer_import.run(staff.manager, source, ImportOptions())
    assert report.created == 2
    with services.db.reader() as uow:
        zoe = uow.session.scalars(select(Customer).where(Customer.external_ref == "Q1")).one()
        assert zoe.created_at == zoe.updated_at == clock.now()
        assert zoe.as_written == {"customer_type": "Alien"}
        assert (zoe.email, zoe.email_key, zoe.phone, zoe.version) == (
            "Zoe@example.org",
            "zoe@example.org",
            "+49301234567",
            1,
        )
        code = zoe.code
    found = services.customers.search(staff.manager, "muller zoe@EXAMPLE")
    assert [c.code for c in found] == [code]
    assert [c.name for c in services.customers.search(staff.manager, "7946")] == ["Bob Stone"]


def test_a_worker_imports_what_reading_and_normalising_need_only() -> None:
    """A worker is a plain interpreter running the batch module: no database, no Qt, no
    services (each of those cost a spawn()ed worker of the old kind ~100 MB)."""
    heavy = ("sqlalchemy", "PySide6", "psycopg", "pos_desktop.bootstrap", "pos_desktop.cli")
    program = (
        "import sys; from pos_desktop.services.import_batches import serve; "
        f"print(sorted(set({heavy!r}) & set(sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_worker_that_cannot_read_the_file_fails_the_import_with_its_reason(
    tmp_path: Path,
) -> None:
    source = BatchSource(
        tmp_path / "gone.csv",
        auto_mapping(("Name",)),
        keep_invalid_email=False,
        default_region="DE",
        batch_size=10,
        tables=LocalTableFiles(),
    )
    with pytest.raises(ValidationError, match="cannot be read"):
        list(worker_batches(source, 1))


def test_workers_in_turn_give_the_batches_in_file_order() -> None:
    source = BatchSource(
        MESSY,
        auto_mapping(TableFile(MESSY).info.headers),
        keep_invalid_email=False,
        default_region="DE",
        batch_size=2,
        tables=LocalTableFiles(),
    )
    alone = [(b.candidates, b.turned_down, b.extra_cells) for b in source.batches()]
    two = [(b.candidates, b.turned_down, b.extra_cells) for b in worker_batches(source, 2)]
    assert len(alone) >= 3  # each worker made some, one more than the other
    assert two == alone


def test_an_import_that_fails_midway_gives_the_garbage_collector_back(
    services: Services, staff: Staff
) -> None:
    """The import pauses Python's automatic collection while it runs (``batch_garbage``); the
    app's other threads get it back however the import ends."""
    batches = 0

    def failing_after_a_batch() -> bool:
        nonlocal batches
        batches += 1
        if batches > 1:
            raise OSError("the network share went away")
        return False

    assert gc.isenabled()
    with pytest.raises(OSError, match="went away"):
        services.customer_import.run(
            staff.manager,
            MESSY,
            ImportOptions(batch_size=2, processes=1),
            cancelled=failing_after_a_batch,
        )
    assert gc.isenabled()
    with services.db.reader() as uow:  # the batch not yet committed was rolled back
        assert uow.session.scalars(select(Customer.id)).all() == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_after_an_import_the_till_checkpoints_its_journal_as_usual(
    services: Services, staff: Staff
) -> None:
    """An import checkpoints SQLite's WAL rarely while it commits (``rare_checkpoints``); the
    connections it used go back to the pool with the default, so sales stay as they were."""
    services.customer_import.run(staff.manager, MESSY, ImportOptions(batch_size=2))
    pool = services.db.engine.pool
    assert isinstance(pool, QueuePool)
    idle = pool.checkedin()
    assert idle >= 1
    connections = [services.db.engine.connect() for _ in range(idle)]
    try:
        settings = {c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() for c in connections}
    finally:
        for connection in connections:
            connection.close()
    assert settings == {SQLITE_CHECKPOINT_PAGES}
