"""The message bus's own rules: order, chains of events, listeners that fail."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import pytest
from sqlalchemy.orm import Session

from pos_desktop.services.messagebus import MessageBus, Transaction


@dataclass
class Sold:
    number: str


@dataclass
class Printed:
    number: str


@dataclass
class FakeTransaction:
    """Only what a handler uses: no database is needed to test the bus's routing."""

    events: list[object] = field(default_factory=list)
    session: Session = field(default=None)  # type: ignore[assignment]

    def record(self, event: object) -> None:
        self.events.append(event)


def run(bus: MessageBus, *events: object) -> FakeTransaction:
    uow = FakeTransaction(list(events))
    bus.in_transaction(uow, uow.events)
    return uow


def test_handlers_run_in_registration_order_and_their_events_are_handled_too() -> None:
    bus, done = MessageBus(), []

    def print_receipt(uow: Transaction, event: Sold) -> None:
        done.append(f"print {event.number}")
        uow.record(Printed(event.number))

    bus.handle(Sold, print_receipt)
    bus.handle(Sold, lambda _uow, event: done.append(f"stock {event.number}"))
    bus.handle(Printed, lambda _uow, event: done.append(f"wake printer for {event.number}"))

    uow = run(bus, Sold("T1-1"), Sold("T1-2"))

    assert done == [
        "print T1-1",
        "stock T1-1",
        "print T1-2",
        "stock T1-2",
        "wake printer for T1-1",
        "wake printer for T1-2",
    ]
    assert uow.events == [Sold("T1-1"), Sold("T1-2"), Printed("T1-1"), Printed("T1-2")]


def test_events_that_cause_themselves_forever_are_stopped() -> None:
    bus = MessageBus()
    bus.handle(Sold, lambda uow, event: uow.record(Sold(event.number + "!")))
    with pytest.raises(RuntimeError, match="keep causing events"):
        run(bus, Sold("T1-1"))


def test_a_failing_listener_is_logged_and_the_others_still_hear(
    caplog: pytest.LogCaptureFixture,
) -> None:
    bus, heard = MessageBus(), []

    def broken(_event: Sold) -> None:
        raise OSError("display unplugged")

    bus.listen(Sold, broken)
    bus.listen(Sold, lambda event: heard.append(event.number))
    with caplog.at_level(logging.ERROR):
        bus.after_commit([Sold("T1-1")])
    assert heard == ["T1-1"]
    assert "display unplugged" in caplog.text


def test_a_listener_that_stopped_hears_nothing_and_stopping_twice_is_harmless() -> None:
    bus, heard = MessageBus(), []
    stop = bus.listen(Sold, lambda event: heard.append(event.number))
    bus.after_commit([Sold("T1-1")])
    stop()
    stop()
    bus.after_commit([Sold("T1-2"), Printed("T1-2")])
    assert heard == ["T1-1"]
