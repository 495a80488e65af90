"""The status bar's words on the line and the backups: in English as the domain words them
(its tests pin those), in German from the catalogue, red or not as the domain decides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from pos_desktop.domain.backup import BackupStatus, status_line
from pos_desktop.domain.connectivity import Connectivity
from pos_desktop.ui.i18n import apply_language
from pos_desktop.ui.widgets.backup_status import backup_text
from pos_desktop.ui.widgets.link_status import link_text

NOW = datetime(2026, 5, 4, 10, 42, tzinfo=UTC)
QUARTER = timedelta(minutes=15)
LINKS = (
    Connectivity(),
    Connectivity().went_offline(NOW),
    Connectivity().went_offline(NOW).entries_waiting(1),
    Connectivity().went_offline(NOW).entries_waiting(17),
    Connectivity().went_offline(NOW).entries_waiting(2).server_answers(),
    Connectivity().went_offline(NOW).entries_waiting(1).server_answers(),
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


@pytest.mark.usefixtures("german")
def test_a_german_till_reads_both_in_german() -> None:
    offline = Connectivity().went_offline(NOW).entries_waiting(17)
    assert link_text(offline, UTC) == "Offline seit 10:42 – 17 Verkäufe warten"
    assert (
        link_text(offline.server_answers(), UTC) == "Wieder online – 17 Verkäufe werden gesendet …"
    )
    stale = BackupStatus("/media/usb", QUARTER, last_at=NOW - timedelta(minutes=34))
    assert backup_text(stale, NOW) == ("Sicherung: vor 34 Min.", True)
    missing = BackupStatus("/media/usb", QUARTER, folder_missing=True)
    assert backup_text(missing, NOW) == ("Sicherung: Ordner fehlt (/media/usb)", True)
