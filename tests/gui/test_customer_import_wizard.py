"""The import wizard, by keyboard, on the messy CRM export in tests/data (Windows-1252,
semicolons, a quoted newline, a blank line, ragged rows, a formula cell, a duplicate, a row
without a name and one with a broken email), on SQLite and PostgreSQL with real threads."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos_desktop.bootstrap import Services
from pos_desktop.domain.import_mapping import PROBLEM_COLUMN, ImportField
from pos_desktop.services.import_report import ImportReport
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.screens.customer_import import CustomerImportScreen
from pos_desktop.ui.widgets.message_bar import Tone
from tests.gui.keyboard import press, show_active, type_text
from tests.integration.test_customer_import import customers

MESSY = Path(__file__).resolve().parents[1] / "data" / "crm-export-messy.csv"
CRM_SAMPLE = "customers-crm-sample.csv"
ALT = Qt.KeyboardModifier.AltModifier


def open_wizard(qtbot: QtBot, ctx: UiContext) -> CustomerImportScreen:
    window = MainWindow(ctx)
    show_active(qtbot, window)
    screen = window.show_screen("Import customers")
    assert isinstance(screen, CustomerImportScreen)
    qtbot.waitUntil(screen.path.hasFocus)
    return screen


def to_mapping(qtbot: QtBot, screen: CustomerImportScreen, path: Path) -> None:
    type_text(qtbot, str(path))
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.MAPPING)


def dry_run(qtbot: QtBot, screen: CustomerImportScreen) -> ImportReport:
    press(qtbot, Qt.Key.Key_N, ALT)  # mapping -> options (saves the mapping)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.OPTIONS)
    press(qtbot, Qt.Key.Key_N, ALT)  # options -> dry run
    qtbot.waitUntil(lambda: screen.dry_report is not None)
    assert screen.dry_report is not None
    return screen.dry_report


def test_dry_run_saves_nothing_then_the_import_creates_the_customers_and_saves_the_rejects(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, tmp_path: Path
) -> None:
    screen = open_wizard(qtbot, manager_ctx)
    to_mapping(qtbot, screen, MESSY)
    assert "encoding cp1252" in screen.detected.text()
    assert "matched automatically" in screen.detected.text()
    mapping = screen.mapping_editor.mapping()
    assert mapping.columns_for(ImportField.NAME) == (1, 2)  # Vorname + Nachname
    assert mapping.columns_for(ImportField.EMAIL) == (6,)

    report = dry_run(qtbot, screen)
    assert (report.rows, report.created, report.unchanged, report.rejected) == (8, 5, 1, 2)
    assert customers(services) == []  # the dry run wrote nothing
    assert "nothing was saved" in screen.messages.text()
    shown = screen.report_view.toPlainText()
    assert "name missing" in shown and "invalid email" in shown

    press(qtbot, Qt.Key.Key_I, ALT)  # Import now
    qtbot.waitUntil(lambda: screen.report is not None, timeout=20_000)
    assert screen.report is not None and screen.report.adds_up
    assert screen.report.created == 5 and not screen.report.cancelled
    assert screen.messages.tone is Tone.SUCCESS
    names = sorted(c.name for c in customers(services))
    assert names == ["Ana Silva", "Jürgen Müller", "Ken Tanaka", "Zoë Lefèvre", "Åsa Ström"]
    assert "per country" in screen.report_view.toPlainText()

    target = tmp_path / "fixed-me.csv"
    screen.rejects_path.selectAll()
    screen.rejects_path.setFocus()
    type_text(qtbot, str(target))
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: "saved to" in screen.messages.text())
    with target.open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][-1] == PROBLEM_COLUMN and len(rows) == 3
    assert any("K-004" in row for row in rows) and any("K-005" in row for row in rows)


def test_cancel_mid_way_keeps_the_saved_batches_and_says_so(
    qtbot: QtBot, manager_ctx: UiContext, services: Services
) -> None:
    screen = open_wizard(qtbot, manager_ctx)
    screen.batch_size = 2
    to_mapping(qtbot, screen, MESSY)
    dry_run(qtbot, screen)
    # Hold the import's pool thread after its first batch until Cancel is pressed, so the
    # test does not race the import (a slot connected directly runs on the emitting thread).
    pressed = threading.Event()
    screen.relay.progressed.connect(lambda _r: pressed.wait(10), Qt.ConnectionType.DirectConnection)
    press(qtbot, Qt.Key.Key_I, ALT)
    qtbot.waitUntil(lambda: screen.progress.value() == 2)
    assert screen.cancel_button.isEnabled()
    press(qtbot, Qt.Key.Key_Escape)
    pressed.set()
    qtbot.waitUntil(lambda: screen.report is not None, timeout=20_000)
    assert screen.report is not None and screen.report.cancelled
    assert screen.report.rows == 2
    assert sorted(c.name for c in customers(services)) == ["Jürgen Müller", "Zoë Lefèvre"]
    assert "cancelled" in screen.messages.text() and "saved" in screen.messages.text()
    assert "again completes it" in screen.messages.text()


def test_the_mapping_is_remembered_for_the_next_file_with_these_columns(
    qtbot: QtBot, manager_ctx: UiContext, services: Services
) -> None:
    screen = open_wizard(qtbot, manager_ctx)
    to_mapping(qtbot, screen, MESSY)
    assert screen.mapping_editor.mapping().columns_for(ImportField.NOTES) == (10,)
    screen.mapping_editor.set_target("Bemerkung", None)  # notes: ignored from now on
    screen.mapping_editor.set_target("Firma", ImportField.CITY)
    press(qtbot, Qt.Key.Key_N, ALT)
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.OPTIONS)

    again = open_wizard(qtbot, manager_ctx)
    to_mapping(qtbot, again, MESSY)
    assert "the mapping you saved" in again.detected.text()
    remembered = again.mapping_editor.mapping()
    assert remembered.columns_for(ImportField.NOTES) == ()
    assert remembered.columns_for(ImportField.CITY) == (3,)
    assert remembered.columns_for(ImportField.COMPANY) == ()


def test_a_mapping_without_a_name_and_a_missing_file_are_explained(
    qtbot: QtBot, manager_ctx: UiContext, tmp_path: Path
) -> None:
    screen = open_wizard(qtbot, manager_ctx)
    type_text(qtbot, str(tmp_path / "nope.csv"))
    press(qtbot, Qt.Key.Key_Return)
    assert "No file at" in screen.messages.text()
    screen.path.clear()
    to_mapping(qtbot, screen, MESSY)
    for header in ("Vorname", "Nachname"):
        screen.mapping_editor.set_target(header, None)
    press(qtbot, Qt.Key.Key_N, ALT)  # a mnemonic clicks a moment later (animateClick)
    qtbot.waitUntil(lambda: "no column is mapped to the name" in screen.messages.text())
    assert screen.pages.currentIndex() == screen.MAPPING


def test_the_crm_sample_imports_its_address_and_the_report_names_the_ignored_columns(
    qtbot: QtBot, manager_ctx: UiContext, services: Services
) -> None:
    screen = open_wizard(qtbot, manager_ctx)
    to_mapping(qtbot, screen, Path(__file__).resolve().parents[1] / "data" / CRM_SAMPLE)
    mapping = screen.mapping_editor.mapping()
    assert mapping.columns_for(ImportField.STREET) == (5,)  # address_line1
    report = dry_run(qtbot, screen)
    assert report.ignored_columns == ("industry", "youtube_handle")
    shown = " ".join(screen.report_view.toPlainText().split())
    assert "Columns not imported (no customer field takes them): industry, youtube_handle" in shown

    press(qtbot, Qt.Key.Key_I, ALT)  # Import now
    qtbot.waitUntil(lambda: screen.report is not None, timeout=20_000)
    brady = next(c for c in customers(services) if c.email == "stacie60@example.org")
    assert (brady.street, brady.city, brady.country) == ("90996 Theresa Cape", "West Robert", "KR")


def test_a_mixed_encoding_is_shown_before_the_dry_run_and_its_row_in_the_dry_run(
    qtbot: QtBot, manager_ctx: UiContext, services: Services, tmp_path: Path
) -> None:
    source = tmp_path / "pasted.csv"
    source.write_bytes(
        b"Name,Email\n"
        + "Jürgen Müller,j@example.de\n".encode()
        + "山田太郎,taro@example.jp\n".encode()
        + "Zoë Lefèvre,z@example.fr\n".encode("cp1252")
    )
    screen = open_wizard(qtbot, manager_ctx)
    to_mapping(qtbot, screen, source)
    detected = screen.detected.text()
    assert "encoding utf-8+cp1252" in detected
    assert "Check the encoding: mixed encodings: 2 rows in UTF-8 and 1 in Windows-1252" in detected

    report = dry_run(qtbot, screen)
    assert customers(services) == []
    shown = screen.report_view.toPlainText()
    assert "Encoding: mixed encodings" in shown
    assert "4" in shown and "read as Windows-1252, while most rows are UTF-8" in shown
    assert report.warnings["encoding to check"] == 1
