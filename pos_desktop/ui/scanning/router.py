"""One router for every scan, whichever scanner it came from and whatever has the focus.

A scan is parsed once (:func:`~pos_desktop.domain.scan_payload.parse_scan`) and delivered to
its action: a customer opens at the checkout, a product is added to the cart, an invoice opens
in the invoice list. Rejected scans beep and say why. While a dialog is open (the payment
dialog above all) a scan never reaches it: it is kept and delivered when the dialog has closed
(``scanner.during_dialog = "queue"``) or refused with a message (``"refuse"``). The same code
seen again within ``scanner.repeat_window_ms`` counts once: a camera sees a held-up QR in every
frame, and a scanner's trigger bounces.

Threading: UI thread only. Scanners on other threads (serial, camera) hand their text over by
a queued signal connected to :meth:`ScanRouter.deliver`.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pos_desktop.config import ScannerSettings
from pos_desktop.domain.scan_payload import ScanKind, ScanPayload, parse_scan
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr
from pos_desktop.ui.widgets.message_bar import Tone

QUEUE_LIMIT = 20  # scans kept while a dialog is open; older ones are dropped with a message
DIALOG_POLL_MS = 100
_SOURCES = {
    "keyboard": QT_TRANSLATE_NOOP("ScanRouter", "keyboard"),
    "serial": QT_TRANSLATE_NOOP("ScanRouter", "serial"),
    "camera": QT_TRANSLATE_NOOP("ScanRouter", "camera"),
}


def source_name(source: str) -> str:
    """``keyboard``, ``serial``, ``camera`` in the user's language."""
    return tr("ScanRouter", _SOURCES.get(source, source))


@dataclass(frozen=True)
class ScanActions:
    """What the main window does with each kind of scan (each takes the normalised value)."""

    customer: Callable[[str], None]
    product: Callable[[str], None]
    invoice: Callable[[str], None]
    #: Eight digits valid as a customer code and as an EAN-8: the customer, and when there is
    #: no such customer, the product. None: treated as a customer only.
    customer_or_product: Callable[[str], None] | None = None


def open_dialog(window: QWidget) -> QWidget | None:
    """A dialog of ``window`` that is on screen (modal or not), else None."""
    modal = QApplication.activeModalWidget()
    if modal is not None and modal is not window:
        return modal
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and _belongs(widget, window):
            return widget
    return None


def _belongs(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False


class ScanRouter(QObject):
    """``message(text, tone)`` is for the status bar; ``routed(payload)`` after each action."""

    message = Signal(str, object)
    routed = Signal(object)

    def __init__(
        self,
        settings: ScannerSettings,
        window: QWidget,
        actions: ScanActions,
        *,
        clock: Callable[[], float] = time.monotonic,
        beep: Callable[[], None] = QApplication.beep,
    ) -> None:
        super().__init__(window)  # the window is our parent; no Python reference back to it
        self._settings = settings
        self._actions = actions
        self.clock = clock
        self.beep = beep
        self._last: tuple[str, float] | None = None
        self.queued: deque[tuple[ScanPayload, str]] = deque()
        #: Shows a scan instead of acting on it, when it returns True (a test area on screen).
        self.try_out: Callable[[ScanPayload, str], bool] | None = None
        self._poll = QTimer(self, interval=DIALOG_POLL_MS)
        self._poll.timeout.connect(self.flush_queue)

    def _window(self) -> QWidget:
        window = self.parent()
        assert isinstance(window, QWidget)
        return window

    def deliver(self, text: str, source: str = "keyboard") -> ScanPayload:
        """Parse and act on one scan; returns how it was understood."""
        payload = parse_scan(text)
        if self.try_out is not None and self.try_out(payload, source):
            return payload  # the Settings screen's test area took it
        if not payload.accepted:
            self._reject(payload, source)
            return payload
        if self._repeated(payload):
            return payload
        dialog = open_dialog(self._window())
        if dialog is not None:
            self._hold(payload, source, dialog)
            return payload
        self._act(payload)
        return payload

    def _repeated(self, payload: ScanPayload) -> bool:
        """Seen within the window of the last sighting (a held-up QR keeps extending it)."""
        now, window = self.clock(), self._settings.repeat_window_ms / 1000
        last, self._last = self._last, (payload.value, now)
        return last is not None and last[0] == payload.value and now - last[1] < window

    def _reject(self, payload: ScanPayload, source: str) -> None:
        if self._settings.beep:
            self.beep()
        text = tr("ScanRouter", "Scan ({source}) not used: {reason}")
        self.message.emit(
            text.format(source=source_name(source), reason=said(payload.reason)), Tone.ERROR
        )

    def _hold(self, payload: ScanPayload, source: str, dialog: QWidget) -> None:
        title = dialog.windowTitle() or tr("ScanRouter", "a dialog")
        what = said(payload.describe())
        if self._settings.during_dialog == "refuse":
            if self._settings.beep:
                self.beep()
            refused = tr(
                "ScanRouter", "Scan of {what} refused: close {title} first, then scan again"
            )
            self.message.emit(refused.format(what=what, title=title), Tone.ERROR)
            return
        if len(self.queued) >= QUEUE_LIMIT:
            dropped, _ = self.queued.popleft()
            too_many = tr("ScanRouter", "Too many scans waiting: {what} dropped")
            self.message.emit(too_many.format(what=said(dropped.describe())), Tone.ERROR)
        self.queued.append((payload, source))
        waits = tr("ScanRouter", "Scan of {what} waits until {title} is closed")
        self.message.emit(waits.format(what=what, title=title), Tone.INFO)
        self._poll.start()

    def flush_queue(self) -> None:
        """Deliver what waited once no dialog is open any more."""
        if open_dialog(self._window()) is not None:
            return
        self._poll.stop()
        while self.queued:
            payload, _source = self.queued.popleft()
            self._act(payload)
            if open_dialog(self._window()) is not None and self.queued:
                self._poll.start()  # that scan opened a dialog (e.g. a product picker)
                return

    def _act(self, payload: ScanPayload) -> None:
        either = self._actions.customer_or_product
        if payload.alternative is ScanKind.PRODUCT and either is not None:
            either(payload.value)
            self.routed.emit(payload)
            return
        action = {
            ScanKind.CUSTOMER: self._actions.customer,
            ScanKind.PRODUCT: self._actions.product,
            ScanKind.INVOICE: self._actions.invoice,
        }[payload.kind]
        action(payload.value)
        self.routed.emit(payload)
