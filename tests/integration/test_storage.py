"""The storage layer keeps money exact, time in UTC, and SQLite durable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for, normalize_url
from pos_desktop.storage.models import Product
from pos_desktop.storage.uow import Database


def test_sqlite_is_durable_and_strict(tmp_path: pytest.TempPathFactory) -> None:
    engine = create_engine_for(f"sqlite:///{tmp_path}/x.db")
    with engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
        }
    engine.dispose()
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "busy_timeout": 10_000,
    }


def test_postgres_urls_use_psycopg3() -> None:
    assert normalize_url("postgres://u:p@h/db").drivername == "postgresql+psycopg"
    assert normalize_url("postgresql://h/db").drivername == "postgresql+psycopg"
    with pytest.raises(ValueError, match="unsupported database"):
        normalize_url("mysql://h/db")


def test_models_and_migrations_agree(database_url: str) -> None:
    """The migrated schema is exactly what the models declare, on both databases."""
    db = Database(database_url)
    state = migrate.check(db.engine)
    db.dispose()
    assert state.differences == []
    assert state.current == state.head
    assert state.up_to_date


def test_migrations_run_down_and_up_again(tmp_path: pytest.TempPathFactory) -> None:
    engine = create_engine_for(f"sqlite:///{tmp_path}/m.db")
    migrate.upgrade(engine)
    migrate.upgrade(engine)  # idempotent
    migrate.downgrade(engine, "base")
    assert migrate.current_revision(engine) is None
    migrate.upgrade(engine)
    assert migrate.check(engine).up_to_date
    engine.dispose()


@pytest.mark.parametrize("price", ["0.01", "12.50", "99999999.99", "0.1", "1234567.8912"])
def test_money_round_trips_exactly_and_sums_exactly(database_url: str, price: str) -> None:
    db = Database(database_url)
    now = datetime.now(UTC)
    with db.unit_of_work() as uow:
        for n in range(10):
            uow.session.add(
                Product(
                    sku=f"S{n}",
                    name="x",
                    price=Decimal(price),
                    vat_rate=Decimal("7.7"),
                    created_at=now,
                    updated_at=now,
                )
            )
        uow.commit()
    with db.reader() as uow:
        stored = uow.session.scalars(select(Product.price)).all()
        total = uow.session.scalar(select(func.sum(Product.price)))
        rate = uow.session.scalar(select(Product.vat_rate).limit(1))
    db.dispose()
    assert all(p == Decimal(price) for p in stored)
    assert total == Decimal(price) * 10
    assert rate == Decimal("7.7")


def test_money_columns_refuse_floats(database_url: str) -> None:
    db = Database(database_url)
    now = datetime.now(UTC)
    with db.unit_of_work() as uow, pytest.raises(Exception, match="Decimal"):
        uow.session.add(
            Product(
                sku="F",
                name="x",
                price=12.5,
                vat_rate=Decimal(0),
                created_at=now,
                updated_at=now,
            )
        )
        uow.session.flush()
    db.dispose()


def test_times_come_back_aware_in_utc(database_url: str) -> None:
    db = Database(database_url)
    berlin = timezone(timedelta(hours=2))
    local = datetime(2026, 5, 4, 12, 30, tzinfo=berlin)
    with db.unit_of_work() as uow:
        uow.session.add(
            Product(
                sku="T",
                name="x",
                price=Decimal(1),
                vat_rate=Decimal(0),
                created_at=local,
                updated_at=local,
            )
        )
        uow.commit()
    with db.reader() as uow:
        created = uow.session.scalar(select(Product.created_at))
    db.dispose()
    assert created == datetime(2026, 5, 4, 10, 30, tzinfo=UTC)
    assert created is not None and created.utcoffset() == timedelta(0)


def test_leaving_a_unit_of_work_without_commit_saves_nothing(database_url: str) -> None:
    db = Database(database_url)
    now = datetime.now(UTC)
    with pytest.raises(RuntimeError), db.unit_of_work() as uow:
        uow.session.add(
            Product(
                sku="X",
                name="x",
                price=Decimal(1),
                vat_rate=Decimal(0),
                created_at=now,
                updated_at=now,
            )
        )
        uow.session.flush()
        raise RuntimeError("power cut")
    with db.unit_of_work() as uow:
        uow.session.add(
            Product(
                sku="Y",
                name="y",
                price=Decimal(1),
                vat_rate=Decimal(0),
                created_at=now,
                updated_at=now,
            )
        )
        # no commit
    with db.reader() as uow:
        count = uow.session.scalar(select(func.count(Product.id)))
    db.dispose()
    assert count == 0
