"""The command line sells and registers on the offline journal when the server does not
answer, says so (``"offline": true``), and ``sync`` sends it all once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.storage.models import CreditNote, Customer, Invoice, WorkshopCheckin
from tests.support.cli import ADMIN, Cli
from tests.support.pg_proxy import PostgresProxy

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
SALE = ("invoice", "create", "--line", "Mug|2|9.50|19", "--pay", "cash:20")


@pytest.fixture
def till(cli: Cli, proxy: PostgresProxy, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The CLI through the proxy, logged in, with its journal made by ``sync --once``."""
    cli.database_url = proxy.url(cli.database_url)
    cli.login(ADMIN)  # a login belongs to a database URL: this is another one
    made = cli.json("sync", "--once")
    assert (made["journal_made"], made["pushed"], made["pending"]) == (True, 0, 0)
    monkeypatch.setattr("pos_desktop.cli.exactly_once.time.sleep", lambda _s: None)
    return cli


def count(services: Services, model: type) -> int:
    with services.db.reader() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_the_cli_sells_and_registers_offline_and_sync_sends_it_once(
    till: Cli, proxy: PostgresProxy, services: Services
) -> None:
    online = till.json(*SALE)
    assert online["number"] == "EXPO2024-T1-000001"
    assert "offline" not in online
    proxy.go_down()
    sold = till.json(*SALE)
    assert (sold["offline"], sold["number"]) == (True, "EXPO2024-T1-000002")
    person = till.json("customer", "add", "--name", "Ada Lovelace", "--email", "ada@example.com")
    assert person["offline"] is True
    to_her = till.json(*SALE, "--customer", person["code"])
    assert to_her["number"] == "EXPO2024-T1-000003"
    # A one-command login is checked against the journal's copy of the user (argon2 hash).
    alone = till.invoke(*SALE, "--json", env=till.as_user(ADMIN))
    assert alone.exit_code == 0, alone.stderr
    status = till.json("sync", "status")
    assert (status["pending"], status["conflicts"], status["exists"]) == (4, 0, True)
    assert status["pending_sales"] == 3  # the registration is waiting too, not as a sale
    assert status["pending_by_kind"] == {"registration": 1, "sale": 3}
    refused = till.invoke("sync", "--once", "--json")
    assert refused.exit_code == 1
    assert '"pending": 4' in refused.stdout

    proxy.come_back()
    sent = till.json("sync", "--once")
    assert (sent["pushed"], sent["pending"], sent["conflicts"]) == (4, 0, 0)
    assert (sent["pending_sales"], sent["pending_by_kind"]) == (0, {})
    assert sent["refreshed"] is True
    assert count(services, Invoice) == 4
    assert count(services, Customer) == 1
    with services.db.reader() as uow:
        numbers = list(uow.session.scalars(select(Invoice.number).order_by(Invoice.number)))
    assert numbers == [f"EXPO2024-T1-{n:06d}" for n in range(1, 5)]
    again = till.json("sync", "--once")
    assert (again["pushed"], again["pending"]) == (0, 0)
    status = till.json("sync", "status")
    assert (status["pending"], status["synced"], status["last_sync"] is not None) == (0, 4, True)
    assert "offline" not in till.json(*SALE)  # online again


def test_without_a_journal_an_unanswered_sale_fails_as_before(
    cli: Cli, proxy: PostgresProxy
) -> None:
    cli.database_url = proxy.url(cli.database_url)
    cli.login(ADMIN)
    proxy.go_down()
    result = cli.invoke(*SALE)
    assert result.exit_code == 1
    assert "cannot be reached" in result.stderr


def test_the_cli_checks_in_offline_and_sync_sends_the_admission(
    till: Cli, proxy: PostgresProxy, services: Services
) -> None:
    starts = (datetime.now(UTC) + timedelta(hours=2)).isoformat()
    till.ok(
        "workshop", "add", "LATTE", "--title", "Latte art", "--starts", starts,
        "--minutes", "60", "--capacity", "5", "--price", "25", "--vat", "19",
    )  # fmt: skip
    ada = till.register("Ada Lovelace", "ada@example.com")["code"]
    eve = till.register("Eve Evans", "eve@example.com")["code"]
    till.json("invoice", "create", "--customer", ada, "--item", "LATTE:1", "--pay", "cash:25")
    assert till.json("sync", "--once")["refreshed"] is True  # the journal learns the booking
    proxy.go_down()
    admitted = till.json("checkin", "LATTE", "--customer", ada)
    assert (admitted["result"], admitted["offline"]) == ("admitted", True)
    waiting = till.json("sync", "status")
    assert (waiting["pending"], waiting["pending_sales"]) == (1, 0)  # an admission, no sale
    assert waiting["pending_by_kind"] == {"checkin": 1}
    turned_away = till.invoke("checkin", "LATTE", "--customer", eve, "--json")
    assert turned_away.exit_code == 1
    assert '"not_booked"' in turned_away.stdout and '"offline": true' in turned_away.stdout
    assert count(services, WorkshopCheckin) == 0
    proxy.come_back()
    sent = till.json("sync", "--once")
    assert (sent["pushed"], sent["pending"], sent["conflicts"]) == (1, 0, 0)
    assert count(services, WorkshopCheckin) == 1
    again = till.json("checkin", "LATTE", "--customer", ada)
    assert (again["result"], "offline" in again) == ("already", False)


