"""Migration 0028 on PostgreSQL: a database holding customers and products gets transaction
stamps without rewriting them, new writes are stamped, deletions recorded; down and up again.
SQLite: nothing changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, bindparam, text

from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.types import UtcDateTime
from tests.support.clock import FakeClock
from tests.support.databases import PostgresRun

BEFORE = "0027"
CUSTOMERS = 2_000
STAMPED = (
    "customers",
    "products",
    "product_barcodes",
    "stock_levels",
    "exhibitions",
    "terminals",
    "document_series",
    "users",
    "cash_sessions",
    "stock_locations",
    "workshops",  # 0033
    "workshop_bookings",
    "workshop_checkins",
    "cli_sessions",  # 0034
)


@pytest.fixture
def fresh_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database of its own (downgrading the shared one would disturb other tests)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    run: PostgresRun = request.getfixturevalue("postgres_run")
    name, url = run.scratch_database()
    yield url
    run.drop_scratch(name)


def _fill(engine: Engine) -> None:
    at = bindparam("at", FakeClock().now(), type_=UtcDateTime())
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO customers (id, code, name, name_key, customer_type, search_text,"
                " registered_by, created_at, updated_at, version)"
                " SELECT n, 'C' || lpad(n::text, 7, '0'), 'Visitor ' || n, 'visitor ' || n,"
                " 'individual', 'visitor ' || n, 'carl', :at, :at, 1"
                " FROM generate_series(1, :count) AS n"
            ).bindparams(at),
            {"count": CUSTOMERS},
        )
        conn.execute(
            text(
                "INSERT INTO products (id, sku, name, price, vat_rate, active, track_stock,"
                " created_at, updated_at, version)"
                " VALUES (7, 'MUG', 'Mug', 9.5, 19, true, false, :at, :at, 1)"
            ).bindparams(at)
        )
        conn.execute(text("INSERT INTO product_barcodes VALUES ('4006381333931', 7, 0)"))


def _columns(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        found = conn.execute(
            text("SELECT table_name FROM information_schema.columns WHERE column_name = :c"),
            {"c": "changed_xid"},
        )
        return {row[0] for row in found}


@pytest.mark.parametrize("backend", [pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_upgrade_stamps_rows_and_records_deletions_and_goes_down_again(fresh_url: str) -> None:
    engine = create_engine_for(fresh_url)
    try:
        migrate.upgrade(engine, BEFORE)
        _fill(engine)
        migrate.upgrade(engine)
        state = migrate.check(engine)
        assert state.up_to_date, state.describe()
        assert _columns(engine) == {*STAMPED, "cache_deletions"}
        with engine.begin() as conn:
            stamps = conn.execute(text("SELECT DISTINCT changed_xid::text FROM customers"))
            assert stamps.scalars().all() == ["0"]  # existing rows: copied by a first refresh
            conn.execute(text("UPDATE customers SET name = 'Ada' WHERE id = 5"))
            conn.execute(text("DELETE FROM product_barcodes"))
            conn.execute(text("DELETE FROM products"))
            xid = conn.execute(text("SELECT pg_current_xact_id()::text")).scalar_one()
        with engine.connect() as conn:
            changed = conn.execute(
                text("SELECT id FROM customers WHERE changed_xid = CAST(:x AS xid8)"), {"x": xid}
            )
            assert changed.scalars().all() == [5]
            deleted = conn.execute(
                text(
                    "SELECT table_name, row_key FROM cache_deletions"
                    " WHERE changed_xid = CAST(:x AS xid8) ORDER BY id"
                ),
                {"x": xid},
            ).all()
            assert [tuple(r) for r in deleted] == [
                ("product_barcodes", {"barcode": "4006381333931"}),
                ("products", {"id": 7}),
            ]

        migrate.downgrade(engine, BEFORE)
        assert _columns(engine) == set()
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM customers")).scalar_one() == CUSTOMERS
            assert conn.execute(text("SELECT to_regclass('cache_deletions')")).scalar() is None
        migrate.upgrade(engine)
        assert migrate.check(engine).up_to_date
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite"])
def test_sqlite_is_left_as_it_was(fresh_url: str) -> None:
    engine = create_engine_for(fresh_url)
    try:
        migrate.upgrade(engine)
        assert migrate.check(engine).up_to_date
        with engine.connect() as conn:
            tables = conn.exec_driver_sql("SELECT name FROM sqlite_master").scalars().all()
            columns = conn.exec_driver_sql("PRAGMA table_info(customers)").all()
        assert "cache_deletions" not in tables
        assert "changed_xid" not in {c[1] for c in columns}
    finally:
        engine.dispose()
