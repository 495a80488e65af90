"""The terminal's read cache (issue 22, docs/offline-design.md decision 7): a real PostgreSQL
server and a real SQLite journal file, migrated like any database of the app."""

from __future__ import annotations

import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, Executable, func, select, text

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Role
from pos_desktop.services.offline_read_cache import ReadCache
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import (
    CashSession,
    CliSession,
    Customer,
    DocumentSeries,
    Product,
    ProductBarcode,
    StockMovement,
    Terminal,
    User,
)
from tests.conftest import PASSWORD, Staff
from tests.support.databases import SqliteTemplate

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

D = Decimal
#: How long to wait for transactions of other test runs on the same server to end.
SETTLE_SECONDS = 30


@pytest.fixture
def journal(sqlite_template: SqliteTemplate, tmp_path: Path) -> Iterator[Engine]:
    """The terminal's journal: a SQLite file with the whole schema (a copy of a migrated one)."""
    folder = tmp_path / "journal"
    folder.mkdir()
    engine = create_engine_for(sqlite_template.copy_to(folder))
    yield engine
    engine.dispose()


@pytest.fixture
def server(database_url: str) -> Iterator[Engine]:
    engine = create_engine_for(database_url)
    yield engine
    engine.dispose()


def settle(server: Engine) -> None:
    """Wait until every transaction that began before now has ended (this server is shared
    with other test runs): a snapshot's ``xmin`` then lies above every row written so far, so
    the next refresh's watermark does too."""
    with server.begin() as conn:
        now = int(conn.execute(text("SELECT pg_current_xact_id()::text")).scalar_one())
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        with server.connect() as conn:
            xmin = conn.execute(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"))
            if int(xmin.scalar_one()) > now:
                return
        time.sleep(0.05)
    pytest.fail("a transaction on the test server stayed open for 30 s")


def sell(services: Services, staff: Staff, customer: str | None = None) -> str:
    line = LineInput("Poster", D(1), D("12.50"), D(19))
    pay = [PaymentInput(PaymentMethod.CASH, D("12.50"))]
    view = services.billing.create_invoice(staff.cashier, SaleInput([line], customer, pay))
    assert view.number is not None
    return view.number


def booth(services: Services, staff: Staff) -> dict[str, str]:
    """A till's day so far: customers, products with barcodes, an open drawer, one sale."""
    codes = {}
    for name in ("Ada Lovelace", "Grace Hopper", "Alan Turing"):
        view = services.customers.register(
            staff.cashier, CustomerInput(name=name, email=f"{name.split()[0].lower()}@ex.org")
        )
        codes[name] = view.code
    services.products.add(
        staff.admin, sku="MUG", name="Mug", price="9.50", vat_rate="19", barcodes=["4006381333931"]
    )
    services.products.add(staff.admin, sku="PEN", name="Pen", price="2.00", vat_rate="19")
    services.cash_sessions.open(staff.cashier, "100.00")
    sell(services, staff, codes["Ada Lovelace"])
    return codes


def rows(journal: Engine, query: Executable) -> list[tuple[Any, ...]]:
    with journal.connect() as conn:
        return [tuple(r) for r in conn.execute(query)]


def test_first_refresh_copies_what_the_till_sells_with(
    services: Services, staff: Staff, server: Engine, journal: Engine
) -> None:
    codes = booth(services, staff)
    services.users.add_user(staff.admin, username="zoe", password=PASSWORD, role=Role.CASHIER)
    cache = ReadCache(server, journal, "T1")
    assert cache.watermark() is None

    result = cache.refresh()

    assert result.full and result.watermark_before is None
    assert result.rows["customers"] == 3 and result.rows["products"] == 2
    assert sorted(rows(journal, select(Customer.code, Customer.name))) == sorted(
        (code, name) for name, code in codes.items()
    )
    assert rows(journal, select(Product.sku, Product.price).order_by(Product.sku)) == [
        ("MUG", D("9.50")),
        ("PEN", D("2.00")),
    ]
    assert rows(journal, select(ProductBarcode.barcode)) == [("4006381333931",)]
    # Users who logged in on this terminal, with their hashes (offline login); zoe never did.
    with server.connect() as conn:
        hashes = dict(conn.execute(select(User.username, User.password_hash)).all())
    cached: dict[str, str] = dict(rows(journal, select(User.username, User.password_hash)))
    assert cached == {name: hashes[name] for name in ("admin", "maria", "carl")}
    # This terminal, its series after the one sale, its open drawer.
    assert rows(journal, select(Terminal.code)) == [("T1",)]
    assert rows(journal, select(DocumentSeries.last_number)) == [(1,)]
    assert rows(journal, select(CashSession.float_amount, CashSession.closed_at)) == [
        (D("100.00"), None)
    ]
    with journal.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert cache.watermark() == result.watermark_after


def test_later_refresh_reads_only_rows_that_changed(
    services: Services, staff: Staff, server: Engine, journal: Engine
) -> None:
    codes = booth(services, staff)
    cache = ReadCache(server, journal, "T1")
    settle(server)
    first = cache.refresh()
    with server.begin() as conn:
        conn.execute(
            text(
                "UPDATE customers SET name = 'Ada King', search_text = search_text || ' ada king'"
                " WHERE code = :code"
            ),
            {"code": codes["Ada Lovelace"]},
        )
        conn.execute(text("UPDATE products SET price = 11.00 WHERE sku = 'MUG'"))
        conn.execute(
            text(
                "INSERT INTO product_barcodes SELECT '96385074', id, 1 FROM products"
                " WHERE sku = 'PEN'"
            )
        )

    second = cache.refresh()

    assert not second.full and second.watermark_before == first.watermark_after
    read = {name: count for name, count in second.rows.items() if count}
    assert read == {"customers": 1, "products": 1, "product_barcodes": 1}
    assert rows(journal, select(Customer.name).where(Customer.code == codes["Ada Lovelace"])) == [
        ("Ada King",)
    ]
    found = text(
        "SELECT c.code FROM customer_search s JOIN customers c ON c.id = s.rowid"
        " WHERE customer_search MATCH '\"king\"'"
    )
    assert rows(journal, found) == [(codes["Ada Lovelace"],)]  # the till's search finds her
    assert rows(journal, select(Product.price).where(Product.sku == "MUG")) == [(D("11.00"),)]
    assert len(rows(journal, select(ProductBarcode.barcode))) == 2
    assert rows(journal, select(func.count()).select_from(Customer)) == [(3,)]


def test_a_row_committed_after_a_refresh_began_is_read_by_the_next(
    services: Services, staff: Staff, server: Engine, journal: Engine
) -> None:
    """The reason for snapshot watermarks: a transaction that wrote a row before a refresh
    and committed after it has a lower id than rows the refresh read. Taking the highest id
    read as the next watermark would lose that row for good."""
    codes = booth(services, staff)
    cache = ReadCache(server, journal, "T1")
    cache.refresh()
    slow = server.connect()
    try:
        with slow.begin():
            slow.execute(
                text("UPDATE customers SET name = 'Ada (slow)' WHERE code = :code"),
                {"code": codes["Ada Lovelace"]},
            )
            slow_xid = int(slow.execute(text("SELECT pg_current_xact_id()::text")).scalar_one())
            with server.begin() as quick:  # a later transaction commits first
                quick.execute(
                    text("UPDATE customers SET name = 'Grace (quick)' WHERE code = :code"),
                    {"code": codes["Grace Hopper"]},
                )
            during = cache.refresh()
        # ... and now the slow one commits.
    finally:
        slow.close()
    names = select(Customer.name).order_by(Customer.name)
    assert ("Grace (quick)",) in rows(journal, names)
    assert ("Ada (slow)",) not in rows(journal, names)

    cache.refresh()

    assert rows(journal, names) == [("Ada (slow)",), ("Alan Turing",), ("Grace (quick)",)]
    # How: the refresh during the slow transaction kept a watermark at or below its id.
    assert during.watermark_after <= slow_xid


def test_rows_deleted_on_the_server_leave_the_cache(
    services: Services, staff: Staff, server: Engine, journal: Engine
) -> None:
    codes = booth(services, staff)
    services.products.add(staff.admin, sku="CAP", name="Cap", price="15", vat_rate="19")
    cache = ReadCache(server, journal, "T1")
    cache.refresh()
    # The journal sold pens offline (its own stock movement refers to the product).
    with journal.begin() as conn:
        pen = conn.execute(select(Product.id).where(Product.sku == "PEN")).scalar_one()
        conn.execute(
            StockMovement.__table__.insert(),  # type: ignore[attr-defined]
            {
                "product_id": pen,
                "location_id": _location(conn),
                "quantity": D(-1),
                "reason": "sale",
                "at": services.clock.now(),
                "by": "carl",
            },
        )
    with server.begin() as conn:
        conn.execute(text("DELETE FROM product_barcodes WHERE barcode = '4006381333931'"))
        conn.execute(text("DELETE FROM products WHERE sku IN ('MUG', 'CAP', 'PEN')"))
        turing = {"code": codes["Alan Turing"]}
        conn.execute(
            text(
                "DELETE FROM outbox_messages WHERE customer_id ="
                " (SELECT id FROM customers WHERE code = :code)"
            ),
            turing,
        )
        conn.execute(text("DELETE FROM customers WHERE code = :code"), turing)

    result = cache.refresh()

    assert result.deleted == {"product_barcodes": 1, "products": 2, "customers": 1}
    assert result.kept == {"products": 1}
    # What is gone cannot be sold; the pen the journal refers to stays, but not for sale.
    assert rows(journal, select(Product.sku, Product.active)) == [("PEN", False)]
    assert rows(journal, select(ProductBarcode.barcode)) == []
    assert sorted(rows(journal, select(Customer.code))) == sorted(
        (codes[n],) for n in ("Ada Lovelace", "Grace Hopper")
    )


def _location(conn: Connection) -> int:
    """A stock location in the journal (made there: the server has none in this test)."""
    conn.execute(text("INSERT INTO stock_locations (code, name, active) VALUES ('VAN', 'Van', 1)"))
    return int(conn.execute(text("SELECT id FROM stock_locations WHERE code = 'VAN'")).scalar_one())


def test_series_numbers_and_drawer_follow_the_server_but_never_go_back(
    services: Services, staff: Staff, server: Engine, journal: Engine
) -> None:
    booth(services, staff)
    cache = ReadCache(server, journal, "T1")
    cache.refresh()
    sell(services, staff)
    sell(services, staff)
    services.cash_sessions.close(staff.cashier, "137.50")

    cache.refresh()

    assert rows(journal, select(DocumentSeries.last_number)) == [(3,)]
    (closed,) = rows(journal, select(CashSession.closed_at, CashSession.counted_cash))
    assert closed[0] is not None and closed[1] == D("137.50")
    # The journal numbered further offline than the server knows yet: it keeps its number.
    with journal.begin() as conn:
        conn.execute(text("UPDATE document_series SET last_number = 7"))
    sell(services, staff)
    cache.refresh()
    assert rows(journal, select(DocumentSeries.last_number)) == [(7,)]


def test_users_who_log_in_here_later_are_cached_then_with_new_passwords(
    services: Services, staff: Staff, server: Engine, journal: Engine
) -> None:
    booth(services, staff)
    services.users.add_user(staff.admin, username="zoe", password=PASSWORD, role=Role.CASHIER)
    cache = ReadCache(server, journal, "T1")
    cache.refresh()
    assert rows(journal, select(User.id).where(User.username == "zoe")) == []

    services.users.login("zoe", PASSWORD)
    cache.refresh()
    with server.connect() as conn:
        hashed = conn.execute(select(User.password_hash).where(User.username == "zoe")).scalar_one()
    assert rows(journal, select(User.password_hash).where(User.username == "zoe")) == [(hashed,)]

    with server.begin() as conn:
        conn.execute(
            text(
                "UPDATE users SET password_hash = 'new', version = version + 1"
                " WHERE username = 'zoe'"
            )
        )
    cache.refresh()
    assert rows(journal, select(User.password_hash).where(User.username == "zoe")) == [("new",)]


def test_a_command_line_login_after_the_copy_reaches_the_journal_and_its_logout_too(
    services: Services, staff: Staff, server: Engine, journal: Engine
) -> None:
    """A script logs in after the till's last copy, then the line drops: its token must be
    known offline; and a token logged out on the server must stop working offline too."""
    booth(services, staff)
    cache = ReadCache(server, journal, "T1")
    cache.refresh()
    assert rows(journal, select(CliSession.id)) == []

    login = services.cli_sessions.start("carl", PASSWORD)
    cache.refresh()
    with server.connect() as conn:
        kept = conn.execute(select(CliSession.token_hash)).scalar_one()
    assert rows(journal, select(CliSession.token_hash)) == [(kept,)]

    services.cli_sessions.end(login.token)
    result = cache.refresh()
    assert result.deleted.get("cli_sessions") == 1
    assert rows(journal, select(CliSession.id)) == []


def test_a_watermark_of_another_database_is_not_used(
    services: Services, staff: Staff, server: Engine, journal: Engine
) -> None:
    booth(services, staff)
    cache = ReadCache(server, journal, "T1")
    cache.refresh()
    with journal.begin() as conn:
        conn.execute(text("UPDATE read_cache_state SET server = '1/elsewhere'"))

    again = cache.refresh()

    assert again.full and again.rows["customers"] == 3
