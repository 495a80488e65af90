"""The app's sync loop (``Services.sync_loop``, bootstrap/offline_rounds.py), running on its
thread against the real PostgreSQL through ``tests/support/pg_proxy.py``: it makes the journal,
notices the line is back and sends what the till sold meanwhile, and keeps the journal's copy
of the server current while online. Nothing here calls a sync or a refresh by hand."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.connectivity import Link
from pos_desktop.storage.models import Invoice, Product
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.escpos_decoder import decode
from tests.support.offline_tills import journal_of, sell, till_services
from tests.support.pg_proxy import PostgresProxy
from tests.support.socket_printer import SocketPrinter

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)

#: The issue's promise: every entry on the server ten seconds after the network returns.
BACK_WITHIN_SECONDS = 10.0


def wait_for(condition: Callable[[], bool], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def invoices_on_server(services: Services) -> int:
    with services.db.reader() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Invoice)) or 0)


@pytest.fixture
def till(
    database_url: str, tmp_path: Path, clock: FakeClock, proxy: PostgresProxy, staff: Staff
) -> Iterator[Services]:
    """A till whose loop runs (refreshing every second while online); no journal made yet:
    the loop's first round makes it."""
    del staff  # users and the exhibition exist before the journal is made
    built = till_services(proxy.url(database_url), tmp_path, clock)
    built.settings.offline.refresh_seconds = 1
    loop = built.sync_loop
    loop.start()
    yield built
    loop.stop()
    built.close()


def test_the_loop_makes_the_journal_then_sends_the_sales_made_during_a_cut(
    till: Services, services: Services, proxy: PostgresProxy, staff: Staff
) -> None:
    journal = journal_of(till)
    assert wait_for(journal.exists, 30), "the loop's first round makes the journal"
    proxy.go_down()
    sold = [sell(till, staff.cashier) for _ in range(3)]
    assert [offline for _view, offline in sold] == [True, True, True]
    assert journal.link.state.link is Link.OFFLINE
    assert journal.link.state.waiting == 3
    assert invoices_on_server(services) == 0

    proxy.come_back()
    assert wait_for(
        lambda: invoices_on_server(services) == 3 and journal.link.state.link is Link.ONLINE,
        BACK_WITHIN_SECONDS,
    ), f"{invoices_on_server(services)} on the server; {journal.link.state}"
    with services.db.reader() as uow:
        numbers = list(uow.session.scalars(select(Invoice.number).order_by(Invoice.sequence)))
    assert numbers == [view.number for view, _offline in sold]
    assert journal.waiting() == 0
    _view, offline = sell(till, staff.cashier)  # back on the server
    assert not offline and invoices_on_server(services) == 4


def test_a_cut_found_by_the_refresh_marks_the_till_offline_until_the_server_answers(
    till: Services, proxy: PostgresProxy
) -> None:
    journal = journal_of(till)
    assert wait_for(journal.exists, 30)
    proxy.go_down()
    assert wait_for(lambda: journal.link.state.link is Link.OFFLINE, 10), (
        "the next refresh finds the server gone"
    )
    proxy.come_back()
    assert wait_for(lambda: journal.link.state.link is Link.ONLINE, 10), (
        "the probe finds it back; nothing waits, so the till is online at once"
    )


def test_a_price_changed_on_the_server_reaches_the_journal_within_a_round(
    till: Services, services: Services, staff: Staff
) -> None:
    mug = services.products.add(staff.manager, sku="MUG", name="Mug", price="9.50", vat_rate="19")
    journal = journal_of(till)

    def journal_price() -> Decimal | None:
        if not journal.exists():
            return None
        with journal.db.reader() as uow:
            product = uow.session.get(Product, mug.id)
            return product.price if product is not None else None

    assert wait_for(lambda: journal_price() == Decimal("9.50"), 30)
    services.products.edit(
        staff.manager,
        mug.id,
        expected_version=mug.version,
        sku="MUG",
        name="Mug",
        price="11.00",
        vat_rate="19",
    )
    assert wait_for(lambda: journal_price() == Decimal("11.00"), 5), (
        "a refresh every second while online"
    )


def test_the_receipt_of_a_sale_made_offline_prints_while_the_line_is_down(
    till: Services, proxy: PostgresProxy, staff: Staff
) -> None:
    with SocketPrinter() as printer:
        printing = till.settings.printer
        printing.url, printing.timeout_seconds, printing.auto_print = printer.url, 2, True
        journal = journal_of(till)
        assert wait_for(journal.exists, 30)
        loop = till.print_loop
        loop.start()
        try:
            proxy.go_down()
            view, offline = sell(till, staff.cashier)
            assert offline
            assert wait_for(lambda: len(printer.jobs) == 1, 15), "printed from the journal"
        finally:
            loop.stop()
        slip = decode(printer.jobs[0])
        assert slip.qr_codes == [view.number]
