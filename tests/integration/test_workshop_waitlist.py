"""The waitlist on SQLite and PostgreSQL, with a real SMTP server (aiosmtpd): a refund frees a
seat, the first in line gets exactly one offer email and the seat is held for them; an offer
nobody answers passes to the next when its time is up (the fake clock moves, nobody sleeps)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.errors import Conflict, InvalidState, PermissionDenied, ValidationError
from pos_desktop.domain.workshops import SeatsUnavailable, WorkshopInput
from pos_desktop.services.workshop_waitlist import workshop_round_loop
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.smtp_server import SmtpServer
from tests.support.workshops import add_workshop, customer, sell_seats, services_mailing_to_loopback


@pytest.fixture
def mail(services: Services) -> Iterator[SmtpServer]:
    with services_mailing_to_loopback(services) as server:
        yield server


def offers_to(server: SmtpServer, address: str) -> list[str]:
    return [
        str(m["Subject"])
        for m in server.messages
        if m["To"] == address and "seat is free" in str(m["Subject"])
    ]


@pytest.fixture
def full_talk(services: Services, staff: Staff, mail: SmtpServer) -> dict[str, str]:
    """TALK1 with two seats, both sold (to Ada and Bob); Cleo then Dan wait, in that order."""
    add_workshop(services, staff.manager, capacity=2)
    people = {
        name: customer(services, staff.cashier, f"{name} Example", f"{name.lower()}@example.org")
        for name in ("Ada", "Bob", "Cleo", "Dan")
    }
    people["ada_invoice"] = sell_seats(services, staff.cashier, "TALK1", people["Ada"]).number or ""
    sell_seats(services, staff.cashier, "TALK1", people["Bob"])
    for name in ("Cleo", "Dan"):
        services.workshops.join_waitlist(staff.cashier, "TALK1", people[name])
    services.outbox_sender.send_due()
    mail.received.clear()
    return people


def test_a_refund_offers_the_seat_to_the_first_in_line_by_one_email(
    services: Services, staff: Staff, mail: SmtpServer, full_talk: dict[str, str]
) -> None:
    services.refunds.refund(
        staff.cashier, full_talk["ada_invoice"], method="cash", reason="Ada cannot come"
    )
    view = services.workshops.show(staff.cashier, "TALK1")
    assert (view.booked, view.held, view.seats_free, view.waitlist) == (1, 1, 0, 2)
    services.outbox_sender.send_due()
    services.outbox_sender.send_due()  # nothing goes twice
    assert offers_to(mail, "cleo@example.org") == ["A seat is free for you: Espresso basics TALK1"]
    assert offers_to(mail, "dan@example.org") == []
    [offer] = [m for m in mail.messages if m["To"] == "cleo@example.org"]
    body = offer.get_body(("plain",))
    assert body is not None
    assert "until" in body.get_content()

    # The held seat is Cleo's: Dan cannot buy it, Cleo can.
    with pytest.raises(SeatsUnavailable, match="held for the waitlist"):
        sell_seats(services, staff.cashier, "TALK1", full_talk["Dan"])
    sell_seats(services, staff.cashier, "TALK1", full_talk["Cleo"])
    view = services.workshops.show(staff.cashier, "TALK1")
    assert (view.booked, view.held, view.waitlist) == (2, 0, 1)


def test_an_unanswered_offer_passes_to_the_next_when_it_expires(
    services: Services,
    staff: Staff,
    mail: SmtpServer,
    clock: FakeClock,
    full_talk: dict[str, str],
) -> None:
    services.billing.void(staff.manager, full_talk["ada_invoice"], reason="Ada cannot come")
    services.outbox_sender.send_due()
    assert len(offers_to(mail, "cleo@example.org")) == 1
    assert services.settings.workshops.offer_minutes == 30

    clock.advance(minutes=29)
    assert services.workshops.pass_on_expired_offers() == 0
    clock.advance(minutes=2)
    assert services.workshops.pass_on_expired_offers() == 1
    services.outbox_sender.send_due()
    assert len(offers_to(mail, "dan@example.org")) == 1
    assert len(offers_to(mail, "cleo@example.org")) == 1
    # Cleo's seat is gone to Dan now.
    with pytest.raises(SeatsUnavailable):
        sell_seats(services, staff.cashier, "TALK1", full_talk["Cleo"])
    assert [
        o.workshop_code for o in services.workshops.offers_for(staff.cashier, full_talk["Dan"])
    ] == ["TALK1"]

    clock.advance(minutes=31)
    assert services.workshops.pass_on_expired_offers() == 1  # nobody left: back on sale
    view = services.workshops.show(staff.cashier, "TALK1")
    assert (view.booked, view.held, view.seats_free, view.waitlist) == (1, 0, 1, 0)


def test_the_waitlist_is_for_full_workshops_only_and_once_per_person(
    services: Services, staff: Staff, full_talk: dict[str, str]
) -> None:
    with pytest.raises(InvalidState, match="on the waitlist already"):
        services.workshops.join_waitlist(staff.cashier, "TALK1", full_talk["Cleo"])
    add_workshop(services, staff.manager, "TALK2")
    with pytest.raises(InvalidState, match="10 seat"):
        services.workshops.join_waitlist(staff.cashier, "TALK2", full_talk["Cleo"])


def test_more_chairs_go_to_the_waitlist_first_and_fewer_than_sold_are_refused(
    services: Services, staff: Staff, mail: SmtpServer, full_talk: dict[str, str]
) -> None:
    talk = services.workshops.show(staff.manager, "TALK1")
    wanted = WorkshopInput(
        code="TALK1",
        title="Espresso basics, bigger room",
        starts_at=talk.starts_at,
        minutes=talk.minutes,
        capacity=1,
        price="25.00",
        vat_rate="19",
    )
    with pytest.raises(ValidationError, match="at least 2"):
        services.workshops.edit(staff.manager, "TALK1", wanted, expected_version=talk.version)
    with pytest.raises(PermissionDenied):
        services.workshops.edit(staff.cashier, "TALK1", wanted, expected_version=talk.version)
    bigger = replace(wanted, capacity=5)
    moved = services.workshops.edit(staff.manager, "TALK1", bigger, expected_version=talk.version)
    # Cleo and Dan each got a seat held for them; two more are on sale.
    assert (moved.capacity, moved.held, moved.seats_free, moved.waitlist) == (5, 2, 1, 2)
    services.outbox_sender.send_due()
    assert len(offers_to(mail, "cleo@example.org")) == len(offers_to(mail, "dan@example.org")) == 1
    with pytest.raises(Conflict, match="reload"):
        services.workshops.edit(staff.manager, "TALK1", bigger, expected_version=talk.version)
    assert "workshop.edit" in [e.action for e in services.audit.entries(staff.admin)]


def test_a_cancellation_tells_who_holds_a_seat_and_ends_the_waitlist(
    services: Services, staff: Staff, mail: SmtpServer, full_talk: dict[str, str]
) -> None:
    services.workshops.cancel(staff.manager, "TALK1", "the speaker missed the train")
    services.outbox_sender.send_due()
    told = sorted(str(m["To"]) for m in mail.messages if str(m["Subject"]).startswith("Cancelled"))
    assert told == ["ada@example.org", "bob@example.org"]
    [to_ada] = [m for m in mail.messages if m["To"] == "ada@example.org"]
    body = to_ada.get_body(("plain",))
    assert body is not None
    assert "the speaker missed the train" in body.get_content()
    view = services.workshops.show(staff.manager, "TALK1")
    assert (view.status.value, view.waitlist, view.held) == ("cancelled", 0, 0)


def test_the_apps_round_passes_an_expired_offer_on_by_itself(
    services: Services,
    staff: Staff,
    mail: SmtpServer,
    clock: FakeClock,
    full_talk: dict[str, str],
) -> None:
    """The thread ``serve`` starts (ui/app.py): no cashier has to do anything."""
    services.billing.void(staff.manager, full_talk["ada_invoice"], reason="Ada cannot come")
    clock.advance(minutes=31)
    loop = workshop_round_loop(services.workshops.run_round)
    loop.start()
    try:
        deadline = time.monotonic() + 20
        while not services.workshops.offers_for(staff.cashier, full_talk["Dan"]):
            assert time.monotonic() < deadline, "the loop did not pass the offer on"
            time.sleep(0.05)
    finally:
        loop.stop()
    assert services.workshops.offers_for(staff.cashier, full_talk["Cleo"]) == []
