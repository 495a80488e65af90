"""Which automatic backups are kept, how they are named, and what the status bar says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pos_desktop.domain.backup import (
    BackupStatus,
    automatic_name,
    backups_to_keep,
    parse_automatic_name,
    status_line,
)

NOW = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
QUARTER = timedelta(minutes=15)


def test_names_carry_the_terminal_and_the_time_and_only_ours_are_read_back() -> None:
    name = automatic_name("T1", NOW)
    assert name == "pos-T1-20260504-100000Z.posbak"
    assert parse_automatic_name(name, "T1") == NOW
    assert parse_automatic_name(name, "T2") is None  # another till's, on a shared folder
    assert parse_automatic_name("pos-T1-20260504-100000Z-manual.posbak", "T1") is None
    assert parse_automatic_name("holiday.jpg", "T1") is None


def test_the_newest_k_and_the_newest_of_every_day_are_kept() -> None:
    day_one = [NOW + i * QUARTER for i in range(8)]
    day_two = [NOW + timedelta(days=1) + i * QUARTER for i in range(8)]
    kept = backups_to_keep(day_one + day_two, 3)
    assert kept == {*day_two[-3:], day_one[-1]}
    assert backups_to_keep(day_one, 100) == set(day_one)
    assert backups_to_keep([], 3) == set()


def test_status_words_and_when_they_turn_red() -> None:
    off = BackupStatus(None, QUARTER)
    assert status_line(off, NOW) == ("Backup: automatic backups off (no folder set)", False)
    missing = BackupStatus("/media/usb", QUARTER, folder_missing=True)
    assert status_line(missing, NOW) == ("Backup: folder missing (/media/usb)", True)
    fresh = BackupStatus("/media/usb", QUARTER, last_at=NOW - timedelta(minutes=4))
    assert status_line(fresh, NOW) == ("Backup: 4 min ago", False)
    assert status_line(fresh, NOW + 2 * QUARTER) == ("Backup: 34 min ago", True)
    assert status_line(fresh, NOW + 2 * QUARTER - timedelta(minutes=5))[1] is False
    failed = BackupStatus("/media/usb", QUARTER, last_at=NOW, error="disk full")
    assert status_line(failed, NOW) == ("Backup failed: disk full", True)
    assert status_line(BackupStatus("/x", QUARTER), NOW) == ("Backup: none yet", False)
