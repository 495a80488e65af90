"""A one-line message under a screen's title: errors in red, confirmations in green.

Non-modal on purpose: at a busy counter a dialog that must be clicked away costs a customer's
patience, and a scan arriving while it is open would land nowhere.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLabel, QWidget

from pos_desktop.domain.errors import PosError, ValidationError
from pos_desktop.ui.i18n import said, tr


class Tone(Enum):
    INFO = "info"
    SUCCESS = "success"
    ERROR = "error"


_STYLE = {
    Tone.INFO: "background:#e8f0fe; color:#1a3a6b;",
    Tone.SUCCESS: "background:#e6f4ea; color:#14532d;",
    Tone.ERROR: "background:#fde8e8; color:#7f1d1d; font-weight:600;",
}


def error_words(error: BaseException) -> str:
    """An error's own words, in the user's language where a service said them (a ``say``
    phrase); for use inside a sentence of the screen's ("Printer: {error}")."""
    if isinstance(error, ValidationError):
        return "; ".join(f"{said(p.field)}: {said(p.message)}" for p in error.problems)
    if isinstance(error, PosError):
        return said(error.message)
    return str(error)


def describe_error(error: Exception) -> str:
    """What the person at the counter reads; never a traceback."""
    if isinstance(error, PosError):
        return error_words(error)
    unexpected = tr("MessageBar", "Unexpected error ({error}); nothing was lost, try again")
    return unexpected.format(error=f"{type(error).__name__}: {error}")


class MessageBar(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("messageBar")
        self.tone: Tone | None = None
        self.clear_message()

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        """``text`` as is, or a service's ``say`` phrase in the user's language."""
        self.tone = tone
        self.setText(said(text))
        style = f"{_STYLE[tone]} padding:6px; border-radius:4px;"
        self.setStyleSheet(f"QLabel#messageBar {{ {style} }}")
        self.setVisible(True)

    def show_error(self, error: Exception | str) -> None:
        self.show_message(error if isinstance(error, str) else describe_error(error), Tone.ERROR)

    def clear_message(self) -> None:
        self.tone = None
        self.setText("")
        self.setVisible(False)
