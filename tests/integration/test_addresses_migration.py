"""Migration 0019 on a database with customers and invoices in it: they stay as they were, the
new address columns are empty, no old invoice is reverse charged, and the schema matches the
models; down again drops the columns and keeps the rows. SQLite file and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from pos_desktop.bootstrap import build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from tests.conftest import CLI, FAST_HASHER, PASSWORD
from tests.support.databases import PostgresRun

BEFORE = "0018"


@pytest.fixture
def fresh_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database of its own (downgrading the shared one would disturb other tests)."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    run: PostgresRun = request.getfixturevalue("postgres_run")
    name, url = run.scratch_database()
    yield url
    run.drop_scratch(name)


def test_upgrade_keeps_customers_and_invoices_and_adds_empty_columns(
    fresh_url: str, empty_config: Path
) -> None:
    settings = load_settings(
        environ={"POS_DATABASE_URL": fresh_url, "POS_CONFIG": str(empty_config)}
    )
    engine = create_engine_for(fresh_url)
    services = build_services(settings, hasher=FAST_HASHER)
    try:
        migrate.upgrade(engine)
        services.setup.initialize(
            CLI,
            admin_username="admin",
            admin_password=PASSWORD,
            exhibition=ExhibitionInput(name="Expo", code="EXPO", currency="EUR"),
        )
        code = services.customers.register(
            CLI, CustomerInput(name="Ada Lovelace", email="ada@example.org", city="London")
        ).code
        line = LineInput("Poster", Decimal(1), Decimal("8.00"), Decimal(19))
        number = services.billing.create_invoice(CLI, SaleInput([line], code)).number
        migrate.downgrade(engine, BEFORE)  # a database as 0017 left it, with data in it
        columns = {c["name"] for c in inspect(engine).get_columns("customers")}
        assert "vat_id" not in columns and "city" in columns

        migrate.upgrade(engine)
        state = migrate.check(engine)
        assert state.up_to_date, state.describe()
        with engine.connect() as conn:
            customer = conn.execute(
                text("SELECT name, city, street, postcode, vat_id FROM customers")
            ).one()
            assert tuple(customer) == ("Ada Lovelace", "London", None, None, None)
            invoice = conn.execute(
                text("SELECT number, buyer_name, buyer_vat_id, reverse_charge FROM invoices")
            ).one()
            assert tuple(invoice) == (number, None, None, False)

        view = services.billing.get(CLI, number or "")
        assert view.customer_code == code and view.buyer is None and not view.reverse_charge
        after = services.billing.create_invoice(CLI, SaleInput([line], code))
        assert after.buyer is not None and after.buyer.city == "London"
    finally:
        services.close()
        engine.dispose()
