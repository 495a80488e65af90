"""Migration 0015: a catalogue of the one-barcode days keeps every barcode, product id and the
stock and sales that refer to them; scanning still finds the products, and down again keeps the
first barcode. On a fresh SQLite file and a fresh PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, bindparam, text

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.errors import NotFound
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.types import UtcDateTime
from tests.conftest import CLI, FAST_HASHER, PASSWORD
from tests.support.clock import FakeClock
from tests.support.databases import PostgresRun

BEFORE = "0014"
PRODUCTS = (
    "INSERT INTO products (id, sku, barcode, name, price, vat_rate, active, track_stock,"
    " created_at, updated_at, version) VALUES"
    " (7, 'MUG', '4006381333931', 'Mug', 950, 19, :yes, :yes, :at, :at, 3),"
    " (9, 'PEN', NULL, 'Pen', 200, 19, :yes, :no, :at, :at, 1),"
    " (12, 'CAP', '96385074', 'Cap', 1500, 19, :no, :no, :at, :at, 2)"
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


def _old_catalogue(engine: Engine) -> None:
    with engine.begin() as conn:
        flags = {"yes": True, "no": False}
        at = bindparam("at", FakeClock().now(), type_=UtcDateTime())
        conn.execute(text(PRODUCTS).bindparams(at), flags)
        conn.execute(text("INSERT INTO stock_locations VALUES (1, 'BOOTH', 'Booth', :yes)"), flags)
        conn.execute(text("INSERT INTO stock_levels VALUES (7, 1, 5000)"))


def test_upgrade_moves_each_barcode_and_keeps_what_refers_to_products(
    fresh_url: str, empty_config: Path
) -> None:
    engine = create_engine_for(fresh_url)
    try:
        migrate.upgrade(engine, BEFORE)
        _old_catalogue(engine)
        migrate.upgrade(engine)
        state = migrate.check(engine)
        assert state.up_to_date, state.describe()
        with engine.connect() as conn:
            moved = conn.execute(
                text("SELECT barcode, product_id, position FROM product_barcodes ORDER BY 1")
            ).all()
            assert [tuple(r) for r in moved] == [("4006381333931", 7, 0), ("96385074", 12, 0)]
            kept = conn.execute(text("SELECT id, sku, version FROM products ORDER BY id")).all()
            assert [tuple(r) for r in kept] == [(7, "MUG", 3), (9, "PEN", 1), (12, "CAP", 2)]
            assert conn.execute(text("SELECT product_id FROM stock_levels")).scalar_one() == 7
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    finally:
        engine.dispose()

    settings = load_settings(
        environ={"POS_DATABASE_URL": fresh_url, "POS_CONFIG": str(empty_config)}
    )
    services = build_services(settings, hasher=FAST_HASHER)
    try:
        services.setup.initialize(
            CLI,
            admin_username="admin",
            admin_password=PASSWORD,
            exhibition=ExhibitionInput(name="Expo", code="EXPO", currency="EUR"),
        )
        mug = services.products.find(CLI, "4006381333931")
        assert (mug.id, mug.sku, mug.barcodes) == (7, "MUG", ("4006381333931",))
        with pytest.raises(NotFound):
            services.products.find(CLI, "96385074")  # CAP was retired and stays so
        services.products.edit(
            CLI,
            mug.id,
            expected_version=mug.version,
            sku="MUG",
            name="Mug",
            price="9.50",
            vat_rate="19",
            barcodes=["40170725", *mug.barcodes],
        )
        assert services.products.find(CLI, "40170725").id == 7
    finally:
        services.close()

    engine = create_engine_for(fresh_url)
    try:
        migrate.downgrade(engine, BEFORE)
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT sku, barcode FROM products ORDER BY id")).all()
        assert [tuple(r) for r in rows] == [("MUG", "40170725"), ("PEN", None), ("CAP", "96385074")]
    finally:
        engine.dispose()
