"""Automatic backups keep exactly what they promise: the newest ``keep`` plus the newest of every
day, taken every interval and at each Z report, driven by a fake clock (no sleeping)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.backup import automatic_name
from tests.conftest import Staff
from tests.support.clock import FakeClock

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 5, day, hour, minute, tzinfo=UTC)


def _names(*moments: datetime) -> set[str]:
    return {automatic_name("T1", moment) for moment in moments}


def test_every_interval_and_at_each_z_report_keeping_the_last_k_and_one_per_day(
    services: Services, staff: Staff, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    others = {
        "holiday.jpg",
        automatic_name("T2", _at(4, 10)),  # another till on a shared folder
        "pos-T1-20260504-100000Z-manual.posbak",
    }
    for name in others:
        (folder / name).write_bytes(b"not ours to remove")
    backup = services.settings.backup
    backup.folder, backup.interval_minutes, backup.keep = str(folder), 60, 3
    automatic = services.automatic_backups
    assert clock.now() == _at(4, 10)

    # 60 hours of rounds every 20 minutes: a backup at every full hour, 10:00 May 4 to 21:00
    # May 6 (60 of them), of which the newest 3 and each day's last stay.
    for round_number in range(180):
        if round_number:
            clock.advance(minutes=20)
        status = automatic.run_round()
    assert status.last_at == _at(6, 21)
    kept = _names(_at(4, 23), _at(5, 23), _at(6, 19), _at(6, 20), _at(6, 21))
    assert {p.name for p in folder.iterdir()} == kept | others

    # A Z report 40 minutes after the last backup (20 before the next) asks for one at once.
    assert clock.now() == _at(6, 21, 40)
    loop = services.backup_loop  # wires the Z report's listener (the loop is not started)
    services.cash_sessions.open(staff.cashier, "50.00")
    services.cash_sessions.close(staff.cashier, "50.00")
    automatic.run_round()
    assert {p.name for p in folder.iterdir()} == others | _names(
        _at(4, 23), _at(5, 23), _at(6, 20), _at(6, 21), _at(6, 21, 40)
    )
    automatic.run_round()  # asked once, taken once
    assert len(list(folder.iterdir())) == len(others) + 5
    loop.stop()

    # The Z report's backup holds the closed session and restores with an intact chain.
    report = services.backups.restore(
        staff.admin,
        folder / automatic_name("T1", _at(6, 21, 40)),
        f"sqlite:///{tmp_path / 'restored.sqlite3'}",
    )
    assert report.ok
    assert report.manifest.tables["cash_sessions"] == 1


def test_a_missing_folder_is_reported_and_backed_up_into_when_it_is_back(
    services: Services, staff: Staff, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    services.settings.backup.folder = str(folder)
    automatic = services.automatic_backups
    status = automatic.run_round()
    assert status.folder_missing
    assert not folder.exists()  # a pulled-out stick's mount point is not filled on the disk

    folder.mkdir()
    clock.advance(minutes=1)
    status = automatic.run_round()
    assert not status.folder_missing
    assert status.last_at == _at(4, 10, 1)
    assert [p.name for p in folder.iterdir()] == [automatic_name("T1", _at(4, 10, 1))]


def test_without_a_folder_automatic_backups_are_off(services: Services) -> None:
    automatic = services.automatic_backups
    assert not automatic.enabled
    status = automatic.run_round()
    assert status.folder is None
