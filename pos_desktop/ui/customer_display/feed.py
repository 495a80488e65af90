"""The counter's events, turned into what the customer display shows.

The checkout announces its cart and the money handed over (``CartShown``,
``PaymentTendered``, ``CounterIdle``); the sale's own ``SaleIssued`` comes from the service
after COMMIT, on the runner's thread. Every event crosses to the UI thread through a signal
and moves one ``DisplayState`` on; the window only draws that state. Nothing here knows the
checkout's widgets.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from pos_desktop.adapters.qr_image import qr_modules
from pos_desktop.domain.customer_display import DisplayState, Phase
from pos_desktop.services.events import CartShown, CounterIdle, PaymentTendered, SaleIssued
from pos_desktop.services.messagebus import MessageBus

HEARD = (CartShown, PaymentTendered, CounterIdle, SaleIssued)
#: How long the thank-you (with the customer's QR) stays up when no new sale begins.
THANKS_SECONDS = 20


class DisplayFeed(QObject):
    #: The new ``DisplayState``, on the UI thread.
    changed = Signal(object)
    #: An event, from whichever thread announced it (queued to the UI thread if need be).
    _arrived = Signal(object)

    def __init__(self, bus: MessageBus, terminal: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.terminal = terminal
        self.state = DisplayState()
        self._arrived.connect(self._apply)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.setInterval(THANKS_SECONDS * 1000)
        self.thanks_timer.timeout.connect(self._thanks_over)
        self._stops: list[Callable[[], None]] = [bus.listen(kind, self._heard) for kind in HEARD]

    def close(self) -> None:
        """Stop listening (the window that owns the feed is going)."""
        for stop in self._stops:
            stop()
        self._stops.clear()

    def _heard(self, event: object) -> None:
        if isinstance(event, SaleIssued):
            if event.terminal != self.terminal:
                return
            if event.view.customer_code:
                qr_modules(event.view.customer_code)  # drawn here, off the UI thread; cached
        self._arrived.emit(event)

    def _apply(self, event: object) -> None:
        state = self.state
        if isinstance(event, CartShown):
            state = state.showing_cart(
                event.lines,
                event.total,
                event.currency,
                event.customer_name,
                event.customer_language,
            )
        elif isinstance(event, PaymentTendered):
            state = state.paying(event.total, event.given, event.change)
        elif isinstance(event, CounterIdle):
            state = state.idle(event.exhibition_name)
        elif isinstance(event, SaleIssued):
            if state.phase is not Phase.PAYING:
                return  # a draft issued in the back office: not this visitor's sale
            view = event.view
            state = state.thanks(
                total=view.gross,
                given=state.given,
                change=state.change,
                currency=view.currency,
                customer_name=view.customer_name,
                customer_code=view.customer_code,
                invoice_number=view.number,
            )
        self._show(state)

    def _thanks_over(self) -> None:
        self._show(self.state.thanks_over())

    def _show(self, state: DisplayState) -> None:
        if state == self.state:
            return
        self.state = state
        if state.phase is Phase.THANKS:
            self.thanks_timer.start()
        else:
            self.thanks_timer.stop()
        self.changed.emit(state)
