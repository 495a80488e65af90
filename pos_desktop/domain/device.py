"""Which machine this is: what a terminal's lease names (see services/terminal_lease.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeviceIdentity:
    #: Random, made once and kept in the device's data folder: a cloned disk copies it too, but
    #: a second laptop set up with the same terminal id gets its own.
    device_id: str
    #: For people: which machine holds a terminal id ("the laptop at the back door").
    host_name: str
