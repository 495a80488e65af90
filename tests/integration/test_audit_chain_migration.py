"""Migration 0021: a database of the days before the chain gets one on upgrade.

A shift's sales, an edit, a void, a refund and a closing are made, the database is taken back to
0017 (the chain dropped, the documents JSON again), an old-style entry and an invoice nobody
audited are added with plain SQL, and the upgrade chains it all: verify is intact, the old
entries say what they said, every record is vouched for, and selling goes on along the chain.
On a fresh SQLite file and a fresh PostgreSQL database.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, bindparam, func, inspect, select, text

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import load_settings
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import AuditEvent
from pos_desktop.storage.types import UtcDateTime
from tests.conftest import CLI, FAST_HASHER, PASSWORD
from tests.support.clock import FakeClock
from tests.support.databases import PostgresRun

D = Decimal
BEFORE = "0020"
INVOICE_COLUMNS = (
    "exhibition_id, terminal_id, customer_id, currency, prices_include_vat, net, vat, gross,"
    " discount, paid, change, cashier_user_id, cashier_name, issued_at, revision, created_at,"
    " version"
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


def services_on(url: str, config: Path) -> Services:
    settings = load_settings(environ={"POS_DATABASE_URL": url, "POS_CONFIG": str(config)})
    return build_services(settings, clock=FakeClock(), hasher=FAST_HASHER)


def sell(services: Services, *lines: LineInput, pay: str | None = None) -> str:
    payments = [PaymentInput(PaymentMethod.CASH, D(pay))] if pay else []
    view = services.billing.create_invoice(CLI, SaleInput(list(lines), None, payments))
    assert view.number is not None
    return view.number


def a_shift(services: Services) -> list[str]:
    services.setup.initialize(
        CLI,
        admin_username="admin",
        admin_password=PASSWORD,
        exhibition=ExhibitionInput(name="Expo", code="EXPO", currency="EUR"),
    )
    services.cash_sessions.open(CLI, "50")
    poster, mug = LineInput("Poster", D(2), D("20.00"), D(19)), LineInput("Mug", D(1), D(9), D(7))
    numbers = [sell(services, poster, mug, pay="49"), sell(services, mug), sell(services, poster)]
    services.billing.pay(CLI, numbers[1], [PaymentInput(PaymentMethod.CARD, D(9), "AUTH1")])
    edited = services.billing.get(CLI, numbers[2])
    services.billing.edit(
        CLI, numbers[2], [mug], reason="wrong item", expected_version=edited.version
    )
    services.billing.void(CLI, numbers[2], reason="left without paying")
    services.refunds.refund(CLI, numbers[0], method="cash", reason="changed their mind")
    services.cash_sessions.close(CLI, "90")
    return numbers


def old_entries(engine: Engine) -> list[tuple[int, str, str, str | None]]:
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, action, summary, after FROM audit_events ORDER BY id")
        ).all()
    return [(r[0], r[1], r[2], None if r[3] is None else str(r[3])) for r in rows]


def test_upgrade_chains_what_was_there_and_selling_goes_on(
    fresh_url: str, empty_config: Path
) -> None:
    engine = create_engine_for(fresh_url)
    try:
        migrate.upgrade(engine)
        services = services_on(fresh_url, empty_config)
        try:
            numbers = a_shift(services)
        finally:
            services.close()

        migrate.downgrade(engine, BEFORE)
        assert "seq" not in {c["name"] for c in inspect(engine).get_columns("audit_events")}
        assert "audit_chain_head" not in inspect(engine).get_table_names()
        at = bindparam("at", FakeClock().now(), type_=UtcDateTime())
        with engine.begin() as conn:  # the old code's JSON, spaces and all; an unaudited sale
            conn.execute(
                text(
                    "INSERT INTO audit_events (occurred_at, actor, action, entity_type,"
                    " entity_key, summary, after) VALUES (:at, 'admin', 'product.add',"
                    " 'product', 'MUG', 'product MUG added', :after)"
                ).bindparams(at),
                {"after": '{"sku": "MUG", "price": "9.00"}'},
            )
            conn.execute(
                text(
                    f"INSERT INTO invoices (number, status, {INVOICE_COLUMNS})"
                    f" SELECT 'EXPO-T1-000900', 'issued', {INVOICE_COLUMNS} FROM invoices"
                    " WHERE number = :n"
                ),
                {"n": numbers[1]},
            )
        before = old_entries(engine)

        migrate.upgrade(engine)
        state = migrate.check(engine)
        assert state.up_to_date, state.describe()
        after = old_entries(engine)
        assert [(i, a, s) for i, a, s, _doc in after[: len(before)]] == [
            (i, a, s) for i, a, s, _doc in before
        ]
        assert '"price"' in str(after[len(before) - 1][3])
        assert [a for _i, a, _s, _d in after[len(before) :]] == ["audit.adopt", "audit.upgrade"]
        with engine.connect() as conn:
            seqs = conn.scalars(select(AuditEvent.seq).order_by(AuditEvent.id)).all()
            vouched = dict(
                conn.execute(
                    select(AuditEvent.action, func.count())
                    .where(AuditEvent.digest.is_not(None))
                    .group_by(AuditEvent.action)
                ).all()
            )
        assert seqs == list(range(1, len(before) + 3))
        # The latest entry of each record: 3 invoices (issue, pay, void), the refund, the
        # closing, and the invoice made with SQL adopted.
        assert vouched == {
            "invoice.issue": 1,
            "invoice.pay": 1,
            "invoice.void": 1,
            "invoice.refund": 1,
            "cash_session.close": 1,
            "audit.adopt": 1,
        }
    finally:
        engine.dispose()

    services = services_on(fresh_url, empty_config)
    try:
        report = services.audit.verify(CLI)
        assert report.intact, report
        assert report.entries == len(before) + 2
        sell(services, LineInput("Pen", D(1), D("1.50"), D(19)), pay="1.50")
        report = services.audit.verify(CLI)
        assert report.intact and report.head_seq == len(before) + 3
        z = services.cash_sessions.z_report(CLI)
        assert z.audit_seal is not None  # the closing before the upgrade, as chained by it
    finally:
        services.close()

    engine = create_engine_for(fresh_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE payments SET amount = amount / 2"))
        services = services_on(fresh_url, empty_config)
        try:
            changed = {m.name for m in services.audit.verify(CLI).mismatches}
        finally:
            services.close()
        assert changed >= {f"invoice {numbers[0]}", f"invoice {numbers[1]}"}
        migrate.downgrade(engine, BEFORE)  # and back again, documents as JSON
        with engine.connect() as conn:
            document = conn.execute(
                text("SELECT after FROM audit_events WHERE action = 'product.add'")
            ).scalar_one()
        assert (document if isinstance(document, str) else str(document)).count("MUG") == 1
    finally:
        engine.dispose()
