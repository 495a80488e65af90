"""What the door view says for each check-in verdict: colour, words, and whether it sounds.

No widgets (only ``tr`` for the words), so each of the five answers can be pinned by a test: a
helper at the door reads the colour from across the room and the words up close, and only a
refusal beeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from enum import Enum

from pos_desktop.domain.workshops import CheckinResult
from pos_desktop.services.workshop_views import CheckinVerdict
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.local_dates import CLOCK, moment_text


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
    return moment_text(moment.astimezone(zone), CLOCK) if moment else "?"


def door_message(verdict: CheckinVerdict, zone: tzinfo | None = None) -> DoorMessage:
    """``zone``: the booth's time zone (None: this machine's)."""
    name, result = verdict.name, verdict.result
    if result is CheckinResult.ADMITTED:
        return DoorMessage(
            Signal.GO,
            tr("DoorVerdicts", "Admitted: {name}").format(name=name),
            tr("DoorVerdicts", "seat {seat} of {seats}").format(
                seat=verdict.seat, seats=verdict.seats
            ),
        )
    if result is CheckinResult.ALREADY:
        return DoorMessage(
            Signal.LOOK,
            tr("DoorVerdicts", "Already checked in at {time}").format(
                time=_clock(verdict.checked_in_at, zone)
            ),
            tr("DoorVerdicts", "{name}: all {seats} seat(s) used").format(
                name=name, seats=verdict.seats
            ),
        )
    if result is CheckinResult.WRONG_SESSION:
        booked = verdict.booked_for or tr("DoorVerdicts", "another workshop")
        return DoorMessage(
            Signal.STOP,
            tr("DoorVerdicts", "Booked for {time}, not this session").format(
                time=_clock(verdict.booked_for_starts, zone)
            ),
            f"{name}: {booked}",
        )
    if result is CheckinResult.CANCELLED:
        return DoorMessage(
            Signal.STOP,
            tr("DoorVerdicts", "Cancelled"),
            tr("DoorVerdicts", "{title} does not take place").format(title=verdict.workshop_title),
        )
    free = verdict.seats_free
    not_booked = (
        tr("DoorVerdicts", "Not booked - 1 seat free: send to the counter")
        if free == 1
        else tr("DoorVerdicts", "Not booked - {free} seats free: send to the counter")
    )
    return DoorMessage(
        Signal.STOP,
        not_booked.format(free=free),
        tr("DoorVerdicts", "{name} has no seat here").format(name=name),
    )


def unknown_code(code: str, reason: str) -> DoorMessage:
    """A scan that is not a customer (a mistyped code, a product's barcode...)."""
    headline = tr("DoorVerdicts", "Not a visitor's code: {code}").format(code=code)
    return DoorMessage(Signal.STOP, headline, reason)
