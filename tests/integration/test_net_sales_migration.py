"""Migration 0022 on a database with sales in it: the hourly totals are counted again as net
sales, customers' totals are filled, and the triggers keep them from then on."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import inspect, select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage import migrate
from pos_desktop.storage.customer_totals import rebuild
from pos_desktop.storage.engine import create_engine_for
from pos_desktop.storage.models import Customer, CustomerTotal
from tests.conftest import Staff
from tests.support.books import invoice_counts, line_sums, read_books
from tests.support.clock import FakeClock
from tests.support.sales_recount import recount, stored

D = Decimal
BOOK = LineInput("Book", D(2), D("12.50"), D(7))


def totals(services: Services) -> dict[object, tuple[int, Decimal]]:
    with services.db.reader() as uow:
        return {
            t.customer_id: (t.bills, t.gross)
            for t in uow.session.scalars(select(CustomerTotal))
            if t.bills or t.gross
        }


def expected(services: Services) -> dict[object, tuple[int, Decimal]]:
    books = read_books(services)
    bills = invoice_counts(books.invoices, lambda e: e.customer_id)
    gross = line_sums(books.lines, lambda e: e.customer_id)
    out = {c: (n, gross[c].gross if c in gross else D(0)) for c, n in bills.items() if c}
    return {c: pair for c, pair in out.items() if pair != (0, D(0))}


def test_upgrading_a_database_with_sales_counts_them_as_net_sales(
    services: Services, staff: Staff, clock: FakeClock, database_url: str
) -> None:
    billing, cashier = services.billing, staff.cashier
    ada, bob = (
        services.customers.register(cashier, CustomerInput(name=n, email=f"{n}@example.org"))
        for n in ("ada", "bob")
    )
    kept = billing.create_invoice(
        cashier, SaleInput([BOOK], ada.code, [PaymentInput(PaymentMethod.CASH, D(25))])
    )
    voided = billing.create_invoice(cashier, SaleInput([BOOK, BOOK], bob.code))
    assert kept.number is not None and voided.number is not None
    clock.advance(hours=3)
    billing.void(staff.manager, voided.number, reason="twice")
    services.refunds.refund(
        staff.manager, kept.number, [RefundLine(1, D(1))], method="cash", reason="one back"
    )
    engine = create_engine_for(database_url)
    try:
        migrate.downgrade(engine, "0021")
        assert "customer_totals" not in inspect(engine).get_table_names()
        migrate.upgrade(engine)
        assert stored(services) == recount(services)
        assert (
            totals(services) == expected(services) == {ada_id(services, ada.code): (1, D("12.50"))}
        )

        billing.create_invoice(cashier, SaleInput([BOOK], bob.code))  # the triggers are back
        assert totals(services) == expected(services)
        with engine.begin() as connection:  # the repair agrees
            rebuild(connection)
        assert totals(services) == expected(services)
    finally:
        migrate.upgrade(engine)
        engine.dispose()


def ada_id(services: Services, code: str) -> int:
    with services.db.reader() as uow:
        found = uow.session.scalar(select(Customer.id).where(Customer.code == code))
    assert found is not None
    return found
