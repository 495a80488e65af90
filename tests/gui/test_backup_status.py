"""The status bar's backup label: the age of the last backup, red when it is older than twice
the interval or the folder is missing, plain words when no folder is set."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.widgets.backup_status import BackupStatusLabel
from tests.support.clock import FakeClock

pytestmark = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def test_the_label_turns_red_when_the_backup_gets_old_or_the_folder_goes(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    services.settings.backup.folder = str(folder)
    services.settings.backup.interval_minutes = 15
    automatic = services.automatic_backups
    automatic.run_round()  # what the backup loop does on its thread

    window = MainWindow(manager_ctx)
    qtbot.addWidget(window)
    label = window.backup_label
    assert isinstance(label, BackupStatusLabel)
    assert label.text() == "Backup: just now"
    assert not label.alarm

    clock.advance(minutes=29)
    label.refresh()  # the label's timer does this every 15 s
    assert label.text() == "Backup: 29 min ago"
    assert not label.alarm
    clock.advance(minutes=2)
    label.refresh()
    assert label.text() == "Backup: 31 min ago"
    assert label.alarm
    assert "fde8e8" in label.styleSheet()

    automatic.run_round()  # due: a new backup, the label calms down
    label.refresh()
    assert (label.text(), label.alarm) == ("Backup: just now", False)
    assert label.styleSheet() == ""

    folder.rename(tmp_path / "pulled-out")
    automatic.run_round()
    label.refresh()
    assert label.text() == f"Backup: folder missing ({folder})"
    assert label.alarm


def test_without_a_folder_the_label_says_automatic_backups_are_off(
    qtbot: QtBot, manager_ctx: UiContext
) -> None:
    label = BackupStatusLabel(manager_ctx)
    qtbot.addWidget(label)
    assert label.text() == "Backup: automatic backups off (no folder set)"
    assert not label.alarm
