"""Customer search: every word must match, newest first, page after page, on both backends."""

from __future__ import annotations

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