def test_the_cli_voids_refunds_and_edits_the_sales_it_made_offline_and_sync_sends_them(
    till: Cli, proxy: PostgresProxy, services: Services
) -> None:
    on_server = till.json(*SALE)["number"]
    proxy.go_down()
    wrong, edited, returned = (till.json(*SALE)["number"] for _ in range(3))

    voided = till.json("invoice", "void", wrong, "--reason", "wrong mug")
    assert (voided["status"], voided["offline"]) == ("voided", True)
    changed = till.json(
        "invoice", "edit", edited, "--line", "Mug|3|9.50|19", "--reason", "three mugs"
    )
    assert (changed["lines"][0]["gross"], changed["offline"]) == ("28.50", True)
    refused = till.invoke("invoice", "refund", on_server, "--reason", "chipped", "--json")
    assert refused.exit_code == 1
    assert f"invoice {on_server} is on the server, which does not answer" in refused.stderr
    assert count(services, Invoice) == 1  # the server has only the first sale yet

    proxy.come_back()  # entries wait: the refund of a journal's sale follows it there
    note = till.json("invoice", "refund", returned, "--line", "1:1", "--reason", "chipped")
    assert (note["invoice"], note["gross"], note["offline"]) == (returned, "9.50", True)
    sent = till.json("sync", "--once")
    assert (sent["pushed"], sent["pending"], sent["conflicts"]) == (6, 0, 0)
    with services.db.reader() as uow:
        rows = uow.session.execute(select(Invoice.number, Invoice.status)).all()
    assert dict(rows) == {
        on_server: "issued",
        wrong: "voided",
        edited: "issued",
        returned: "issued",
    }
    assert till.json("invoice", "show", edited)["lines"][0]["gross"] == "28.50"
    with services.db.reader() as uow:
        notes = uow.session.execute(
            select(Invoice.number, CreditNote.gross).join(
                CreditNote, CreditNote.invoice_id == Invoice.id
            )
        ).all()
    assert notes == [(returned, Decimal("9.50"))]
    again = till.json("invoice", "refund", on_server, "--reason", "chipped")  # online
    assert ("offline" in again, again["gross"]) == (False, "19.00")


def test_a_void_of_a_server_invoice_cut_mid_commit_stays_in_doubt_until_its_key_says(
    till: Cli, proxy: PostgresProxy, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    number = till.json(*SALE)["number"]
    proxy.cut_after_commit()  # the void's COMMIT gets there; its answer does not
    monkeypatch.setattr("pos_desktop.cli.exactly_once.time.sleep", lambda _s: proxy.go_down())
    key = "void-in-doubt-1"
    doubt = till.invoke("invoice", "void", number, "--reason", "wrong", "--key", key)
    assert doubt.exit_code == 7, doubt.stderr  # in doubt, never "refused" nor "not saved"
    assert f"--key {key}" in doubt.stderr
    assert "is on the server, which does not answer" not in doubt.stderr
    proxy.come_back()
    with services.db.reader() as uow:
        status = uow.session.scalar(select(Invoice.status).where(Invoice.number == number))
    assert status == "voided"  # it was saved, once
    again = till.json("invoice", "void", number, "--reason", "wrong", "--key", key)
    assert (again["status"], "offline" in again) == ("voided", False)


def test_a_refund_offline_numbers_its_credit_note_after_the_one_made_online(
    till: Cli, proxy: PostgresProxy
) -> None:
    on_server = till.json(*SALE)["number"]
    online = till.json("invoice", "refund", on_server, "--reason", "chipped")
    assert online["number"] == "EXPO2024-T1CN-000001"
    proxy.go_down()
    sold = till.json(*SALE)["number"]
    offline = till.json("invoice", "refund", sold, "--reason", "chipped")
    # The slip handed over says the next number, not the other customer's credit note's.
    assert (offline["number"], offline["offline"]) == ("EXPO2024-T1CN-000002", True)
    proxy.come_back()
    sent = till.json("sync", "--once")
    assert (sent["pushed"], sent["pending"], sent["conflicts"]) == (2, 0, 0)
