"""A button that prints one document on the till's printer, off the UI thread.

The job it runs (in the runner) queues the document through the print service and tries the
printer once (``receipt_preview.send_now``); the message bar then says whether it printed or
why it waits in the print queue. While a job runs, and while no printer is set up or there is
nothing to print, the button is disabled and its tooltip says why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, tr
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone
from pos_desktop.ui.widgets.receipt_preview import Reprinted, reprint_text

NO_PRINTER = QT_TRANSLATE_NOOP("PrintButton", "No printer set up (Settings > Printer)")


class PrintButton(QPushButton):
    def __init__(
        self,
        ctx: UiContext,
        messages: MessageBar,
        text: str,
        tooltip: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(text, parent)
        self.ctx = ctx
        self.messages = messages
        self._tooltip = tooltip
        self._why_not: str | None = tr("PrintButton", "Nothing to print")
        self._busy = False
        self._refresh()

    def set_ready(self, why_not: str | None) -> None:
        """``None``: there is a document to print; else why there is none."""
        self._why_not = why_not
        self._refresh()

    def _refresh(self) -> None:
        configured = self.ctx.services.printing.configured
        why = self._why_not or (None if configured else tr("PrintButton", NO_PRINTER))
        self.setEnabled(why is None and not self._busy)
        self.setToolTip(why or self._tooltip)

    def start(self, busy_text: str, job: Callable[[], Reprinted]) -> None:
        """Run ``job`` (a pool thread: it captures services and values, never widgets)."""
        if not self.isEnabled():
            return
        self._busy = True
        self._refresh()
        self.messages.show_message(busy_text, Tone.INFO)
        self.ctx.runner.submit(job, self._printed, self._failed, owner=self)

    def _printed(self, outcome: Reprinted) -> None:
        self._busy = False
        self._refresh()
        self.messages.show_message(*reprint_text(outcome))

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self._refresh()
        self.messages.show_error(error)
