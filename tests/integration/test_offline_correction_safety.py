"""A void, refund or edit made on a till's journal lands on its own sale on the server, or on
none: never on another sale that happens to carry the same number there.

Found in review: a sale the server refused leaves its number to the till's next sale there,
and while a till is still sending, the invoice on screen (read from the server) may be
another sale than the journal's with that number. Also: a journal whose watermark predates a
newly cached table gets that table whole. Real PostgreSQL through ``tests/support/pg_proxy.py``;
``services`` is the server itself (the back office, another till).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from sqlalchemy import Engine, delete, func, select, text, update

from pos_desktop.bootstrap import Services
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.offline_read_cache import ReadCache
from pos_desktop.services.read_cache_state import STATE
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.change_tracking import SNAPSHOT
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import Invoice, OfflineEntry, WorkshopBooking
from pos_desktop.storage.models.offline_entry import CONFLICT
from pos_desktop.ui.offline_switch import WaitsForTheLine, where_held
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.databases import SqliteTemplate
from tests.support.offline_tills import D, journal_of, sell, till_services
from tests.support.pg_proxy import PostgresProxy
from tests.support.workshops import add_workshop, customer, sell_seats

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

CATALOGUE = LineInput("Catalogue", D(1), D("12.00"), D(7))
CATALOGUE_SALE = SaleInput([CATALOGUE], None, [PaymentInput(PaymentMethod.CASH, D("12.00"))])


@pytest.fixture
def till(
    database_url: str, tmp_path: Path, clock: FakeClock, proxy: PostgresProxy
) -> Iterator[Services]:
    """A till on the server through the proxy; made after the test's own set-up (its journal's
    first copy is taken when the test asks, ``ensure``)."""
    built = till_services(proxy.url(database_url), tmp_path, clock)
    yield built
    built.close()


def statuses(services: Services) -> list[tuple[str, str, Any]]:
    with services.db.reader() as uow:
        rows = uow.session.execute(
            select(Invoice.number, Invoice.status, Invoice.gross).order_by(Invoice.id)
        ).all()
    return [(row.number, row.status, row.gross) for row in rows]


def test_a_void_of_a_sale_the_server_refused_voids_nothing_there(
    services: Services, staff: Staff, till: Services, proxy: PostgresProxy
) -> None:
    add_workshop(services, staff.manager, "TALK1")
    ada = customer(services, staff.cashier, "Ada Tester", "ada@example.org")
    journal = journal_of(till)
    journal.ensure()
    proxy.go_down()
    seat = journal.services.sale_items.find(staff.cashier, "TALK1").line(D(1))
    pay = [PaymentInput(PaymentMethod.CASH, D("25.00"))]
    seat_sale, _ = sell(till, staff.cashier, SaleInput([seat], ada, pay))
    mugs, _ = sell(till, staff.cashier)  # someone else's two mugs, paid and taken
    journal.on_journal(
        lambda s, k: s.billing.void(
            staff.manager, seat_sale.number or "", reason="changed her mind", key=k
        ),
        ActionKey.new(),
    )
    services.workshops.cancel(staff.manager, "TALK1", "speaker ill")  # meanwhile
    proxy.come_back()

    journal.sync.sync_once()

    # The seat sale was refused there, so the mugs took its number: they stay sold.
    assert statuses(services) == [(seat_sale.number, "issued", D("19.00"))]
    assert mugs.number != seat_sale.number
    void = next(e for e in journal.entries.listed() if e.kind == "void")
    assert void.state == CONFLICT
    assert "is not on the server" in (void.conflict or "")


def test_an_invoice_read_from_the_server_while_sending_is_not_edited_as_the_journals(
    services: Services, staff: Staff, till: Services, proxy: PostgresProxy, clock: FakeClock
) -> None:
    journal = journal_of(till)
    journal.ensure()
    proxy.go_down()
    mugs, offline = sell(till, staff.cashier)  # the journal's 000001
    assert offline
    clock.advance(minutes=5)
    # The server's series moved meanwhile (a COMMIT whose answer was lost).
    catalogue = services.billing.create_invoice(staff.cashier, CATALOGUE_SALE)
    assert catalogue.number == mugs.number
    proxy.come_back()
    journal.link.server_answers()  # "Back online - sending 1 sale..."
    assert journal.waiting() == 1

    seen = till.billing.get(staff.manager, catalogue.number or "")  # the server's
    two = LineInput("Catalogue", D(2), D("12.00"), D(7))
    edit = where_held(
        cast(Any, SimpleNamespace(services=till)),
        lambda s, k: s.billing.edit(
            staff.manager,
            seen.number or "",
            [two],
            reason="two, not one",
            expected_version=seen.version,
            key=k,
        ),
        number=seen.number,
        seen=seen,
    )
    with pytest.raises(WaitsForTheLine, match="still sending"):
        edit(ActionKey.new())

    journal.sync.sync_once()
    server = {number: gross for number, _status, gross in statuses(services)}
    assert server[catalogue.number or ""] == D("12.00")  # as it was sold
    assert sorted(server.values()) == [D("12.00"), D("19.00")]  # the mugs, unedited


def test_a_refund_the_server_prices_otherwise_than_the_till_paid_is_noted(
    services: Services, staff: Staff, till: Services, proxy: PostgresProxy
) -> None:
    """The cash the till paid back is compared with the server's credit note: a difference is
    a note for a manager (here made by hand: the two price one refund alike)."""
    journal = journal_of(till)
    journal.ensure()
    proxy.go_down()
    sale, _ = sell(till, staff.cashier)  # 2 x 9.50
    journal.on_journal(
        lambda s, k: s.refunds.refund(
            staff.cashier,
            sale.number or "",
            [RefundLine(1, D(1))],
            method="cash",
            reason="chipped",
            key=k,
        ),
        ActionKey.new(),
    )
    with journal.db.unit_of_work() as uow:
        entry = uow.session.scalars(select(OfflineEntry).where(OfflineEntry.kind == "refund")).one()
        payload = json.loads(entry.payload)
        assert payload["gross"] == "9.50"
        entry.payload = json.dumps({**payload, "gross": "19.00"})
        uow.commit()
    proxy.come_back()

    journal.sync.sync_once()

    refund = next(e for e in journal.entries.listed() if e.kind == "refund")
    assert refund.state == CONFLICT
    assert "the till paid back 19.00, the server's credit note 9.50" in (refund.conflict or "")


@pytest.fixture
def server(database_url: str) -> Iterator[Engine]:
    engine = create_engine_for(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def journal_file(sqlite_template: SqliteTemplate, tmp_path: Path) -> Iterator[Engine]:
    folder = tmp_path / "journal"
    folder.mkdir()
    engine = create_engine_for(sqlite_template.copy_to(folder))
    yield engine
    engine.dispose()


def test_a_journal_cached_before_bookings_were_gets_them_whole_after_the_upgrade(
    services: Services, staff: Staff, server: Engine, journal_file: Engine
) -> None:
    add_workshop(services, staff.manager, "TALK1")
    sell_seats(services, staff.cashier, "TALK1", customer(services, staff.cashier, "Ada"))
    with server.begin() as conn:  # as right after migration 0033: existing rows stamped 0
        conn.execute(text("ALTER TABLE workshop_bookings DISABLE TRIGGER USER"))
        conn.execute(text("UPDATE workshop_bookings SET changed_xid = '0'"))
        conn.execute(text("ALTER TABLE workshop_bookings ENABLE TRIGGER USER"))
    cache = ReadCache(server, journal_file, "T1")
    cache.refresh()
    # The journal as the version before cached it: no bookings, its watermark the old kind.
    with server.connect() as conn:
        database = conn.execute(SNAPSHOT).one().server
    with journal_file.begin() as conn:
        conn.execute(delete(WorkshopBooking))
        conn.execute(update(STATE).values(server=database))

    result = cache.refresh()

    assert result.full
    with journal_file.connect() as conn:
        assert conn.execute(select(func.count()).select_from(WorkshopBooking)).scalar_one() == 1
