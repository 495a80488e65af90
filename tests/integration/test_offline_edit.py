"""An invoice sold offline can be edited offline, and the edit follows the sale to the server
(docs/offline-design.md, decision 8: only invoices the journal does not hold are refused).

The till reaches the real PostgreSQL through ``tests/support/pg_proxy.py``; ``services`` is
the server itself (another till, the back office).
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from pos_desktop.bootstrap import Services
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.invoice import LineInput
from pos_desktop.domain.roles import Actor
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.services.refunds import RefundLine
from pos_desktop.storage.models import ActionKeyRow, HourlySales, OfflineEntry
from pos_desktop.storage.models.offline_entry import PENDING
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.offline_tills import MUG, D, journal_of, sell
from tests.support.pg_proxy import PostgresProxy

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
BERLIN = ZoneInfo("Europe/Berlin")


def edit_on_journal(
    till: Services, actor: Actor, view: InvoiceView, lines: list[LineInput], reason: str
) -> InvoiceView:
    return journal_of(till).on_journal(
        lambda s, k: s.billing.edit(
            actor,
            view.number or "",
            lines,
            reason=reason,
            expected_version=view.version,
            key=k,
        ),
        ActionKey.new(),
    )


def hourly_gross(services: Services) -> D:
    with services.db.reader() as uow:
        return D(uow.session.scalar(select(func.sum(HourlySales.gross))) or 0)


def test_a_sale_made_offline_can_be_edited_offline_and_the_edit_follows_it_once(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy, clock: FakeClock
) -> None:
    """Two mugs sold offline were three: the manager edits the quantity before the line is
    back; the server gets the sale and then the edit, once, at the till's times, and its
    report says 28.50; an invoice only the server has stays refused offline."""
    on_server, _ = sell(till, staff.cashier)  # 2 x 9.50
    proxy.go_down()
    journal = journal_of(till)
    sale, offline = sell(till, staff.cashier)
    assert offline
    clock.advance(minutes=3)
    edited_at = clock.now()
    three = LineInput(MUG.description, D(3), MUG.unit_price, MUG.vat_rate)
    edited = edit_on_journal(till, staff.manager, sale, [three], "three mugs, not two")
    assert (edited.gross, edited.revision) == (D("28.50"), 1)
    assert journal.entries.counts().pending == 2
    with pytest.raises(NotFound):  # the journal does not hold the server's invoice
        edit_on_journal(till, staff.manager, on_server, [three], "test")

    clock.advance(minutes=10)  # the line comes back later
    proxy.come_back()
    result = journal.sync.sync_once()
    assert (result.pushed, result.pending, result.conflicts) == (2, 0, 0)
    number = sale.number or ""
    stored = services.billing.get(staff.manager, number)
    assert [(ln.description, ln.quantity) for ln in stored.lines] == [("Mug", D(3))]
    assert (stored.net, stored.vat, stored.gross) == (edited.net, edited.vat, D("28.50"))
    assert (stored.paid, stored.balance) == (D("19.00"), D("9.50")) == (edited.paid, edited.balance)
    [(revision, at, who, reason)] = services.billing.revisions(staff.manager, number)
    assert (revision, at, who, reason) == (1, edited_at, "maria", "three mugs, not two")
    day = clock.now().astimezone(BERLIN).date()
    report = services.reports.sales(staff.manager, day, day, BERLIN)
    assert report.totals.gross == D("19.00") + D("28.50")  # the server's sale and this one
    assert sum((amounts.gross for _, amounts in report.by_day), D(0)) == report.totals.gross
    assert hourly_gross(services) == report.totals.gross

    assert journal.sync.sync_once().pushed == 0  # nothing twice
    assert len(services.billing.revisions(staff.manager, number)) == 1
    assert services.billing.get(staff.manager, on_server.number or "").gross == D("19.00")


def test_a_sync_that_died_before_marking_the_edit_does_not_edit_twice(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    """The server has the sale and its edit, but the till never heard it (it died before
    marking): the next round finds both keys, and says nothing is different."""
    proxy.go_down()
    journal = journal_of(till)
    sale, _ = sell(till, staff.cashier)
    three = LineInput(MUG.description, D(3), MUG.unit_price, MUG.vat_rate)
    edited = edit_on_journal(till, staff.manager, sale, [three], "three mugs")
    one = LineInput(MUG.description, D(1), MUG.unit_price, MUG.vat_rate)
    edit_on_journal(till, staff.manager, edited, [one], "one mug after all")
    proxy.come_back()
    assert journal.sync.sync_once().conflicts == 0
    with journal.db.unit_of_work() as uow:  # as if the till had died before marking them
        uow.session.execute(update(OfflineEntry).values(state=PENDING, synced_at=None))
        uow.commit()
    again = journal.sync.sync_once()
    assert (again.pushed, again.pending, again.conflicts) == (3, 0, 0)
    stored = services.billing.get(staff.manager, sale.number or "")
    assert ([ln.quantity for ln in stored.lines], stored.gross, stored.revision) == (
        [D(1)],
        D("9.50"),
        2,
    )
    assert len(services.billing.revisions(staff.manager, sale.number or "")) == 2
    with services.db.reader() as uow:
        actions = uow.session.scalars(select(ActionKeyRow.action).order_by(ActionKeyRow.action))
        assert list(actions) == ["invoice.edit", "invoice.edit", "invoice.issue"]  # once each
    assert hourly_gross(services) == D("9.50")


def test_an_edit_the_server_refuses_is_a_conflict_for_a_manager_not_dropped(
    till: Services,
    services: Services,
    staff: Staff,
    proxy: PostgresProxy,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sale's COMMIT reached the server though the till sold it offline; another till
    refunded a mug there meanwhile. The till's edit cannot follow (a refunded invoice keeps
    its lines): the entry says why and the server's invoice is as the refund left it."""
    proxy.cut_after_commit()
    monkeypatch.setattr("pos_desktop.bootstrap.offline.time.sleep", lambda _s: proxy.go_down())
    sale, offline = sell(till, staff.cashier)
    assert offline
    number = sale.number or ""
    services.refunds.refund(
        staff.manager, number, [RefundLine(1, D(1))], method="cash", reason="chipped"
    )
    three = LineInput(MUG.description, D(3), MUG.unit_price, MUG.vat_rate)
    edit_on_journal(till, staff.manager, sale, [three], "three mugs")
    proxy.come_back()
    result = journal_of(till).sync.sync_once()
    assert (result.pushed, result.pending, result.conflicts) == (2, 0, 1)
    sale_entry, edit_entry = journal_of(till).entries.listed()
    assert (sale_entry.kind, sale_entry.state) == ("sale", "synced")
    assert (edit_entry.kind, edit_entry.state, edit_entry.by) == ("edit", "conflict", "maria")
    assert edit_entry.conflict is not None
    assert "not on the server" in edit_entry.conflict and "refunded" in edit_entry.conflict
    stored = services.billing.get(staff.manager, number)
    assert ([ln.quantity for ln in stored.lines], stored.revision) == ([D(2)], 0)
    assert journal_of(till).sync.sync_once().pushed == 0  # a conflict is not sent again


def test_totals_the_server_makes_differently_are_noted_on_the_applied_edit(
    till: Services, services: Services, staff: Staff, proxy: PostgresProxy
) -> None:
    """The server's sum of the edited lines is what counts; a till whose own sum differed
    (its entry says 99.00 here) leaves a note for a manager, not a silent difference."""
    proxy.go_down()
    journal = journal_of(till)
    sale, _ = sell(till, staff.cashier)
    three = LineInput(MUG.description, D(3), MUG.unit_price, MUG.vat_rate)
    edit_on_journal(till, staff.manager, sale, [three], "three mugs")
    with journal.db.unit_of_work() as uow:
        entry = uow.session.scalars(select(OfflineEntry).where(OfflineEntry.kind == "edit")).one()
        entry.payload = entry.payload.replace('"gross": "28.50"', '"gross": "99.00"')
        uow.commit()
    proxy.come_back()
    assert journal.sync.sync_once().conflicts == 1
    [edit_entry] = journal.entries.listed(state="conflict")
    assert edit_entry.conflict is not None
    assert "the till's total was 99.00" in edit_entry.conflict
    assert "the server's 28.50" in edit_entry.conflict
    assert services.billing.get(staff.manager, sale.number or "").gross == D("28.50")
