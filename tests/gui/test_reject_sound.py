"""The rejected-scan sound: the committed WAV, and the beep where it cannot be played."""

from __future__ import annotations

import importlib.util
import wave
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.main_window import MainWindow
from pos_desktop.ui.scanning.reject_sound import RejectSound, reject_sound_path

GENERATOR = Path(__file__).resolve().parents[2] / "packaging" / "make_reject_sound.py"


def generated_wav() -> bytes:
    spec = importlib.util.spec_from_file_location("make_reject_sound", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = module.reject_wav()
    assert isinstance(data, bytes)
    return data


@pytest.fixture
def beeps(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The system beep makes no observable noise here: count the calls instead."""
    calls: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(1)))
    return calls


def test_the_committed_sound_is_what_its_generator_writes_and_is_short() -> None:
    path = reject_sound_path()
    assert path.read_bytes() == generated_wav()
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        assert 0.1 < wav.getnframes() / wav.getframerate() < 0.5


def test_the_sound_plays_where_qt_multimedia_loads_else_the_system_beeps(
    qtbot: QtBot, beeps: list[int]
) -> None:
    sound = RejectSound()
    if sound.effect is None:  # this machine: no libpulse, so no QtMultimedia
        assert "QtMultimedia" in sound.unavailable
        sound()
        assert beeps == [1]
    else:
        qtbot.waitUntil(lambda: sound.playable)
        sound()
        assert beeps == []


def test_a_missing_sound_file_still_beeps(tmp_path: Path, beeps: list[int]) -> None:
    sound = RejectSound(path=tmp_path / "nothing.wav")
    assert not sound.playable
    sound()
    assert beeps == [1]


def test_the_main_window_rejects_scans_with_the_sound(
    qtbot: QtBot, cashier_ctx: UiContext, beeps: list[int]
) -> None:
    window = MainWindow(cashier_ctx)
    qtbot.addWidget(window)
    assert isinstance(window.scanners.reject_sound, RejectSound)
    window.scanners.router.deliver("4006381333932")  # a misread EAN-13
    assert len(beeps) == (0 if window.scanners.reject_sound.playable else 1)
    assert "check digit is wrong" in window.statusBar().currentMessage()
