"""One terminal id, one device: a second device with the same terminal id is refused while the
first holds the lease, and may take it over (audited) once the lease went unrenewed."""

from __future__ import annotations

import copy
import stat
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from pos_desktop.adapters.device_identity import device_identity
from pos_desktop.bootstrap import Services, build_services
from pos_desktop.config import Settings
from pos_desktop.services.terminal_lease import TerminalTaken
from pos_desktop.storage.models import TerminalLease
from tests.conftest import FAST_HASHER, Staff
from tests.support.cli import EXIT_REFUSED, Cli
from tests.support.clock import FakeClock
from tests.support.statements import recorded_statements

REFUSED = "terminal T1 is in use on another device"


@pytest.fixture
def other_device(settings: Settings, clock: FakeClock, tmp_path: Path) -> Iterator[Services]:
    """A second laptop on the same database, set up with the same terminal id (T1)."""
    cloned = copy.deepcopy(settings)
    cloned.pos.device_id_file = str(tmp_path / "other-laptop" / "device-id")
    built = build_services(cloned, clock=clock, hasher=FAST_HASHER)
    yield built
    built.close()


def lease_row(services: Services) -> tuple[str, datetime]:
    """The lease as the database holds it: the device and when it was last renewed."""
    with services.db.reader() as uow:
        row = uow.session.scalars(select(TerminalLease)).one()
        return row.device_id, row.renewed_at


def test_a_second_device_with_the_same_terminal_id_is_refused(
    services: Services, other_device: Services, clock: FakeClock
) -> None:
    mine = services.terminal_lease.claim()
    clock.advance(minutes=9)  # the lease (10 minutes) is still fresh
    with pytest.raises(TerminalTaken, match=REFUSED) as refused:
        other_device.terminal_lease.claim()
    assert mine.host_name in str(refused.value)  # names the machine holding it
    assert "may take the terminal id over in 1 minute" in str(refused.value)
    assert lease_row(services)[0] == mine.device_id


def test_renewing_keeps_the_terminal_id_for_its_device(
    services: Services, other_device: Services, clock: FakeClock
) -> None:
    first = services.terminal_lease.claim()
    for _ in range(3):  # the app renews every third of the lease time
        clock.advance(minutes=8)
        again = services.terminal_lease.claim()
        assert (again.device_id, again.acquired_at) == (first.device_id, first.acquired_at)
        with pytest.raises(TerminalTaken):
            other_device.terminal_lease.claim()
    assert lease_row(services) == (first.device_id, clock.now())


def test_a_fresh_lease_of_this_device_is_only_read(services: Services, clock: FakeClock) -> None:
    """A CLI command on the device holding the lease writes nothing for it (one SELECT)."""
    services.terminal_lease.claim()
    clock.advance(minutes=3)  # within a third of the lease time
    with recorded_statements(services.db.engine) as statements:
        services.terminal_lease.claim()
    written = [s for s in statements if s.split()[0] in {"INSERT", "UPDATE", "COMMIT"}]
    assert written == []
    assert sum(s.startswith("SELECT") for s in statements) == 1  # (SQLite: after a BEGIN)


def test_a_lease_left_unrenewed_is_taken_over_and_audited(
    services: Services, other_device: Services, clock: FakeClock, staff: Staff
) -> None:
    gone = services.terminal_lease.claim()
    clock.advance(minutes=10, seconds=1)
    taken = other_device.terminal_lease.claim()
    assert taken.device_id != gone.device_id
    assert taken.taken_from == gone.host_name
    assert taken.acquired_at == clock.now()
    assert lease_row(services) == (taken.device_id, clock.now())
    entries = services.audit.entries(staff.admin, action="terminal.lease_takeover")
    assert [e.entity_key for e in entries] == ["T1"]
    assert entries[0].before is not None
    assert entries[0].before["device_id"] == gone.device_id
    assert entries[0].after == {"device_id": taken.device_id, "host_name": taken.host_name}
    assert services.audit.verify(staff.admin).intact
    # The first laptop, back on, is now the second device.
    with pytest.raises(TerminalTaken, match=REFUSED):
        services.terminal_lease.claim()


def test_two_devices_starting_at_the_same_moment_cannot_both_win(
    services: Services, other_device: Services
) -> None:
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def claim(name: str, till: Services) -> None:
        start.wait()
        try:
            outcomes[name] = till.terminal_lease.claim().device_id
        except TerminalTaken:
            outcomes[name] = "refused"

    threads = [
        threading.Thread(target=claim, args=(name, till))
        for name, till in (("first", services), ("second", other_device))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["first", "second"]
    winners = [device for device in outcomes.values() if device != "refused"]
    assert len(winners) == 1
    assert lease_row(services)[0] == winners[0]


def test_the_cli_of_a_second_device_exits_1_with_the_reason(cli: Cli, tmp_path: Path) -> None:
    cli.register()  # the first device's command takes the lease
    other = {"POS_POS_DEVICE_ID_FILE": str(tmp_path / "cloned-laptop" / "device-id")}
    bob = ("customer", "add", "--name", "Bob", "--email", "bob@example.com")
    refused = cli.invoke(*bob, env=other)
    assert refused.exit_code == EXIT_REFUSED
    assert REFUSED in refused.stderr
    assert "Give this device its own terminal id (pos.terminal)" in refused.stderr
    cli.register("Grace Hopper", "grace@example.com")  # the first device goes on working


def test_the_device_id_is_made_once_and_kept_private(tmp_path: Path) -> None:
    path = tmp_path / "data" / "device-id"
    first = device_identity(path)
    assert len(first.device_id) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert device_identity(path) == first
    assert device_identity(tmp_path / "elsewhere" / "device-id").device_id != first.device_id
