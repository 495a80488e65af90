"""A till keeps selling on its offline journal while PostgreSQL does not answer, and sync puts
every entry on the server exactly once (docs/offline-design.md, steps 1-3).

The till reaches the real PostgreSQL through ``tests/support/pg_proxy.py``: ``go_down`` is the
hall's network dropping, ``cut_after_commit`` a COMMIT whose answer is lost.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import DatabaseSettings, Settings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.connectivity import Connectivity, Link
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import NotFound
from pos_desktop.services.events import LinkChanged
from pos_desktop.services.offline_cache_fill import FillResult
from pos_desktop.services.offline_read_cache import RefreshResult
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.services.session_report import SessionReport
from pos_desktop.storage import migrate
from pos_desktop.storage.models import (
    ActionKeyRow,
    CashSession,
    Customer,
    Invoice,
    OutboxMessage,
    PrintJob,
)
from tests.conftest import FAST_HASHER, Staff
from tests.support.clock import FakeClock
from tests.support.offline_tills import SALE, D, journal_of, sell
from tests.support.pg_proxy import PostgresProxy
from tests.support.socket_printer import SocketPrinter

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def count(services: Services, model: type, *where: object) -> int:
    with services.db.reader() as uow:
        query = select(func.count()).select_from(model)
        for condition in where:
            query = query.where(condition)  # type: ignore[arg-type]
        return int(uow.session.scalar(query) or 0)


def test_the_journal_is_a_private_sqlite_file_with_the_whole_schema(
    till: Services, tmp_path: Path
) -> None:
    journal = journal_of(till)
    assert journal.path == tmp_path / "journal" / "T1.sqlite3"
    assert stat.S_IMODE(journal.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal.path.parent.stat().st_mode) == 0o700
    state = migrate.check(journal.db.engine)
    assert state.up_to_date, state.describe()
    offline = journal.services
    assert offline.users.login("carl", "correct horse battery").username == "carl"
    assert offline.billing.till(offline.users.login("carl", "correct horse battery")).currency == (
        "EUR"
    )


def test_a_sqlite_till_keeps_no_journal(backend: str, tmp_path: Path) -> None:
    assert backend == "postgresql"  # the module's; this till is on SQLite whatever it is
    settings = Settings(database=DatabaseSettings(url=f"sqlite:///{tmp_path / 'pos.sqlite3'}"))
    services = build_services(settings)
    assert services.offline is None
    services.close()


def test_offline_sales_go_on_from_the_servers_numbers_and_sync_once(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    online, offline = sell(till, staff.cashier)
    assert (online.number, offline) == ("EXPO24-T1-000001", False)
    proxy.go_down()
    numbers = []
    for _ in range(3):
        view, offline = sell(till, staff.cashier)
        assert offline
        numbers.append(view.number)
    assert numbers == ["EXPO24-T1-000002", "EXPO24-T1-000003", "EXPO24-T1-000004"]
    journal = journal_of(till)
    assert journal.entries.counts().pending == 3
    cut = journal.sync.sync_once()
    assert (cut.pushed, cut.pending) == (0, 3)
    assert "cannot be reached" in cut.error
    proxy.come_back()
    result = journal.sync.sync_once()
    assert (result.pushed, result.pending, result.conflicts) == (3, 0, 0)
    assert result.refreshed
    with services.db.reader() as uow:
        on_server = list(uow.session.scalars(select(Invoice.number).order_by(Invoice.number)))
    assert on_server == [f"EXPO24-T1-{n:06d}" for n in range(1, 5)]
    assert journal.sync.sync_once().pushed == 0  # nothing twice
    assert count(services, Invoice) == 4
    view, offline = sell(till, staff.cashier)  # online again, going on from there
    assert (view.number, offline) == ("EXPO24-T1-000005", False)


def test_a_registration_offline_is_sold_to_and_gets_its_welcome_after_sync(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    proxy.go_down()
    journal = journal_of(till)
    data = CustomerInput(name="Grace Hopper", email="grace@example.com")
    customer, offline = journal.run(
        lambda s, k: s.customers.register(staff.cashier, data, key=k), ActionKey.new()
    )
    assert offline
    sale = SaleInput(SALE.lines, customer.code, SALE.payments)
    view, offline = sell(till, staff.cashier, sale)
    assert offline
    assert view.customer_code == customer.code
    proxy.come_back()
    result = journal.sync.sync_once()
    assert (result.pushed, result.conflicts) == (2, 0)
    with services.db.reader() as uow:
        row = uow.session.scalars(select(Customer).where(Customer.code == customer.code)).one()
        invoice = uow.session.scalars(select(Invoice)).one()
        assert invoice.customer_id == row.id
        kinds = sorted(uow.session.scalars(select(OutboxMessage.kind)))
    assert kinds.count("welcome") == 1  # queued on the server now, with the till's code
    assert count(services, PrintJob) == 0  # no printer set: and replays never print


def test_the_line_goes_offline_with_the_first_unanswered_sale_and_back_after_the_sync(
    till: Services, staff: Staff, proxy: PostgresProxy, clock: FakeClock
) -> None:
    heard: list[Connectivity] = []
    till.bus.listen(LinkChanged, lambda event: heard.append(event.state))
    journal = journal_of(till)
    sell(till, staff.cashier)
    assert journal.link.state.link is Link.ONLINE and heard == []
    proxy.go_down()
    sell(till, staff.cashier)
    sell(till, staff.cashier)
    state = journal.link.state
    assert (state.link, state.since, state.waiting) == (Link.OFFLINE, clock.now(), 2)
    assert state.status_text(clock.now().tzinfo).endswith("- 2 sales waiting")
    assert journal.sync_round().error  # still cut: still offline
    assert journal.link.state.sells_offline  # still offline
    proxy.come_back()
    assert journal.sync_round().pushed == 2
    assert journal.link.state == Connectivity()
    assert [(h.link, h.waiting) for h in heard] == [
        (Link.OFFLINE, 0),  # the first sale the server did not answer...
        (Link.OFFLINE, 1),  # ... is on the journal
        (Link.OFFLINE, 2),
        (Link.SYNCING, 2),  # the server answers: the two are sent
        (Link.ONLINE, 0),
    ]


def test_the_copy_is_refreshed_by_what_changed_and_whole_only_after_offline_rows(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    journal = journal_of(till)
    grace = services.customers.register(
        staff.cashier, CustomerInput(name="Grace Hopper", email="grace@example.com")
    )
    changed = journal.refresh()
    assert isinstance(changed, RefreshResult) and not changed.full  # from the made copy on
    assert changed.rows["customers"] == 1
    with journal.db.reader() as uow:
        assert uow.session.scalar(select(Customer.name).where(Customer.code == grace.code))

    proxy.go_down()  # a registration offline: a customer row with the journal's own id
    ada = CustomerInput(name="Ada Lovelace", email="ada@example.com")
    made, offline = journal.run(
        lambda s, k: s.customers.register(staff.cashier, ada, key=k), ActionKey.new()
    )
    assert offline
    proxy.come_back()
    result = journal.sync.sync_once()  # sends it, then replaces the journal's rows whole
    assert (result.pushed, result.refreshed) == (1, True)
    with services.db.reader() as uow:
        server_id = uow.session.scalar(select(Customer.id).where(Customer.code == made.code))
    with journal.db.reader() as uow:
        assert uow.session.scalar(select(Customer.id).where(Customer.code == made.code)) == (
            server_id
        )
    assert isinstance(journal.refresh(), RefreshResult)  # and incremental again after it


def test_a_sale_cut_mid_commit_is_on_the_journal_and_once_on_the_server(
    till: Services,
    services: Services,
    staff: Staff,
    proxy: PostgresProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sell(till, staff.cashier)
    proxy.cut_after_commit()
    monkeypatch.setattr("pos_desktop.bootstrap.offline.time.sleep", lambda _s: proxy.go_down())
    key = ActionKey.new()
    view, offline = sell(till, staff.cashier, key=key)
    assert offline
    assert view.number == "EXPO24-T1-000002"  # the server has it too: its COMMIT got there
    assert count(services, ActionKeyRow, ActionKeyRow.key == key.value) == 1
    proxy.come_back()
    result = journal_of(till).sync.sync_once()
    assert (result.pushed, result.conflicts) == (1, 0)
    assert count(services, Invoice) == 2
    assert count(services, ActionKeyRow, ActionKeyRow.key == key.value) == 1
    [entry] = journal_of(till).entries.listed()
    assert (entry.state, entry.key, entry.server_number) == ("synced", key.value, view.number)


def test_conflicts_are_recorded_and_no_sale_is_dropped(
    till: Services,
    services: Services,
    staff: Staff,
    proxy: PostgresProxy,
    clock: FakeClock,
) -> None:
    journal = journal_of(till)
    proxy.go_down()
    # Offline: a registration whose email the server gets meanwhile, one whose code it gets,
    # a sale to each, and a sale whose number another device takes meanwhile.
    dup, _ = journal.run(
        lambda s, k: s.customers.register(
            staff.cashier, CustomerInput(name="Ada Offline", email="ada@example.com"), key=k
        ),
        ActionKey.new(),
    )
    clash, _ = journal.run(
        lambda s, k: s.customers.register(
            staff.cashier, CustomerInput(name="Bob Offline", email="bob@example.com"), key=k
        ),
        ActionKey.new(),
    )
    for code in (dup.code, clash.code):
        sell(till, staff.cashier, SaleInput(SALE.lines, code, SALE.payments))
    services.customers.register(
        staff.cashier, CustomerInput(name="Ada Online", email="ada@example.com")
    )
    taker = build_services(
        services.settings,
        clock=clock,
        hasher=FAST_HASHER,
        new_code=lambda: CustomerCode(clash.code),
    )
    taker.customers.register(staff.cashier, CustomerInput(name="Cy", email="cy@example.com"))
    taker.close()
    services.billing.create_invoice(staff.cashier, SALE)  # takes EXPO24-T1-000001
    proxy.come_back()

    result = journal.sync.sync_once()
    assert (result.pushed, result.pending) == (4, 0)
    entries = journal.entries.listed()
    # Every number after the one taken moves on: each is recorded, none renumbered silently.
    assert [e.state for e in entries] == ["conflict"] * 4
    texts = [e.conflict or "" for e in entries]
    assert "email known" in texts[0]
    assert "was taken" in texts[1]
    assert "the till gave EXPO24-T1-000001, the server EXPO24-T1-000002" in texts[2]
    assert "the till gave EXPO24-T1-000002, the server EXPO24-T1-000003" in texts[3]
    with services.db.reader() as uow:
        ada = uow.session.scalars(select(Customer).where(Customer.name == "Ada Online")).one()
        bob = uow.session.scalars(select(Customer).where(Customer.name == "Bob Offline")).one()
        buyers = list(
            uow.session.scalars(
                select(Invoice.customer_id)
                .where(Invoice.customer_id.is_not(None))
                .order_by(Invoice.id)
            )
        )
        assert bob.code != clash.code
        assert buyers == [ada.id, bob.id]
    assert count(services, Invoice) == 3


@pytest.mark.slow
def test_a_till_killed_while_selling_offline_keeps_every_sale_it_reported(
    till: Services, staff: Staff, proxy: PostgresProxy, database_url: str, tmp_path: Path
) -> None:
    del staff
    journal = journal_of(till)
    till.close()
    proxy.go_down()
    command = [
        sys.executable,
        "-m",
        "tests.support.offline_worker",
        proxy.url(database_url),
        str(tmp_path),
        "T1",
        "carl",
        "correct horse battery",
    ]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        reported = [child.stdout.readline().strip() for _ in range(40)]
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        reported += [line.strip() for line in child.stdout if line.strip()]
    assert child.returncode == -signal.SIGKILL
    assert all(reported)
    with journal.db.reader() as uow:
        saved = set(uow.session.scalars(select(Invoice.number)))
    entries = {e.number for e in journal.entries.listed(limit=10_000)}
    assert set(reported) <= saved  # nothing it said was saved is lost
    assert entries == saved  # and every sale has its entry, committed with it


def test_a_receipt_not_yet_printed_keeps_the_journal_until_it_prints(
    till: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    with SocketPrinter() as printer:
        printing = till.settings.printer
        printing.url, printing.timeout_seconds, printing.auto_print = printer.url, 1, True
        printer.mode = "paper out"
        journal = journal_of(till)
        proxy.go_down()
        view, offline = sell(till, staff.cashier)
        assert offline
        assert journal.services.printing.send_due().waiting  # no paper
        proxy.come_back()
        assert journal.sync_round().pushed == 1
        assert journal.refresh() is None  # a whole copy would drop the waiting receipt
        printer.mode = "ready"
        assert journal.services.printing.send_due().printed == [view.number]
        assert isinstance(journal.refresh(), FillResult)  # now the copy is replaced


def test_a_shift_opened_counted_and_closed_offline_is_the_servers_shift_after_sync(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy, clock: FakeClock
) -> None:
    """The drawer works offline (issue 22, step 2): float, a cash sale, cash taken to the safe,
    the count at the close; after sync the server's Z report says what the till's said."""
    proxy.go_down()
    journal = journal_of(till)
    cashier = staff.cashier

    def offline(action: Callable[[Services, ActionKey], object]) -> object:
        done, was_offline = journal.run(action, ActionKey.new())
        assert was_offline
        return done

    offline(lambda s, k: s.cash_sessions.open(cashier, "100.00", key=k))
    clock.advance(minutes=5)
    sold_at = clock.now()
    sell(till, cashier)  # 2 x 9.50 = 19.00 cash
    clock.advance(minutes=5)
    offline(lambda s, k: s.cash_sessions.move_cash(cashier, "out", "50.00", "to the safe", key=k))
    clock.advance(minutes=5)
    till_z = offline(lambda s, k: s.cash_sessions.close(cashier, "69.00", key=k))
    assert isinstance(till_z, SessionReport)
    assert (till_z.expected_cash, till_z.counted_cash) == (D("69.00"), D("69.00"))
    assert journal.entries.counts().pending == 4
    closed_at = clock.now()

    clock.advance(minutes=10)  # the line comes back later
    proxy.come_back()
    result = journal.sync.sync_once()
    assert (result.pushed, result.pending, result.conflicts) == (4, 0, 0)
    with services.db.reader() as uow:
        shift = uow.session.scalars(select(CashSession)).one()
        assert (shift.float_amount, shift.counted_cash) == (D("100.00"), D("69.00"))
        assert shift.closed_at == closed_at  # when the till closed it, not when it synced
        shift_id = shift.id
        gross, issued_at = uow.session.execute(select(Invoice.gross, Invoice.created_at)).one()
    assert issued_at == sold_at  # in the hour (and on the day) it was sold, not synced
    server_z = services.cash_sessions.z_report(staff.manager, shift_id)
    assert (server_z.cash_out, server_z.expected_cash) == (D("50.00"), D("69.00"))
    assert server_z.sales.count == 1 and server_z.sales.gross == gross == D("19.00")
    assert server_z.counted_cash == server_z.expected_cash  # no difference to explain
    assert journal.sync.sync_once().pushed == 0  # nothing twice
    with services.db.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CashSession)) == 1


def test_a_sale_made_offline_can_be_voided_offline_and_the_void_follows_it(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    """A tired cashier's wrong sale, voided before the line is back: the server gets the sale
    and its void, in order, once; an invoice only the server has stays refused offline."""
    on_server, _ = sell(till, staff.cashier)
    proxy.go_down()
    journal = journal_of(till)
    wrong, offline = sell(till, staff.cashier)
    assert offline
    voided = journal.on_journal(
        lambda s, k: s.billing.void(staff.manager, wrong.number or "", reason="wrong mug", key=k),
        ActionKey.new(),
    )
    assert voided.status == "voided"
    assert journal.entries.counts().pending == 2
    with pytest.raises(NotFound):  # the journal does not hold the server's invoice
        journal.on_journal(
            lambda s, k: s.billing.void(
                staff.manager, on_server.number or "", reason="test", key=k
            ),
            ActionKey.new(),
        )
    proxy.come_back()
    result = journal.sync.sync_once()
    assert (result.pushed, result.pending, result.conflicts) == (2, 0, 0)
    with services.db.reader() as uow:
        rows = uow.session.execute(
            select(Invoice.number, Invoice.status, Invoice.void_reason).order_by(Invoice.number)
        ).all()
    assert [tuple(r) for r in rows] == [
        (on_server.number, "issued", None),
        (wrong.number, "voided", "wrong mug"),
    ]
    assert journal.sync.sync_once().pushed == 0


def test_a_sale_made_offline_can_be_refunded_offline_and_the_credit_note_follows_it(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    """One of two mugs comes back before the line does: the server gets the sale, then the
    credit note for one mug, with the till's credit-note number, once."""
    proxy.go_down()
    journal = journal_of(till)
    sale, offline = sell(till, staff.cashier)  # 2 x 9.50 cash
    assert offline
    note = journal.on_journal(
        lambda s, k: s.refunds.refund(
            staff.cashier,
            sale.number or "",
            [RefundLine(1, D(1))],
            method="cash",
            reason="one mug was chipped",
            key=k,
        ),
        ActionKey.new(),
    )
    assert note.gross == D("9.50")
    assert journal.entries.counts().pending == 2
    proxy.come_back()
    result = journal.sync.sync_once()
    assert (result.pushed, result.pending, result.conflicts) == (2, 0, 0)
    on_server = services.credit_notes.of_invoice(staff.manager, sale.number or "")
    assert [(n.number, n.gross, n.reason, n.lines[0][2]) for n in on_server] == [
        (note.number, D("9.50"), "one mug was chipped", D(1))
    ]
    assert journal.sync.sync_once().pushed == 0
    assert len(services.credit_notes.of_invoice(staff.manager, sale.number or "")) == 1
