"""Selling, paying, editing and voiding invoices, on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.domain.codes import check_character
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import (
    Conflict,
    InvalidCustomerCode,
    InvalidState,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.domain.invoice import InvoiceStatus, LineInput, PaymentInput, PaymentMethod
from pos_desktop.services import audit as audit_module
from pos_desktop.services.sales import InvoiceFilter, SaleInput
from pos_desktop.storage.models import AuditEvent, Invoice, InvoiceLine, Payment
from tests.conftest import FAST_HASHER, Staff
from tests.support.clock import FakeClock
from tests.support.statements import recorded_statements

D = Decimal
CATALOGUE = LineInput("Catalogue", D(2), D("12.50"), D(7))
WORKSHOP = LineInput("Workshop", D(1), D("89.00"), D(19), discount_percent=D(10))


def cash(amount: str) -> PaymentInput:
    return PaymentInput(PaymentMethod.CASH, D(amount))


def card(amount: str, ref: str = "AUTH1") -> PaymentInput:
    return PaymentInput(PaymentMethod.CARD, D(amount), ref)


def rows(services: Services, model: type) -> int:
    with services.db.reader() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def anna(services: Services, staff: Staff) -> str:
    return services.customers.register(
        staff.cashier, CustomerInput(name="Anna Schmidt", email="anna@example.org")
    ).code


def test_sale_with_split_payment_stores_every_amount(
    services: Services, staff: Staff, anna: str
) -> None:
    view = services.billing.create_invoice(
        staff.cashier, SaleInput([CATALOGUE, WORKSHOP], anna, [card("50.00"), cash("100")])
    )
    assert view.number == "EXPO24-T1-000001"
    assert view.status is InvoiceStatus.ISSUED
    assert (view.net, view.vat, view.gross) == (D("90.67"), D("14.43"), D("105.10"))
    assert (view.paid, view.change, view.balance) == (D("105.10"), D("44.90"), D(0))
    assert [(b.rate, b.net, b.vat) for b in view.vat_breakdown] == [
        (D(7), D("23.36"), D("1.64")),
        (D(19), D("67.31"), D("12.79")),
    ]
    stored = services.billing.get(staff.cashier, "expo24-t1-000001")
    assert (stored.gross, stored.paid, stored.change) == (D("105.10"), D("105.10"), D("44.90"))
    assert [(p.method.value, p.amount, p.tendered, p.change) for p in stored.payments] == [
        ("card", D("50.00"), D("50.00"), D(0)),
        ("cash", D("55.10"), D("100.00"), D("44.90")),
    ]
    assert [ln.discount for ln in stored.lines] == [D(0), D("8.90")]
    assert stored.customer_code == anna
    assert stored.cashier == "carl"


def test_prices_excluding_vat_add_vat_on_top(
    settings: Settings, clock: FakeClock, staff: Staff
) -> None:
    net_prices = copy.deepcopy(settings)
    net_prices.billing.prices_include_vat = False
    net_services = build_services(net_prices, clock=clock, hasher=FAST_HASHER)
    try:
        view = net_services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE]))
    finally:
        net_services.close()
    assert (view.net, view.vat, view.gross) == (D("25.00"), D("1.75"), D("26.75"))
    assert view.prices_include_vat is False


def test_walk_in_sale_without_customer(services: Services, staff: Staff) -> None:
    view = services.billing.create_invoice(
        staff.cashier, SaleInput([CATALOGUE], None, [cash("30")])
    )
    assert view.customer_code is None
    assert view.change == D("5.00")


def test_a_sale_whose_third_line_is_wrong_leaves_no_trace(
    services: Services, staff: Staff, anna: str
) -> None:
    bad = LineInput("Refund hack", D(1), D("-50.00"), D(20))
    with pytest.raises(ValidationError) as caught:
        services.billing.create_invoice(
            staff.cashier, SaleInput([CATALOGUE, WORKSHOP, bad], anna, [cash("200")])
        )
    assert caught.value.fields == ["line 3: unit price"]
    assert [rows(services, m) for m in (Invoice, InvoiceLine, Payment)] == [0, 0, 0]
    assert services.audit.entries(staff.admin, action="invoice") == []
    # The number was not used up either: the next sale gets 000001.
    ok = services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE]))
    assert ok.number == "EXPO24-T1-000001"


def test_a_crash_after_numbering_gives_the_number_back(
    services: Services, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The transaction dies after the series was bumped: nothing stays, the series has no gap."""

    def power_cut(*_args: Any, **_kwargs: Any) -> None:
        raise RuntimeError("power cut")

    monkeypatch.setattr(audit_module, "record", power_cut)
    with pytest.raises(RuntimeError):
        services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE]))
    monkeypatch.undo()
    assert rows(services, Invoice) == 0
    assert services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE])).number == (
        "EXPO24-T1-000001"
    )


