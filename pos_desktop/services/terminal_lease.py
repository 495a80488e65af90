"""One terminal id, one device: a terminal id's lease in the database names the device using it.

Invoice series are per terminal, so two devices with one terminal id (a cloned laptop, a copied
config file) would hand out the same numbers in turn and interleave one series. The app claims
the lease at start and renews it every third of ``pos.terminal_lease_minutes``; every CLI
command that acts as a user claims it too. Another device is refused while the lease is fresh,
with a message naming the machine that holds it. A lease left unrenewed for that long (the
device died, or was replaced) is taken over, and the takeover is audited with the device and
host it took the terminal id from.

The claim is one transaction: the row is created if missing (``INSERT ... ON CONFLICT DO
NOTHING``), then read locked (``FOR UPDATE`` on PostgreSQL; SQLite's write transaction holds
the database), so two devices starting at the same moment cannot both win.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.config import PosSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.device import DeviceIdentity
from pos_desktop.domain.errors import PosError
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Role
from pos_desktop.services import audit
from pos_desktop.storage.models import TerminalLease
from pos_desktop.storage.uow import Database
from pos_desktop.storage.upsert import insert_ignoring_conflict


class TerminalTaken(PosError):
    """Another device holds this terminal id's lease (CLI exit 1; the app stops at start)."""


@dataclass(frozen=True, slots=True)
class LeaseView:
    terminal: str
    device_id: str
    host_name: str
    acquired_at: datetime
    renewed_at: datetime
    #: The host the lease was taken over from just now (``None``: renewed, or new).
    taken_from: str | None = None


class TerminalLeases:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: PosSettings,
        device: Callable[[], DeviceIdentity],
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._device = device  # read when first claimed: a command that never claims never reads

    @property
    def lease_time(self) -> timedelta:
        return timedelta(minutes=self._settings.terminal_lease_minutes)

    @property
    def renew_every_seconds(self) -> float:
        """How often the app renews: three chances before the lease could be taken over."""
        return self.lease_time.total_seconds() / 3

    def claim(self) -> LeaseView:
        """Take or renew this terminal id's lease for this device; ``TerminalTaken`` while
        another device's lease is fresh.

        A lease this device renewed within the last third of the lease time is only read: a
        CLI command then spends one SELECT on it, no write transaction (and no COMMIT that a
        lost connection could leave in doubt before the command's own)."""
        device = self._device()
        now = self._clock.now()
        with self._db.reader() as uow:
            held = uow.session.get(TerminalLease, self._settings.terminal)
            if (
                held is not None
                and held.device_id == device.device_id
                and now - held.renewed_at < self.lease_time / 3
            ):
                return _view(held)
        return self.renew_now(device)

    def renew_now(self, device: DeviceIdentity | None = None) -> LeaseView:
        """Write the claim whatever the lease's age (the app's renewal rounds)."""
        device = device or self._device()
        terminal = self._settings.terminal
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            insert_ignoring_conflict(
                session,
                TerminalLease,
                {
                    "terminal": terminal,
                    "device_id": device.device_id,
                    "host_name": device.host_name[:255],
                    "acquired_at": now,
                    "renewed_at": now,
                },
                ["terminal"],
            )
            lease = session.scalars(
                select(TerminalLease).where(TerminalLease.terminal == terminal).with_for_update()
            ).one()
            taken_from = None
            if lease.device_id != device.device_id:
                if now - lease.renewed_at < self.lease_time:
                    raise TerminalTaken(self._refusal(lease, now))
                taken_from = lease.host_name
                self._audit_takeover(session, lease, device, now)
                lease.device_id, lease.acquired_at = device.device_id, now
            lease.host_name, lease.renewed_at = device.host_name[:255], now
            view = _view(lease, taken_from)
            uow.commit()
        return view

    def renew(self) -> str:
        """One round of the app's renewal loop (its report, for the log)."""
        lease = self.renew_now()
        return f"terminal {lease.terminal} lease renewed"

    def _refusal(self, lease: TerminalLease, now: datetime) -> str:
        free_in = lease.renewed_at + self.lease_time - now
        minutes = max(1, round(free_in.total_seconds() / 60))
        values = {
            "terminal": lease.terminal,
            "host": lease.host_name,
            "seen": f"{lease.renewed_at.astimezone():%Y-%m-%d %H:%M}",
            "count": minutes,
        }
        if minutes == 1:
            return say(
                "terminal {terminal} is in use on another device ({host}, last seen {seen}): "
                "two devices must not number invoices in one series. Give this device its own "
                "terminal id (pos.terminal), or close Booth POS on {host}; if that device is "
                "gone, this one may take the terminal id over in {count} minute",
                **values,
            )
        return say(
            "terminal {terminal} is in use on another device ({host}, last seen {seen}): "
            "two devices must not number invoices in one series. Give this device its own "
            "terminal id (pos.terminal), or close Booth POS on {host}; if that device is "
            "gone, this one may take the terminal id over in {count} minutes",
            **values,
        )

    def _audit_takeover(
        self, session: Session, lease: TerminalLease, device: DeviceIdentity, now: datetime
    ) -> None:
        label = f"device:{device.host_name}"
        actor = Actor(None, label, Role.CASHIER, label)
        audit.record(
            session,
            actor=actor,
            at=now,
            action="terminal.lease_takeover",
            entity_type="terminal",
            entity_key=lease.terminal,
            summary=(
                f"terminal {lease.terminal} taken over by {device.host_name} from "
                f"{lease.host_name} (not seen since {lease.renewed_at.isoformat()})"
            ),
            before={
                "device_id": lease.device_id,
                "host_name": lease.host_name,
                "renewed_at": lease.renewed_at,
            },
            after={"device_id": device.device_id, "host_name": device.host_name},
            terminal=lease.terminal,
        )


def _view(lease: TerminalLease, taken_from: str | None = None) -> LeaseView:
    return LeaseView(
        lease.terminal,
        lease.device_id,
        lease.host_name,
        lease.acquired_at,
        lease.renewed_at,
        taken_from,
    )
