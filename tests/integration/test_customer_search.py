"""Customer search: every word must match, newest first, page after page, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.services.customer_views import CustomerView
from tests.conftest import Staff

# Registered in this order; "berg" is in names, a company and an email. The words tested hold
# letters that customer codes never do (O, L), or are too long to turn up in one by chance.
PEOPLE = (
    ("Greta Bergmann", "greta@example.com", None),
    ("Ole Hansen", "ole@example.com", None),
    ("Ida Nyberg", "ida@example.org", "Holm AG"),
    ("Jan Vos", "jan@bergwerk.example", None),
    ("Mia Lund", "mia@example.com", "Heidelberg Druck"),
    ("Tom Berg", "tom@example.com", "Holm AG"),
)


def _register(services: Services, staff: Staff) -> dict[str, str]:
    return {
        name: services.customers.register(
            staff.cashier, CustomerInput(name=name, email=email, company=company or "")
        ).code
        for name, email, company in PEOPLE
    }


def _all_pages(services: Services, staff: Staff, text: str, limit: int) -> list[list[str]]:
    pages: list[list[str]] = []
    after: CustomerView | None = None
    while page := services.customers.list_customers(staff.cashier, text, limit=limit, after=after):
        pages.append([c.name for c in page])
        after = page[-1]
    return pages


def test_matches_come_newest_first_page_by_page(services: Services, staff: Staff) -> None:
    _register(services, staff)
    pages = _all_pages(services, staff, "berg", limit=2)
    assert pages == [["Tom Berg", "Mia Lund"], ["Jan Vos", "Ida Nyberg"], ["Greta Bergmann"]]


def test_short_words_narrow_long_ones_and_alone_page_the_same_way(
    services: Services, staff: Staff
) -> None:
    _register(services, staff)
    # "ol" is too short for the trigram index: a LIKE on the rows "berg" found.
    assert _all_pages(services, staff, "berg ol", limit=1) == [["Tom Berg"], ["Ida Nyberg"]]
    assert _all_pages(services, staff, "ol", limit=2) == [
        ["Tom Berg", "Ida Nyberg"],
        ["Ole Hansen"],
    ]
    assert _all_pages(services, staff, "HOLM berg", limit=10) == [["Tom Berg", "Ida Nyberg"]]
    assert _all_pages(services, staff, "berg nobody", limit=10) == []


def test_without_words_the_list_is_by_name(services: Services, staff: Staff) -> None:
    _register(services, staff)
    names = [name for page in _all_pages(services, staff, "  ", limit=4) for name in page]
    assert names == sorted(name for name, _email, _company in PEOPLE)


def test_a_new_customer_is_found_first_at_once(services: Services, staff: Staff) -> None:
    codes = _register(services, staff)
    newest = services.customers.register(
        staff.cashier, CustomerInput(name="Berit Bergström", email="berit@example.com")
    )
    found = services.customers.search(staff.cashier, "berg", limit=2)
    assert [c.code for c in found] == [newest.code, codes["Tom Berg"]]


def test_a_stale_query_answers_nothing(services: Services, staff: Staff) -> None:
    _register(services, staff)
    search = services.customers.list_customers
    assert [c.name for c in search(staff.cashier, "berg", stop=lambda: False)][:1] == ["Tom Berg"]
    assert search(staff.cashier, "berg", stop=lambda: True) == []
    assert search(staff.cashier, "", stop=lambda: True) == []


BULK = """
INSERT INTO customers (code, name, name_key, search_text, customer_type, registered_by,
                       updated_at, created_at, version)
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
SELECT printf('B%07d', i), 'Bulk ' || i, 'bulk ' || i, 'bulk ' || i || ' b' || i,
       'individual', 'test', datetime('now'), datetime('now'), 1
FROM n
"""


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_sqlite_abandons_a_table_scan_once_the_query_is_stale(
    services: Services, staff: Staff
) -> None:
    """ "qi" is too short for the index and only the oldest customer has it: a full scan."""
    oldest = services.customers.register(
        staff.cashier, CustomerInput(name="Qi Old", email="old@example.com")
    )
    with services.db.unit_of_work() as uow:
        uow.session.execute(text(BULK))
        uow.commit()
    asked = 0

    def stale_after_it_starts() -> bool:
        nonlocal asked
        asked += 1
        return asked > 1

    search = services.customers.list_customers
    assert [c.code for c in search(staff.cashier, "qi", stop=lambda: False)] == [oldest.code]
    assert search(staff.cashier, "qi", stop=stale_after_it_starts) == []
    assert asked == 2  # asked before starting, then once while scanning: stopped there
    assert [c.code for c in search(staff.cashier, "qi")] == [oldest.code]  # the handler is gone
