"""The reminder before a workshop, on SQLite and PostgreSQL with a real SMTP server (aiosmtpd):
everyone holding a seat gets exactly one email when the start is near (the fake clock moves),
also when several terminals run the round at once; refunded seats and ``0`` (off) get none."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select, update

from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.services.workshop_waitlist import workshop_round_loop
from pos_desktop.storage.models import Exhibition, OutboxMessage
from tests.conftest import Staff
from tests.support.clock import FakeClock
from tests.support.smtp_server import SmtpServer
from tests.support.workshops import add_workshop, customer, sell_seats, services_mailing_to_loopback


@pytest.fixture
def mail(services: Services) -> Iterator[SmtpServer]:
    with services_mailing_to_loopback(services) as server:
        yield server


def reminders_to(server: SmtpServer) -> list[tuple[str, str]]:
    return sorted(
        (str(m["To"]), str(m["Subject"]))
        for m in server.messages
        if "Starting soon" in str(m["Subject"]) or "Beginnt bald" in str(m["Subject"])
    )


def queued_reminders(services: Services) -> list[str]:
    with services.db.reader() as uow:
        return sorted(
            uow.session.scalars(
                select(OutboxMessage.recipient).where(OutboxMessage.kind == "ws_reminder")
            ).all()
        )


def test_everyone_holding_a_seat_is_reminded_once_before_the_start(
    services: Services, staff: Staff, clock: FakeClock, mail: SmtpServer
) -> None:
    add_workshop(services, staff.manager)  # starts in 4 hours, 45 minutes, Stage B
    ada = customer(services, staff.cashier, "Ada Lovelace")
    bob = customer(services, staff.cashier, "Bob Brown")
    cleo = customer(services, staff.cashier, "Cleo Clark")
    sell_seats(services, staff.cashier, "TALK1", ada)
    sell_seats(services, staff.cashier, "TALK1", bob, seats=2)
    cleos = sell_seats(services, staff.cashier, "TALK1", cleo)
    services.billing.void(staff.manager, cleos.number or "", reason="Cleo cannot come")
    assert services.settings.workshops.reminder_minutes == 60

    clock.advance(hours=2, minutes=59)  # 61 minutes before the start
    assert services.workshops.run_round().reminders == 0
    clock.advance(minutes=2)
    assert services.workshops.run_round().reminders == 2
    sell_seats(services, staff.cashier, "TALK1", bob)  # a third seat: no second reminder
    clock.advance(minutes=10)
    assert services.workshops.run_round().reminders == 0
    services.outbox_sender.send_due()
    services.outbox_sender.send_due()
    assert reminders_to(mail) == [
        ("ada@example.org", "Starting soon: Espresso basics TALK1"),
        ("bob@example.org", "Starting soon: Espresso basics TALK1"),
    ]
    [to_ada] = [
        m for m in mail.messages if m["To"] == "ada@example.org" and "soon" in str(m["Subject"])
    ]
    body = to_ada.get_body(("plain",))
    assert body is not None
    assert "45 minutes, Stage B" in body.get_content()

    # Sold after the reminders went, inside the hour: reminded at the next round.
    dan = customer(services, staff.cashier, "Dan Dorsey")
    sell_seats(services, staff.cashier, "TALK1", dan)
    assert services.workshops.run_round().reminders == 1
    clock.advance(hours=1)  # started: nobody is reminded any more
    eve = customer(services, staff.cashier, "Eve Evans")
    sell_seats(services, staff.cashier, "TALK1", eve)
    assert services.workshops.run_round().reminders == 0
    assert queued_reminders(services) == ["ada@example.org", "bob@example.org", "dan@example.org"]


def test_no_reminders_when_set_to_zero_and_in_german_for_a_german_fair(
    services: Services, staff: Staff, clock: FakeClock, mail: SmtpServer
) -> None:
    add_workshop(services, staff.manager)
    ada = customer(services, staff.cashier, "Ada Lovelace")
    sell_seats(services, staff.cashier, "TALK1", ada)
    clock.advance(hours=3, minutes=30)
    services.settings.workshops.reminder_minutes = 0
    assert services.workshops.run_round().reminders == 0
    services.settings.workshops.reminder_minutes = 60
    with services.db.unit_of_work() as uow:
        uow.session.execute(update(Exhibition).values(language="de"))
        uow.commit()
    assert services.workshops.run_round().reminders == 1
    services.outbox_sender.send_due()
    assert reminders_to(mail) == [("ada@example.org", "Beginnt bald: Espresso basics TALK1")]
    [message] = [m for m in mail.messages if "Beginnt" in str(m["Subject"])]
    body = message.get_body(("plain",))
    assert body is not None
    assert "Ihr Platz ist gebucht" in body.get_content()


def test_terminals_running_the_round_at_once_remind_each_person_once(
    services: Services, staff: Staff, clock: FakeClock, settings: Settings
) -> None:
    add_workshop(services, staff.manager, capacity=40)
    add_workshop(services, staff.manager, "TALK2", capacity=40)
    people = [
        customer(services, staff.cashier, f"Visitor {n}", f"v{n}@example.org") for n in range(24)
    ]
    for n, code in enumerate(people):
        sell_seats(services, staff.cashier, "TALK1" if n % 2 else "TALK2", code)
    clock.advance(hours=3, minutes=30)
    others = []
    for terminal in ("T2", "T3", "T4"):
        theirs = replace(settings, pos=replace(settings.pos, terminal=terminal))
        others.append(build_services(theirs, clock=clock))
    tills = [services, *others]
    ready = threading.Barrier(len(tills))
    counts: list[int] = []
    errors: list[BaseException] = []

    def run(till: Services) -> None:
        ready.wait()
        try:
            counts.append(till.workshops.run_round().reminders)
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(till,)) for till in tills]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for till in others:
            till.close()
    assert errors == []
    assert sum(counts) == 24, counts
    assert queued_reminders(services) == sorted(f"v{n}@example.org" for n in range(24))


def test_the_apps_round_sends_due_reminders_by_itself(
    services: Services, staff: Staff, clock: FakeClock
) -> None:
    """The thread ``serve`` starts (ui/app.py) reminds without anyone running a command."""
    add_workshop(services, staff.manager)
    sell_seats(services, staff.cashier, "TALK1", customer(services, staff.cashier, "Ada Lovelace"))
    clock.advance(hours=3, minutes=30)
    loop = workshop_round_loop(services.workshops.run_round)
    loop.start()
    try:
        deadline = time.monotonic() + 20
        while not queued_reminders(services):
            assert time.monotonic() < deadline, "the round did not remind"
            time.sleep(0.05)
    finally:
        loop.stop()
    assert queued_reminders(services) == ["ada@example.org"]
