"""The status bar's words on the line and the backups: in English as the domain words them
(its tests pin those), in German from the catalogue, red or not as the domain decides; the
door's words count its check-ins."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from pos_desktop.domain.backup import BackupStatus, status_line
from pos_desktop.domain.connectivity import Connectivity
from pos_desktop.ui.i18n import apply_language
from pos_desktop.ui.widgets.backup_status import backup_text
from pos_desktop.ui.widgets.link_status import door_text, link_text

NOW = datetime(2026, 5, 4, 10, 42, tzinfo=UTC)
QUARTER = timedelta(minutes=15)
OFFLINE = Connectivity().went_offline(NOW)
#: Every shape of the words: sales none, one, many; other entries none, one, many.
WAITING = tuple(
    OFFLINE.entries_waiting(sales + others, sales=sales, checkins=others)
    for sales in (0, 1, 17)
    for others in (0, 1, 40)
)
LINKS = (
    Connectivity(),
    *WAITING,
    *(state.server_answers() for state in WAITING),
)
BACKUPS = (
    BackupStatus(None, QUARTER),
    BackupStatus("/media/usb", QUARTER, folder_missing=True),
    BackupStatus("/media/usb", QUARTER, error="disk full"),
    BackupStatus("/media/usb", QUARTER),
    BackupStatus("/media/usb", QUARTER, last_at=NOW),
    BackupStatus("/media/usb", QUARTER, last_at=NOW - timedelta(minutes=34)),
    BackupStatus("/media/usb", QUARTER, last_at=NOW - timedelta(hours=5)),
    BackupStatus("/media/usb", QUARTER, last_at=NOW - timedelta(days=3)),
)


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    apply_language("de")
    yield
    apply_language("")


@pytest.mark.parametrize("state", LINKS)
def test_the_line_reads_in_english_as_the_domain_says_it(state: Connectivity) -> None:
    assert link_text(state, UTC) == state.status_text(UTC)


@pytest.mark.parametrize("status", BACKUPS)
def test_the_backup_reads_in_english_as_the_domain_says_it(status: BackupStatus) -> None:
    assert backup_text(status, NOW) == status_line(status, NOW)


def test_a_till_with_check_ins_and_sales_waiting_counts_each() -> None:
    """The cashier's bar and the door volunteer's label, with 17 sales and 40 check-ins waiting
    on one laptop (and with the check-ins alone, as at a door that sells nothing)."""
    both = OFFLINE.entries_waiting(57, sales=17, checkins=40)
    door = OFFLINE.entries_waiting(40, checkins=40)
    assert link_text(both, UTC) == "Offline since 10:42 - 17 sales and 40 other entries waiting"
    assert link_text(door, UTC) == "Offline since 10:42 - 40 entries waiting"
    assert link_text(both.server_answers(), UTC) == (
        "Back online - sending 17 sales and 40 other entries..."
    )
    assert door_text(door, UTC) == (
        "Offline since 10:42: 40 check-ins are kept on this laptop and sent when the line is back"
    )
    assert door_text(door.entries_waiting(1, checkins=1), UTC) == (
        "Offline since 10:42: 1 check-in is kept on this laptop and sent when the line is back"
    )
    assert door_text(OFFLINE, UTC) == (
        "Offline since 10:42: check-ins are kept on this laptop and sent when the line is back"
    )
    assert door_text(both.server_answers(), UTC) == "Back online - sending 40 check-ins..."
    sending_one = door.entries_waiting(1, checkins=1).server_answers()
    assert door_text(sending_one, UTC) == "Back online - sending 1 check-in..."
    # No check-in waits (a door on a till's laptop): the till's own words.
    sales = OFFLINE.entries_waiting(3, sales=3).server_answers()
    assert door_text(sales, UTC) == "Back online - sending 3 sales..."
    assert door_text(Connectivity(), UTC) == ""


@pytest.mark.usefixtures("german")
def test_a_german_till_reads_both_in_german() -> None:
    offline = OFFLINE.entries_waiting(17, sales=17)
    assert link_text(offline, UTC) == "Offline seit 10:42 – 17 Verkäufe warten"
    assert (
        link_text(offline.server_answers(), UTC) == "Wieder online – 17 Verkäufe werden gesendet …"
    )
    both = OFFLINE.entries_waiting(41, sales=1, checkins=40)
    assert link_text(both, UTC) == "Offline seit 10:42 – 1 Verkauf und 40 weitere Einträge warten"
    door = OFFLINE.entries_waiting(40, checkins=40)
    assert link_text(door, UTC) == "Offline seit 10:42 – 40 Einträge warten"
    assert door_text(door.server_answers(), UTC) == "Wieder online – 40 Check-ins werden gesendet …"
    stale = BackupStatus("/media/usb", QUARTER, last_at=NOW - timedelta(minutes=34))
    assert backup_text(stale, NOW) == ("Sicherung: vor 34 Min.", True)
    missing = BackupStatus("/media/usb", QUARTER, folder_missing=True)
    assert backup_text(missing, NOW) == ("Sicherung: Ordner fehlt (/media/usb)", True)