@pytest.mark.parametrize(
    ("payments", "message"),
    [
        ([card("30.00")], "more than the 25.00 due"),
        ([cash("25.00"), cash("1.00")], "nothing is left to pay"),
        ([PaymentInput(PaymentMethod.CASH, D("-5"))], "must not be negative"),
        ([PaymentInput(PaymentMethod.CARD, D(0))], "greater than 0"),
    ],
)
def test_impossible_payments_are_refused(
    services: Services, staff: Staff, payments: list[PaymentInput], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE], None, payments))
    assert rows(services, Invoice) == 0


def test_unpaid_invoice_can_be_paid_later(services: Services, staff: Staff) -> None:
    view = services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE]))
    assert view.balance == D("25.00")
    assert view.number is not None
    half = services.billing.pay(staff.cashier, view.number, [card("10.00")])
    assert half.balance == D("15.00")
    done = services.billing.pay(staff.cashier, view.number, [cash("20")])
    assert (done.paid, done.change, done.balance) == (D("25.00"), D("5.00"), D(0))
    assert [e.action for e in services.audit.entries(staff.admin, action="invoice")] == [
        "invoice.pay",
        "invoice.pay",
        "invoice.issue",
    ]


def test_draft_has_no_number_until_issued(services: Services, staff: Staff, anna: str) -> None:
    draft = services.billing.create_invoice(
        staff.cashier, SaleInput([CATALOGUE], anna), issue=False
    )
    assert (draft.number, draft.status) == (None, InvoiceStatus.DRAFT)
    other = services.billing.create_invoice(staff.cashier, SaleInput([WORKSHOP]))
    issued = services.billing.issue(staff.cashier, draft.id, [cash("25")])
    assert other.number == "EXPO24-T1-000001"
    assert issued.number == "EXPO24-T1-000002"
    assert issued.paid == D("25.00")
    with pytest.raises(ValidationError, match="draft takes no payments"):
        services.billing.create_invoice(
            staff.cashier, SaleInput([CATALOGUE], None, [cash("1")]), issue=False
        )


def test_unknown_or_mistyped_customer_is_refused(
    services: Services, staff: Staff, anna: str
) -> None:
    swapped = anna[1] + anna[0] + anna[2:]
    if swapped != anna:
        with pytest.raises(InvalidCustomerCode):
            services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE], swapped))
    unknown = "2222222" + check_character("2222222")
    with pytest.raises(NotFound):
        services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE], unknown))


def test_void_needs_a_manager_and_a_reason(services: Services, staff: Staff, anna: str) -> None:
    view = services.billing.create_invoice(
        staff.cashier, SaleInput([CATALOGUE], anna, [cash("25")])
    )
    assert view.number is not None
    with pytest.raises(PermissionDenied):
        services.billing.void(staff.cashier, view.number, reason="oops")
    with pytest.raises(ValidationError, match="reason"):
        services.billing.void(staff.manager, view.number, reason=" ")
    voided = services.billing.void(staff.manager, view.number, reason="customer changed mind")
    assert voided.status is InvoiceStatus.VOIDED
    assert (voided.voided_by, voided.void_reason) == ("maria", "customer changed mind")
    with pytest.raises(InvalidState, match="void"):
        services.billing.void(staff.manager, view.number, reason="again")
    with pytest.raises(InvalidState):
        services.billing.pay(staff.cashier, view.number, [cash("1")])
    # Never deleted: still listed, still readable, counted nowhere.
    assert [r.status for r in services.billing.list_invoices(staff.cashier)] == [
        InvoiceStatus.VOIDED
    ]
    assert services.customers.card(staff.cashier, anna).bill_count == 0
    event = services.audit.entries(staff.admin, action="invoice.void")[0]
    assert event.actor == "maria"
    assert "25.00 EUR paid must be refunded" in event.summary


def test_edit_keeps_number_and_a_revision_trail(services: Services, staff: Staff) -> None:
    view = services.billing.create_invoice(
        staff.cashier, SaleInput([CATALOGUE], None, [cash("25")])
    )
    assert view.number is not None
    with pytest.raises(PermissionDenied):
        services.billing.edit(
            staff.cashier, view.number, [WORKSHOP], reason="typo", expected_version=view.version
        )
    edited = services.billing.edit(
        staff.manager,
        view.number,
        [CATALOGUE, WORKSHOP],
        reason="forgot the workshop",
        expected_version=view.version,
    )
    assert edited.number == view.number
    assert edited.gross == D("105.10")
    assert edited.balance == D("80.10")  # paid stays; the rest is now due
    assert [ln.position for ln in edited.lines] == [1, 2]
    revisions = services.billing.revisions(staff.manager, view.number)
    assert [(r[0], r[2], r[3]) for r in revisions] == [(1, "maria", "forgot the workshop")]
    with pytest.raises(Conflict):
        services.billing.edit(
            staff.manager,
            view.number,
            [CATALOGUE],
            reason="stale copy",
            expected_version=view.version,
        )
    entry = services.audit.entries(staff.admin, action="invoice.edit")[0]
    assert entry.before is not None and entry.before["gross"] == "25.00"
    assert entry.after is not None and entry.after["gross"] == "105.10"


