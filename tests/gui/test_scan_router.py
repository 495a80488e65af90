"""The router never acts, and never touches a field, while a dialog is open (property test)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialog, QLineEdit, QMainWindow, QVBoxLayout
from pytestqt.qtbot import QtBot

from pos_desktop.config import ScannerSettings
from pos_desktop.domain.codes import ALPHABET, check_character
from pos_desktop.domain.scan_payload import parse_scan
from pos_desktop.ui.scanning.router import ScanActions, ScanRouter

codes = st.text(alphabet=ALPHABET, min_size=7, max_size=7).map(lambda b: b + check_character(b))
scans = st.one_of(st.text(max_size=40), codes, st.from_regex(r"[0-9]{13}", fullmatch=True))


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(scans, min_size=1, max_size=5), st.sampled_from(["queue", "refuse"]))
def test_scans_never_reach_an_open_dialog(qtbot: QtBot, texts: list[str], mode: str) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    done: list[str] = []
    actions = ScanActions(done.append, done.append, done.append)
    router = ScanRouter(ScannerSettings(during_dialog=mode), window, actions, beep=lambda: None)
    dialog = QDialog(window)
    cash = QLineEdit("12.50", dialog)
    QVBoxLayout(dialog).addWidget(cash)
    dialog.open()
    for text in texts:
        router.deliver(text)
    assert cash.text() == "12.50"
    assert dialog.isVisible()
    assert done == []
    dialog.close()
    router.flush_queue()
    expected: list[str] = []
    last = None
    for text in texts:
        payload = parse_scan(text)
        if payload.accepted and payload.value != last:  # a repeat right after counts once
            expected.append(payload.value)
        last = payload.value if payload.accepted else last
    assert done == (expected if mode == "queue" else [])
    window.close()
