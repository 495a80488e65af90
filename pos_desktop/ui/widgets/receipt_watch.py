"""What became of a just-made sale's receipt, said in the sale's own view (with a sound).

The print loop reports each round on the bus (``PrintRoundDone``, from its own thread); the
watch brings the report to the UI thread and words it for the invoice on screen. A receipt
that waits for the printer prints by itself when it is back, marked PRINTED LATE on the paper
(``services/printing/documents.py``); the cashier hears and reads that it did not print now,
instead of finding out from small status-bar text when the customer has gone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from pos_desktop.services.events import PrintRoundDone
from pos_desktop.services.messagebus import MessageBus
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.scanning.reject_sound import RejectSound
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone


def receipt_outcome(
    number: str, report: PrintRoundDone, *, late: bool = False
) -> tuple[str, Tone] | None:
    """The words for invoice ``number``'s receipt in this round (None: not in it); ``late``:
    it failed in an earlier round."""
    if number in report.printed:
        printed = (
            tr("ReceiptWatch", "Receipt {number} printed now, after the printer came back")
            if late
            else tr("ReceiptWatch", "Receipt {number} printed")
        )
        return printed.format(number=number), Tone.SUCCESS
    for name, why in report.unsure:
        if name == number:
            unsure = tr(
                "ReceiptWatch",
                "The receipt of {number} may not have printed ({why}). Check the paper; the "
                "print queue (Ctrl+Shift+P) reprints it as COPY or marks it printed",
            )
            return unsure.format(number=number, why=why), Tone.ERROR
    for name, why in report.waiting:
        if name == number:
            waiting = tr(
                "ReceiptWatch",
                "The receipt of {number} did not print: {why}. It prints by itself when the "
                "printer is back (marked PRINTED LATE if that is minutes from now); Ctrl+P "
                "tries again",
            )
            return waiting.format(number=number, why=why), Tone.ERROR
    return None


class ReceiptWatch(QObject):
    """Shows in ``messages`` what the print loop did with the receipt of invoice ``number``
    (set by the view as it shows an invoice)."""

    _heard = Signal(object)

    def __init__(self, bus: MessageBus, messages: MessageBar) -> None:
        super().__init__(messages)
        self._messages = messages
        self.number: str | None = None
        self._sound: RejectSound | None = None
        #: The receipt on screen failed to print in an earlier round (its printing later is news).
        self.failed: str | None = None
        self._heard.connect(self._show)
        stop = bus.listen(PrintRoundDone, self._heard.emit)
        self.destroyed.connect(lambda _gone=None: stop())

    def _show(self, report: PrintRoundDone) -> None:
        number = self.number
        if number is None:
            return
        outcome = receipt_outcome(number, report, late=self.failed == number)
        if outcome is None:
            return
        text, tone = outcome
        if tone is Tone.ERROR:
            if self.failed != number:  # said once, not at every round while it waits
                self.failed = number
                self._messages.show_message(text, tone)
                self._alarm()
        elif self.failed == number:
            self.failed = None
            self._messages.show_message(text, tone)

    def _alarm(self) -> None:
        if self._sound is None:
            self._sound = RejectSound(self)
        self._sound()