def test_each_terminal_has_its_own_gapless_series(
    settings: Settings, clock: FakeClock, services: Services, staff: Staff
) -> None:
    other_till = copy.deepcopy(settings)
    other_till.pos.terminal = "T2"
    till_two = build_services(other_till, clock=clock, hasher=FAST_HASHER)
    try:
        numbers = [
            services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE])).number,
            till_two.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE])).number,
            services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE])).number,
            till_two.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE])).number,
        ]
    finally:
        till_two.close()
    assert numbers == [
        "EXPO24-T1-000001",
        "EXPO24-T2-000001",
        "EXPO24-T1-000002",
        "EXPO24-T2-000002",
    ]


def test_list_filters_by_status_customer_and_date(
    services: Services, staff: Staff, clock: FakeClock, anna: str
) -> None:
    first = services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE], anna))
    clock.advance(days=1)
    services.billing.create_invoice(staff.cashier, SaleInput([WORKSHOP]))
    assert first.number is not None
    services.billing.void(staff.manager, first.number, reason="test")
    billing = services.billing
    assert [r.number for r in billing.list_invoices(staff.cashier)] == [
        "EXPO24-T1-000002",
        "EXPO24-T1-000001",
    ]
    issued = billing.list_invoices(staff.cashier, InvoiceFilter(status=InvoiceStatus.ISSUED))
    assert [r.number for r in issued] == ["EXPO24-T1-000002"]
    by_customer = billing.list_invoices(staff.cashier, InvoiceFilter(customer_code=anna))
    assert [r.customer_name for r in by_customer] == ["Anna Schmidt"]
    day_one = billing.list_invoices(
        staff.cashier, InvoiceFilter(issued_to=clock.now().replace(hour=0))
    )
    assert [r.number for r in day_one] == ["EXPO24-T1-000001"]


def test_every_money_change_is_audited_in_its_transaction(services: Services, staff: Staff) -> None:
    view = services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE]))
    assert view.number is not None
    services.billing.pay(staff.cashier, view.number, [cash("25")])
    services.billing.void(staff.manager, view.number, reason="test")
    with services.db.reader() as uow:
        actions = uow.session.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.entity_key == view.number)
            .order_by(AuditEvent.id)
        ).all()
    assert actions == ["invoice.issue", "invoice.pay", "invoice.void"]


@pytest.mark.parametrize("oldest_first", [False, True])
def test_list_pages_by_key_without_gaps_or_repeats(
    services: Services, staff: Staff, clock: FakeClock, oldest_first: bool
) -> None:
    for n in range(7):
        services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE]))
        if n % 3 == 0:  # several invoices share one second: the id breaks the tie
            clock.advance(minutes=5)
    pages, after = [], None
    while True:
        page = services.billing.list_invoices(
            staff.cashier, limit=3, after=after, oldest_first=oldest_first
        )
        if not page:
            break
        pages.append([r.number for r in page])
        after = page[-1]
    newest_first = [
        ["EXPO24-T1-000007", "EXPO24-T1-000006", "EXPO24-T1-000005"],
        ["EXPO24-T1-000004", "EXPO24-T1-000003", "EXPO24-T1-000002"],
        ["EXPO24-T1-000001"],
    ]
    if oldest_first:
        assert pages == [
            ["EXPO24-T1-000001", "EXPO24-T1-000002", "EXPO24-T1-000003"],
            ["EXPO24-T1-000004", "EXPO24-T1-000005", "EXPO24-T1-000006"],
            ["EXPO24-T1-000007"],
        ]
    else:
        assert pages == newest_first


def test_a_sale_with_its_email_reads_the_exhibition_once(
    services: Services, staff: Staff, anna: str
) -> None:
    """The till's exhibition is read to number the sale; its invoice email (the exhibition's
    name and language) finds the same row again without another query (a round trip per sale,
    and on SQLite about a tenth of its time)."""
    with recorded_statements(services.db.engine) as statements:
        services.billing.create_invoice(staff.cashier, SaleInput([CATALOGUE], anna, [cash("30")]))
    assert any("INSERT INTO outbox_messages" in s for s in statements)  # the email is queued
    assert sum("FROM exhibitions" in s for s in statements) == 1
