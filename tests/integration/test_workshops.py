"""Workshops on SQLite and PostgreSQL: seats sold through the ordinary sale and never more than
the chairs, freed by voids and refunds, the door's verdicts, cancelling, the certificate PDF."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import InvalidState, NotFound, PermissionDenied, ValidationError
from pos_desktop.domain.invoice import LineInput
from pos_desktop.domain.workshops import CheckinResult, SeatsUnavailable
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from pos_desktop.storage.models import Invoice, WorkshopBooking
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.pdf_reading import page_texts
from tests.support.workshops import add_workshop, customer, sell_seats

D = Decimal


def invoices(services: Services) -> int:
    with services.db.reader() as uow:
        return int(uow.session.scalar(select(func.count(Invoice.id))) or 0)


def test_seats_sell_like_products_until_the_chairs_run_out(
    services: Services, staff: Staff
) -> None:
    add_workshop(services, staff.manager, capacity=3)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    bob = customer(services, staff.cashier, "Bob Brown")
    sold = sell_seats(services, staff.cashier, "talk1", ada, seats=2)
    assert (sold.gross, sold.lines[0].description.startswith("Workshop TALK1")) == (
        D("50.00"),
        True,
    )
    before = invoices(services)
    with pytest.raises(SeatsUnavailable, match=r"full: 1 of 3 seats free, 2 wanted"):
        sell_seats(services, staff.cashier, "TALK1", bob, seats=2)
    assert invoices(services) == before  # nothing of the refused sale was saved
    sell_seats(services, staff.cashier, "TALK1", bob)
    view = services.workshops.show(staff.cashier, "TALK1")
    assert (view.booked, view.seats_free, view.revenue) == (3, 0, D("75.00"))


def test_a_seat_needs_a_customer_and_whole_seats(services: Services, staff: Staff) -> None:
    add_workshop(services, staff.manager)
    with pytest.raises(ValidationError, match="needs a customer"):
        sell_seats(services, staff.cashier, "TALK1", None)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    seat = services.sale_items.find(staff.cashier, "TALK1").line(D("1.5"))
    with pytest.raises(ValidationError, match="whole numbers"):
        services.billing.create_invoice(staff.cashier, SaleInput([seat], ada, []))
    assert services.workshops.show(staff.cashier, "TALK1").booked == 0


def test_a_free_workshop_books_without_payment(services: Services, staff: Staff) -> None:
    add_workshop(services, staff.manager, "FREE", price="0")
    ada = customer(services, staff.cashier, "Ada Lovelace")
    sold = sell_seats(services, staff.cashier, "FREE", ada)
    assert (sold.gross, sold.payments, sold.balance) == (D(0), (), D(0))
    assert services.workshops.show(staff.cashier, "FREE").booked == 1
    # A free-text line still needs a price.
    with pytest.raises(ValidationError, match="greater than 0"):
        services.billing.create_invoice(
            staff.cashier, SaleInput([LineInput("Leaflet", D(1), D(0), D(19))], ada)
        )


def test_a_void_and_a_refund_free_their_seats(services: Services, staff: Staff) -> None:
    add_workshop(services, staff.manager, capacity=3)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    bob = customer(services, staff.cashier, "Bob Brown")
    first = sell_seats(services, staff.cashier, "TALK1", ada, seats=2)
    second = sell_seats(services, staff.cashier, "TALK1", bob)
    assert services.workshops.show(staff.cashier, "TALK1").seats_free == 0
    assert first.number and second.number
    services.refunds.refund(
        staff.cashier, first.number, [RefundLine(1, D(1))], method="cash", reason="one cannot come"
    )
    assert services.workshops.show(staff.cashier, "TALK1").booked == 2
    services.billing.void(staff.manager, second.number, reason="sold to the wrong person")
    view = services.workshops.show(staff.cashier, "TALK1")
    assert (view.booked, view.seats_free, view.revenue) == (1, 2, D("25.00"))
    with services.db.reader() as uow:
        released = uow.session.scalars(
            select(WorkshopBooking.released).order_by(WorkshopBooking.id)
        ).all()
    assert released == [1, 1]


def test_an_invoice_with_seats_is_voided_or_refunded_not_edited(
    services: Services, staff: Staff
) -> None:
    add_workshop(services, staff.manager)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    sold = sell_seats(services, staff.cashier, "TALK1", ada)
    assert sold.number is not None
    with pytest.raises(InvalidState, match="void or refund"):
        services.billing.edit(
            staff.manager,
            sold.number,
            [LineInput("Coffee", D(1), D(3), D(19))],
            reason="changed their mind",
            expected_version=sold.version,
        )
    assert services.workshops.show(staff.cashier, "TALK1").booked == 1


def test_the_door_admits_once_per_seat_and_tells_the_others_why_not(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    add_workshop(services, staff.manager, "TALK1")
    add_workshop(services, staff.manager, "TALK2", hours_later=5)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    bob = customer(services, staff.cashier, "Bob Brown")
    eve = customer(services, staff.cashier, "Eve Evans")
    sell_seats(services, staff.cashier, "TALK1", ada)
    sell_seats(services, staff.cashier, "TALK2", bob)
    door = services.workshops.check_in

    first = door(staff.cashier, "TALK1", ada)
    assert (first.result, first.name, first.seat, first.seats, first.seats_free) == (
        CheckinResult.ADMITTED,
        "Ada Lovelace",
        1,
        1,
        9,
    )
    clock.advance(minutes=3)
    again = door(staff.cashier, "TALK1", ada)
    assert (again.result, again.checked_in_at) == (CheckinResult.ALREADY, first.checked_in_at)
    wrong = door(staff.cashier, "TALK1", bob)
    assert (wrong.result, wrong.booked_for) == (CheckinResult.WRONG_SESSION, "TALK2")
    assert door(staff.cashier, "TALK1", eve).result is CheckinResult.NOT_BOOKED
    services.workshops.cancel(staff.manager, "TALK2", "speaker is ill")
    assert door(staff.cashier, "TALK2", bob).result is CheckinResult.CANCELLED
    assert services.workshops.show(staff.cashier, "TALK1").checked_in == 1


def test_only_managers_set_up_and_cancel_and_each_is_audited(
    services: Services, staff: Staff
) -> None:
    with pytest.raises(PermissionDenied):
        add_workshop(services, staff.cashier)
    talk = add_workshop(services, staff.manager)
    with pytest.raises(PermissionDenied):
        services.workshops.cancel(staff.cashier, "TALK1", "no reason")
    services.workshops.cancel(staff.manager, "TALK1", "room flooded")
    ada = customer(services, staff.cashier, "Ada Lovelace")
    with pytest.raises(NotFound, match="no product or workshop on sale"):
        sell_seats(services, staff.cashier, "TALK1", ada)
    # A cart that picked the seat before the cancellation is refused when saved.
    seat = LineInput("Seat", D(1), D(25), D(19), workshop_id=talk.id)
    with pytest.raises(SeatsUnavailable, match="is cancelled"):
        services.billing.create_invoice(staff.cashier, SaleInput([seat], ada, []))
    actions = [e.action for e in services.audit.entries(staff.admin, action="workshop")]
    assert sorted(actions) == ["workshop.add", "workshop.cancel"]


def test_certificates_go_to_who_came_with_name_and_title_in_the_pdf(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    add_workshop(services, staff.manager)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    bob = customer(services, staff.cashier, "Bob Brown")
    sell_seats(services, staff.cashier, "TALK1", ada)
    sell_seats(services, staff.cashier, "TALK1", bob)
    services.workshops.check_in(staff.cashier, "TALK1", ada)
    with pytest.raises(InvalidState, match="certificates after that"):
        services.workshops.queue_certificates(staff.manager, "TALK1")
    clock.advance(hours=5)
    assert services.workshops.queue_certificates(staff.manager, "TALK1") == 1
    [message] = [m for m in services.outbox.messages(staff.manager) if m.kind == "certificate"]
    assert message.recipient == "ada@example.org"
    pdf = services.workshops.render_certificate_pdf(f"TALK1|{ada}")
    text = " ".join(page_texts(pdf))
    assert "Ada Lovelace" in text
    assert "Espresso basics TALK1" in text
    assert "45 minutes" in text
