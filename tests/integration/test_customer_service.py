"""Registering, finding and editing customers, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import func, select, text

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.domain.codes import ALPHABET, CustomerCode, check_character
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.errors import (
    Conflict,
    DuplicateCustomer,
    InvalidCustomerCode,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from pos_desktop.domain.invoice import LineInput
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.domain.text import fold
from pos_desktop.services.customer_views import CustomerView
from pos_desktop.services.customers import CustomerOrder
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import AuditEvent, Customer
from tests.conftest import FAST_HASHER, Staff
from tests.support.clock import FakeClock
from tests.support.statements import recorded_statements

ANNA = CustomerInput(
    name="Anna Schmidt",
    email="Anna.Schmidt@Example.COM",
    phone="030 1234567",
    company="Schmidt & Söhne GmbH",
    job_title="Buyer",
    country="Germany",
    city="Berlin",
    customer_type="corporate",
)


def count(services: Services, model: type) -> int:
    with services.db.reader() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def test_registration_stores_clean_values_and_is_audited(services: Services, staff: Staff) -> None:
    view = services.customers.register(staff.cashier, ANNA)

    assert CustomerCode.parse(view.code).value == view.code
    assert view.phone == "+49301234567"
    assert view.email == "Anna.Schmidt@example.com"
    assert view.country == "DE"
    assert view.customer_type.value == "corporate"
    assert view.registered_by == "carl"
    entries = services.audit.entries(staff.admin, action="customer.register")
    assert [e.entity_key for e in entries] == [view.code]
    assert entries[0].actor == "carl"
    assert entries[0].after is not None and entries[0].after["phone"] == "+49301234567"


def test_bad_fields_are_all_reported_and_nothing_is_written(
    services: Services, staff: Staff
) -> None:
    bad = CustomerInput(
        name="<script>x</script>", email="not-an-email", phone="abc", country="Atlantis"
    )
    with pytest.raises(ValidationError) as caught:
        services.customers.register(staff.cashier, bad)
    assert set(caught.value.fields) == {"name", "email", "phone", "country"}
    assert count(services, Customer) == 0
    assert services.audit.entries(staff.admin, action="customer") == []


def test_second_registration_with_same_email_warns_with_existing_customer(
    services: Services, staff: Staff
) -> None:
    first = services.customers.register(staff.cashier, ANNA)
    again = CustomerInput(name="Anna S.", email="anna.schmidt@example.com")
    with pytest.raises(DuplicateCustomer) as caught:
        services.customers.register(staff.cashier, again)
    assert caught.value.existing_code == first.code
    assert "Anna Schmidt" in caught.value.message

    second = services.customers.register(staff.cashier, again, allow_duplicate_email=True)
    assert second.code != first.code
    assert count(services, Customer) == 2


def test_code_collision_is_retried_with_a_new_code(
    settings: Settings, clock: FakeClock, staff: Staff
) -> None:
    taken = CustomerCode.generate()
    fresh = CustomerCode.generate()
    codes: Iterator[CustomerCode] = iter([taken, taken, fresh])
    colliding = build_services(
        settings, clock=clock, hasher=FAST_HASHER, new_code=lambda: next(codes)
    )
    try:
        first = colliding.customers.register(staff.cashier, ANNA)
        second = colliding.customers.register(
            staff.cashier, CustomerInput(name="Ben", email="ben@example.org")
        )
    finally:
        colliding.close()
    assert first.code == taken.value
    assert second.code == fresh.value


def test_lookup_normalises_what_the_cashier_typed(services: Services, staff: Staff) -> None:
    view = services.customers.register(staff.cashier, ANNA)
    typed = f" {view.code[:4].lower()}-{view.code[4:].lower()} "
    assert services.customers.get(staff.cashier, typed).code == view.code


def _mistyped(code: str) -> str:
    wrong = ALPHABET[(ALPHABET.index(code[2]) + 1) % len(ALPHABET)]
    return code[:2] + wrong + code[3:]


def test_mistyped_code_is_refused_before_any_query(services: Services, staff: Staff) -> None:
    view = services.customers.register(staff.cashier, ANNA)
    with (
        recorded_statements(services.db.engine) as statements,
        pytest.raises(InvalidCustomerCode, match="mistyped"),
    ):
        services.customers.get(staff.cashier, _mistyped(view.code))
    assert statements == []


def test_unknown_but_valid_code_is_not_found(services: Services, staff: Staff) -> None:
    body = "2345678"
    with pytest.raises(NotFound, match="no customer"):
        services.customers.get(staff.cashier, body + check_character(body))


def test_search_finds_by_name_email_phone_company_and_code(
    services: Services, staff: Staff
) -> None:
    anna = services.customers.register(staff.cashier, ANNA)
    services.customers.register(
        staff.cashier,
        CustomerInput(name="Jürgen Müller", email="jm@example.org", company="ACME", country="AT"),
    )
    search = services.customers.search
    assert [c.code for c in search(staff.cashier, "schmidt")] == [anna.code]
    assert [c.name for c in search(staff.cashier, "muller")] == ["Jürgen Müller"]
    assert [c.code for c in search(staff.cashier, "anna.schmidt@")] == [anna.code]
    assert [c.code for c in search(staff.cashier, "030 1234567".replace(" ", ""))] == [anna.code]
    assert [c.code for c in search(staff.cashier, "söhne")] == [anna.code]
    assert [c.code for c in search(staff.cashier, anna.code.lower())] == [anna.code]
    assert search(staff.cashier, "anna acme") == []
    assert search(staff.cashier, "%") == []  # a wildcard is a character, not "everything"
    assert search(staff.cashier, "'; DROP TABLE customers; --") == []
    assert count(services, Customer) == 2


def test_edit_changes_only_given_fields_and_audits_before_after(
    services: Services, staff: Staff
) -> None:
    view = services.customers.register(staff.cashier, ANNA)
    edited = services.customers.edit(staff.cashier, view.code, {"phone": "+41 44 668 18 00"})

    assert edited.phone == "+41446681800"
    assert edited.email == view.email
    assert edited.version == view.version + 1
    entry = services.audit.entries(staff.admin, action="customer.edit")[0]
    assert entry.before == {"phone": "+49301234567"}
    assert entry.after == {"phone": "+41446681800"}


def test_stale_edit_is_refused_not_overwriting(services: Services, staff: Staff) -> None:
    view = services.customers.register(staff.cashier, ANNA)
    services.customers.edit(
        staff.cashier, view.code, {"city": "Hamburg"}, expected_version=view.version
    )
    with pytest.raises(Conflict, match="another terminal"):
        services.customers.edit(
            staff.manager, view.code, {"city": "Munich"}, expected_version=view.version
        )
    assert services.customers.get(staff.cashier, view.code).city == "Hamburg"


def test_edits_of_different_fields_from_two_terminals_both_survive(
    services: Services, staff: Staff
) -> None:
    view = services.customers.register(staff.cashier, ANNA)
    services.customers.edit(staff.cashier, view.code, {"city": "Hamburg"})
    services.customers.edit(staff.manager, view.code, {"job_title": "Head of purchasing"})
    final = services.customers.get(staff.cashier, view.code)
    assert (final.city, final.job_title) == ("Hamburg", "Head of purchasing")


def test_invalid_edit_changes_nothing(services: Services, staff: Staff) -> None:
    view = services.customers.register(staff.cashier, ANNA)
    with pytest.raises(ValidationError) as caught:
        services.customers.edit(staff.cashier, view.code, {"city": "Paris", "email": "nope"})
    assert caught.value.fields == ["email"]
    assert services.customers.get(staff.cashier, view.code).city == "Berlin"
    with pytest.raises(ValidationError, match="cannot be edited"):
        services.customers.edit(staff.cashier, view.code, {"code": "X"})


def test_bill_count_and_total_exclude_voided_invoices(services: Services, staff: Staff) -> None:
    anna = services.customers.register(staff.cashier, ANNA)
    line = [LineInput("Catalogue", Decimal(1), Decimal("12.50"), Decimal(7))]
    services.billing.create_invoice(staff.cashier, SaleInput(line, anna.code))
    second = services.billing.create_invoice(staff.cashier, SaleInput(line * 2, anna.code))
    assert second.number is not None
    services.billing.void(staff.manager, second.number, reason="scanned twice")

    card = services.customers.card(staff.cashier, anna.code)
    assert card.bill_count == 1
    assert [(t.currency, t.total) for t in card.totals] == [("EUR", Decimal("12.50"))]
    assert [b.status for b in card.last_invoices] == ["voided", "issued"]

    rows = services.customers.bills_per_customer(staff.cashier)
    assert [(r.code, r.bill_count, r.total) for r in rows] == [(anna.code, 1, Decimal("12.50"))]


def test_permissions_are_enforced_by_the_service(services: Services, staff: Staff) -> None:
    """Not only hidden buttons: the service itself refuses what the role does not allow."""
    with pytest.raises(PermissionDenied, match=r"audit\.view"):
        services.audit.entries(staff.manager)
    reader_only = Actor(None, "kiosk", Role.CASHIER, "kiosk")
    assert services.customers.register(reader_only, ANNA).code


def test_registration_leaves_no_audit_without_customer(services: Services, staff: Staff) -> None:
    """Audit event and customer are one transaction: both or neither."""
    with pytest.raises(ValidationError):
        services.customers.register(staff.cashier, CustomerInput(name="", email="a@example.org"))
    with services.db.reader() as uow:
        events = uow.session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.action == "customer.register")
        )
    assert events == 0


def test_list_pages_by_name_and_filters_by_every_word(services: Services, staff: Staff) -> None:
    names = ["Émile Zola", "anna Schmidt", "Anna Schmidt", "Bob Meier", "Zoë Ünal", "Ada Byron"]
    for n, name in enumerate(names):
        services.customers.register(
            staff.cashier, CustomerInput(name=name, email=f"p{n}@example.com", company="ACME")
        )
    pages, after = [], None
    while page := services.customers.list_customers(staff.cashier, limit=4, after=after):
        pages.append([c.name for c in page])
        after = page[-1]
    flat = [name for page in pages for name in page]
    assert len(pages) == 2 and sorted(flat) == sorted(names)  # nobody twice, nobody lost
    assert flat[:2] == ["Ada Byron", flat[1]] and {flat[1], flat[2]} == {
        "anna Schmidt",
        "Anna Schmidt",
    }
    assert flat[-1] == "Zoë Ünal"  # accents fold: É sorts with E, before Z
    found = services.customers.list_customers(staff.cashier, "schmidt acme")
    assert sorted(c.name for c in found) == ["Anna Schmidt", "anna Schmidt"]
    assert services.customers.list_customers(staff.cashier, "schmidt nobody") == []


def test_search_follows_edits_and_short_words_still_match(services: Services, staff: Staff) -> None:
    """The trigram index (migration 0002) stays in step with registrations and edits."""
    code = services.customers.register(
        staff.cashier, CustomerInput(name="Jo Wu", email="jo@example.com", company="Ottobock")
    ).code
    assert [c.code for c in services.customers.search(staff.cashier, "ottob")] == [code]
    assert [c.code for c in services.customers.search(staff.cashier, "wu")] == [code]  # < 3
    services.customers.edit(staff.cashier, code, {"company": "Festo"})
    assert services.customers.search(staff.cashier, "ottob") == []
    assert [c.code for c in services.customers.search(staff.cashier, "fest jo")] == [code]
    assert [c.code for c in services.customers.search(staff.cashier, 'fe"sto')] == []


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)  # PostgreSQL indexes the column
def test_sqlite_search_index_is_kept_by_triggers(services: Services, staff: Staff) -> None:
    code = services.customers.register(
        staff.cashier, CustomerInput(name="Jo Wu", email="jo@example.com", company="Ottobock")
    ).code

    def indexed(word: str) -> list[int]:
        with services.db.reader() as uow:
            found = uow.session.execute(
                text("SELECT rowid FROM customer_search WHERE customer_search MATCH :w"),
                {"w": f'"{word}"'},
            )
            return [row[0] for row in found]

    assert len(indexed("ottob")) == 1
    services.customers.edit(staff.cashier, code, {"company": "Festo"})
    assert (indexed("ottob"), len(indexed("festo"))) == ([], 1)


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("order", list(CustomerOrder))
def test_every_order_pages_through_everyone_once_in_order(
    services: Services, staff: Staff, order: CustomerOrder, descending: bool
) -> None:
    names = ["Émile", "bob", "Anna", "anna", "Zoë", "Chris", "Bea"]
    registered = [
        services.customers.register(staff.cashier, CustomerInput(name=n, email=f"{i}@x.org"))
        for i, n in enumerate(names)
    ]
    billed = bill_some(services, staff, registered)
    seen: list[CustomerView] = []
    while True:
        page = services.customers.list_customers(
            staff.cashier,
            limit=2,
            after=seen[-1] if seen else None,
            order=order,
            descending=descending,
        )
        if not page:
            break
        seen += page

    def most_billed(measure: int) -> list[CustomerView]:
        """Billed (a row, even if all voided or refunded) by the measure, then the newest;
        then the never billed, newest first."""
        ranked = sorted(billed, key=lambda n: (billed[n][measure], n), reverse=True)
        never = [n for n in reversed(range(len(registered))) if n not in billed]
        return [registered[n] for n in ranked + never]

    expected = {
        CustomerOrder.NAME: sorted(registered, key=lambda c: (fold(c.name), c.code)),
        CustomerOrder.CODE: sorted(registered, key=lambda c: c.code),
        CustomerOrder.NEWEST: registered[::-1],
        CustomerOrder.BILLS: most_billed(0),
        CustomerOrder.TOTAL: most_billed(1),
    }[order]
    assert [c.code for c in seen] == [c.code for c in (expected[::-1] if descending else expected)]


def bill_some(
    services: Services, staff: Staff, customers: list[CustomerView]
) -> dict[int, tuple[int, Decimal]]:
    """Sales to some of ``customers`` (by position): two bills, a voided one, one refunded in
    full, ties on the total; returns position -> (bills, total net of voids and refunds)."""
    billing = services.billing

    def sell(position: int, amount: str) -> str:
        line = LineInput("Item", Decimal(1), Decimal(amount), Decimal(19))
        number = billing.create_invoice(
            staff.cashier, SaleInput([line], customers[position].code)
        ).number
        assert number is not None
        return number

    sell(4, "10.00")
    sell(4, "20.00")
    sell(2, "50.00")
    billing.void(staff.manager, sell(1, "5.00"), reason="scanned twice")
    services.refunds.refund(staff.manager, sell(5, "30.00"), method="cash", reason="returned")
    sell(6, "30.00")
    return {
        4: (2, Decimal("30.00")),
        2: (1, Decimal("50.00")),
        1: (0, Decimal(0)),
        5: (1, Decimal(0)),
        6: (1, Decimal("30.00")),
    }
