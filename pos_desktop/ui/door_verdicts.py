"""What the door view says for each check-in verdict: colour, words, and whether it sounds.

Pure (no widgets), so each of the five answers is pinned by a unit test: a helper at the door
reads the colour from across the room and the words up close, and only a refusal beeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import Enum

from pos_desktop.domain.workshops import CheckinResult
from pos_desktop.services.workshop_views import CheckinVerdict


class Signal(Enum):
    GO = "go"  # green
    LOOK = "look"  # amber: let them in, but they were here before
    STOP = "stop"  # red: send them to the counter


@dataclass(frozen=True)
class DoorMessage:
    signal: Signal
    headline: str
    detail: str

    @property
    def sounds(self) -> bool:
        return self.signal is Signal.STOP


def _clock(moment: datetime | None, zone: tzinfo | None) -> str:
    return moment.astimezone(zone).strftime("%H:%M") if moment else "?"


def door_message(verdict: CheckinVerdict, zone: tzinfo | None = None) -> DoorMessage:
    """``zone``: the booth's time zone (None: this machine's)."""
    name, result = verdict.name, verdict.result
    if result is CheckinResult.ADMITTED:
        return DoorMessage(
            Signal.GO, f"Admitted: {name}", f"seat {verdict.seat} of {verdict.seats}"
        )
    if result is CheckinResult.ALREADY:
        return DoorMessage(
            Signal.LOOK,
            f"Already checked in at {_clock(verdict.checked_in_at, zone)}",
            f"{name}: all {verdict.seats} seat(s) used",
        )
    if result is CheckinResult.WRONG_SESSION:
        return DoorMessage(
            Signal.STOP,
            f"Booked for {_clock(verdict.booked_for_starts, zone)}, not this session",
            f"{name}: {verdict.booked_for or 'another workshop'}",
        )
    if result is CheckinResult.CANCELLED:
        title = verdict.workshop_title
        return DoorMessage(Signal.STOP, "Cancelled", f"{title} does not take place")
    free = verdict.seats_free
    seats = f"{free} seat{'s' if free != 1 else ''} free"
    return DoorMessage(
        Signal.STOP, f"Not booked - {seats}: send to the counter", f"{name} has no seat here"
    )


def unknown_code(code: str, reason: str) -> DoorMessage:
    """A scan that is not a customer (a mistyped code, a product's barcode...)."""
    return DoorMessage(Signal.STOP, f"Not a visitor's code: {code}", reason)
