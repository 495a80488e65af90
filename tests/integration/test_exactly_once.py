"""Exactly once: a key per action; a retry after a lost COMMIT reply never sells twice.

The PostgreSQL half runs the sales through ``tests/support/pg_proxy.py``, which lets COMMIT
reach the server and then cuts the line before the answer comes back: the worst moment for a
till, since the sale is saved but the till cannot know.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings, load_settings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import Conflict, DatabaseUnavailable, InDoubt, ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import (
    ActionKeyRow,
    CashMovement,
    CreditNote,
    Customer,
    Invoice,
    OutboxMessage,
    Payment,
)
from tests.conftest import FAST_HASHER, Staff
from tests.support.cli import ADMIN, Cli
from tests.support.clock import FakeClock
from tests.support.pg_proxy import PostgresProxy

D = Decimal
MUG = LineInput("Mug", D(2), D("9.50"), D(19))
SALE = SaleInput([MUG], None, [PaymentInput(PaymentMethod.CASH, D("20.00"))])


def count(services: Services, model: type) -> int:
    with services.db.reader() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


# ------------------------------------------------------------------------- both databases


def test_the_same_sale_key_twice_gives_one_invoice(services: Services, staff: Staff) -> None:
    key = ActionKey.new()
    first = services.billing.create_invoice(staff.cashier, SALE, key=key)
    again = services.billing.create_invoice(staff.cashier, SALE, key=key)
    assert again.number == first.number == "EXPO24-T1-000001"
    assert (again.gross, again.paid, again.change) == (D("19.00"), D("19.00"), D("1.00"))
    assert count(services, Invoice) == 1
    assert count(services, Payment) == 1
    other = services.billing.create_invoice(staff.cashier, SALE, key=ActionKey.new())
    assert other.number == "EXPO24-T1-000002"


def test_every_action_stores_its_key_even_without_one_given(
    services: Services, staff: Staff
) -> None:
    services.billing.create_invoice(staff.cashier, SALE)
    services.cash_sessions.open(staff.cashier, "100")
    with services.db.reader() as uow:
        actions = sorted(uow.session.scalars(select(ActionKeyRow.action)))
    assert actions == ["cash_session.open", "invoice.issue"]


def test_a_retried_registration_makes_one_customer_and_one_welcome(
    services: Services, staff: Staff
) -> None:
    key = ActionKey.new()
    data = CustomerInput(name="Yamada Hanako", email="hanako@example.jp")
    first = services.customers.register(staff.cashier, data, key=key)
    again = services.customers.register(staff.cashier, data, key=key)
    assert again.code == first.code
    assert count(services, Customer) == 1
    assert count(services, OutboxMessage) == 1


def test_retried_corrections_happen_once(services: Services, staff: Staff) -> None:
    """Payment, refund and void: the money moves once however often the key is sent."""
    sale = services.billing.create_invoice(
        staff.manager, SaleInput([MUG], None, [PaymentInput(PaymentMethod.CARD, D(5), "A1")])
    )
    pay = ActionKey.new()
    for _ in range(2):
        paid = services.billing.pay(
            staff.manager, sale.number or "", [PaymentInput(PaymentMethod.CASH, D(20))], key=pay
        )
    assert (paid.paid, paid.change) == (D("19.00"), D("6.00"))
    assert count(services, Payment) == 2

    refund = ActionKey.new()
    notes = [
        services.refunds.refund(
            staff.manager,
            sale.number or "",
            [RefundLine(1, D(1))],
            method=PaymentMethod.CASH,
            reason="broken handle",
            key=refund,
        )
        for _ in range(2)
    ]
    assert notes[0].number == notes[1].number
    assert notes[1].gross == D("9.50")
    assert count(services, CreditNote) == 1

    other = services.billing.create_invoice(staff.manager, SALE)
    void = ActionKey.new()
    for _ in range(2):
        voided = services.billing.void(staff.manager, other.number or "", reason="test", key=void)
    assert voided.status.value == "voided"


def test_retried_cash_movements_and_closing_happen_once(services: Services, staff: Staff) -> None:
    services.cash_sessions.open(staff.cashier, "100", key=ActionKey.new())
    out = ActionKey.new()
    for _ in range(2):
        report = services.cash_sessions.move_cash(
            staff.cashier, "out", "50", "to the safe", key=out
        )
    assert report.expected_cash == D("50.00")
    assert count(services, CashMovement) == 1
    close = ActionKey.new()
    first = services.cash_sessions.close(staff.cashier, "50", key=close)
    again = services.cash_sessions.close(staff.cashier, "50", key=close)  # no open session now
    assert again.session_id == first.session_id
    assert again.counted_cash == D("50.00")


def test_a_key_names_one_action_only(services: Services, staff: Staff) -> None:
    key = ActionKey.new()
    view = services.billing.create_invoice(staff.manager, SALE, key=key)
    with pytest.raises(Conflict, match="another action"):
        services.billing.void(staff.manager, view.number or "", reason="mistake", key=key)


def test_keys_typed_by_people_are_checked() -> None:
    assert ActionKey.parse(" 3f2a9c1e-77 ").value == "3f2a9c1e-77"
    for bad in ("short", "x" * 65, "has space inside", "semi;colon12"):
        with pytest.raises(ValidationError, match="key"):
            ActionKey.parse(bad)


def test_the_outcome_of_a_key_says_whether_it_was_saved(services: Services, staff: Staff) -> None:
    key = ActionKey.new()
    assert services.action_keys.outcome(staff.cashier, key) is None
    view = services.billing.create_invoice(staff.cashier, SALE, key=key)
    outcome = services.action_keys.outcome(staff.cashier, key)
    assert outcome is not None
    assert (outcome.action, outcome.entity_key, outcome.done_by) == (
        "invoice.issue",
        view.number,
        "carl",
    )


# ------------------------------------------------------------------ a lost COMMIT reply


@pytest.fixture
def till(
    database_url: str, empty_config: Path, clock: FakeClock, proxy: PostgresProxy, staff: Staff
) -> Iterator[Services]:
    """A till whose connection to PostgreSQL runs through the proxy (set up directly)."""
    del staff  # the users and the exhibition exist before the till starts selling
    settings: Settings = load_settings(
        environ={"POS_DATABASE_URL": proxy.url(database_url), "POS_CONFIG": str(empty_config)}
    )
    built = build_services(settings, clock=clock, hasher=FAST_HASHER)
    yield built
    built.close()


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_hundred_lost_commit_replies_leave_a_hundred_invoices(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    numbers = []
    for _ in range(100):
        key = ActionKey.new()
        proxy.cut_after_commit()
        with pytest.raises(InDoubt) as doubt:
            till.billing.create_invoice(staff.cashier, SALE, key=key)
        assert doubt.value.key == key.value
        assert "nothing was saved" not in str(doubt.value)
        assert "may be saved" in str(doubt.value)
        shown = till.billing.create_invoice(staff.cashier, SALE, key=key)  # F12 again
        numbers.append(shown.number)
    assert proxy.cuts == 100
    assert count(services, Invoice) == 100
    assert count(services, Payment) == 100
    assert numbers == [f"EXPO24-T1-{n:06d}" for n in range(1, 101)]


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_sale_in_doubt_through_an_outage_is_found_when_the_server_answers(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    key = ActionKey.new()
    proxy.cut_after_commit()
    with pytest.raises(InDoubt):
        till.billing.create_invoice(staff.cashier, SALE, key=key)
    proxy.go_down()
    with pytest.raises(DatabaseUnavailable):  # still unknown: the server does not answer
        till.action_keys.outcome(staff.cashier, key)
    proxy.come_back()
    outcome = till.action_keys.outcome(staff.cashier, key)
    assert outcome is not None
    assert outcome.entity_key == "EXPO24-T1-000001"
    assert till.billing.create_invoice(staff.cashier, SALE, key=key).number == outcome.entity_key
    assert count(services, Invoice) == 1


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_a_registration_in_doubt_is_not_registered_twice(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    key = ActionKey.new()
    data = CustomerInput(name="山田 花子", email="hanako@example.jp")
    proxy.cut_after_commit()
    with pytest.raises(InDoubt):
        till.customers.register(staff.cashier, data, key=key)
    again = till.customers.register(staff.cashier, data, key=key)
    assert again.name == "山田 花子"
    assert count(services, Customer) == 1
    assert count(services, OutboxMessage) == 1


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_cli_exits_7_in_doubt_and_its_key_finds_the_sale(
    cli: Cli, proxy: PostgresProxy, services: Services
) -> None:
    direct = cli.database_url
    cli.database_url = proxy.url(direct)
    cli.login(ADMIN)  # a login belongs to a database URL: this is another one
    proxy.cut_after_commit()

    def go_down_after_the_cut(_seconds: float) -> None:
        proxy.go_down()  # the retry a moment later finds the server unreachable

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pos_desktop.cli.exactly_once.time.sleep", go_down_after_the_cut)
        result = cli.invoke("invoice", "create", "--line", "Mug|2|9.50|19", "--pay", "cash:20")
    assert result.exit_code == 7, result.output
    message = result.stderr
    assert "in doubt: the sale may be saved; run the same command with --key " in message
    key = message.split("--key ", 1)[1].split()[0]
    proxy.come_back()
    found = cli.json(
        "invoice", "create", "--line", "Mug|2|9.50|19", "--pay", "cash:20", "--key", key
    )
    assert found["number"] == "EXPO2024-T1-000001"
    assert count(services, Invoice) == 1


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_cli_retries_once_by_itself_when_the_server_answers_again(
    cli: Cli, proxy: PostgresProxy, services: Services
) -> None:
    cli.database_url = proxy.url(cli.database_url)
    cli.login(ADMIN)  # a login belongs to a database URL: this is another one
    proxy.cut_after_commit()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("pos_desktop.cli.exactly_once.time.sleep", lambda _s: None)
        document = cli.json("invoice", "create", "--line", "Mug|2|9.50|19", "--pay", "cash:20")
    assert document["number"] == "EXPO2024-T1-000001"
    assert proxy.cuts == 1
    assert count(services, Invoice) == 1
