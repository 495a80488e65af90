"""The sound of a rejected scan: ``resources/sounds/reject.wav`` where Qt can play it.

QtMultimedia needs the platform's audio libraries (PulseAudio/PipeWire on Linux); a till
without them, or without the file, still gets the system beep, so a rejected scan is never
silent for want of a library. The effect is loaded once and played without blocking.

Threading: UI thread (the router calls it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from pos_desktop import resources_dir


def reject_sound_path() -> Path:
    return resources_dir() / "sounds" / "reject.wav"


class RejectSound(QObject):
    """Callable: plays the sound, or beeps while it cannot (no QtMultimedia, file not loaded)."""

    def __init__(self, parent: QObject | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path or reject_sound_path()
        self.effect: Any = None
        #: Why the file is not used (shown nowhere; for the log and the tests).
        self.unavailable = ""
        try:
            from PySide6.QtMultimedia import QSoundEffect  # noqa: PLC0415 (optional library)
        except ImportError as error:  # e.g. libpulse.so.0 missing
            self.unavailable = f"QtMultimedia cannot be loaded: {error}"
            return
        if not self.path.is_file():
            self.unavailable = f"{self.path} is missing"
            return
        self.effect = QSoundEffect(self)
        self.effect.setSource(QUrl.fromLocalFile(str(self.path)))

    @property
    def playable(self) -> bool:
        return self.effect is not None and self.effect.isLoaded()

    def __call__(self) -> None:
        if self.playable:
            self.effect.play()
        else:
            QApplication.beep()
