"""The Settings screen's printer tools: live status and "Print test page" for the URL typed.

Like "Send test email", both use the form's ``printer.url`` as typed, saved or not, so an admin
can find the right printer before saving it. Both talk to the printer (bounded by
``printer.timeout_seconds``) in the runner; the status is asked again every few seconds while
the Printer tab is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from pos_desktop.domain.printer import PrinterStatus
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import QT_TRANSLATE_NOOP, said, tr
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone, error_words

STATUS_MS = 5_000

#: The Settings screen's Printer tab: (key, label, hint, choices); marked in its context,
#: translated where it shows them.
PRINTER_FIELDS: tuple[tuple[str, str, str, dict[str, str] | None], ...] = (
    (
        "printer.url",
        QT_TRANSLATE_NOOP("Settings", "Printer"),
        QT_TRANSLATE_NOOP(
            "Settings",
            "tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, "
            "serial:///dev/ttyUSB0?baud=9600, cups://QUEUE; empty: no receipts",
        ),
        None,
    ),
    (
        "printer.profile",
        QT_TRANSLATE_NOOP("Settings", "Profile"),
        QT_TRANSLATE_NOOP("Settings", "python-escpos profile: default, TM-T20II, POS-5890..."),
        None,
    ),
    (
        "printer.columns",
        QT_TRANSLATE_NOOP("Settings", "Characters per line"),
        QT_TRANSLATE_NOOP("Settings", "32 on 58 mm paper, 42 or 48 on 80 mm"),
        None,
    ),
    (
        "printer.auto_print",
        QT_TRANSLATE_NOOP("Settings", "Print the receipt after each sale"),
        "",
        None,
    ),
    (
        "printer.drawer_kick",
        QT_TRANSLATE_NOOP("Settings", "Open the cash drawer on cash sales"),
        "",
        None,
    ),
    (
        "printer.timeout_seconds",
        QT_TRANSLATE_NOOP("Settings", "Time limit (seconds)"),
        QT_TRANSLATE_NOOP("Settings", "a printer that does not answer"),
        None,
    ),
    (
        "printer.footer",
        QT_TRANSLATE_NOOP("Settings", "Receipt footer"),
        QT_TRANSLATE_NOOP("Settings", "lines separated by |"),
        None,
    ),
    (
        "printer.logo",
        QT_TRANSLATE_NOOP("Settings", "Logo image"),
        QT_TRANSLATE_NOOP("Settings", "PNG printed on top of each receipt; empty: none"),
        None,
    ),
)


def status_of(url: str, status: PrinterStatus) -> str:
    text = tr("PrinterTest", "Status of {url}: {status}")
    return text.format(url=url, status=said(status.describe()))


class PrinterTest(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        values: Callable[[], dict[str, Any]],
        messages: MessageBar,
        parent: QWidget | None = None,
        *,
        interval_ms: int = STATUS_MS,
    ) -> None:
        """``values``: the form's keys as typed (read on the UI thread)."""
        super().__init__(parent)
        self.ctx = ctx
        self._values = values
        self._messages = messages
        self.status = QLabel(tr("PrinterTest", "Status: -"))
        self.status.setObjectName("printerStatus")
        self.status.setWordWrap(True)
        self.test_button = QPushButton(tr("PrinterTest", "Print &test page"))
        self.check_button = QPushButton(tr("PrinterTest", "Chec&k status"))
        self.test_button.clicked.connect(self.print_test_page)
        self.check_button.clicked.connect(self.check)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.check_button)
        row.addWidget(self.test_button)
        self._checking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def typed_url(self) -> str:
        running = self.ctx.services.settings.printer.url
        return str(self._values().get("printer.url", running)).strip()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.check()
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        # Also called while the window is torn down, after Python may have cleared this
        # wrapper's attributes (a reference cycle collected first): then there is no timer left.
        timer: QTimer | None = getattr(self, "timer", None)
        if timer is not None:
            timer.stop()
        super().hideEvent(event)

    def check(self) -> None:
        url = self.typed_url()
        if not url:
            self.status.setText(tr("PrinterTest", "Status: no printer set up (type its URL above)"))
            return
        if self._checking:
            return
        self._checking = True
        printing = self.ctx.services.printing
        self.ctx.runner.submit(
            lambda: printing.status(url),
            lambda status: self._checked(url, status),
            self._check_failed,
            owner=self,
        )

    def _checked(self, url: str, status: PrinterStatus) -> None:
        self._checking = False
        self.status.setText(status_of(url, status))

    def _check_failed(self, error: Exception) -> None:
        self._checking = False
        self.status.setText(tr("PrinterTest", "Status: {error}").format(error=error_words(error)))

    def print_test_page(self) -> None:
        url = self.typed_url()
        if not url:
            self._messages.show_error(
                tr("PrinterTest", "Type the printer's URL first (e.g. tcp://192.168.1.50:9100)")
            )
            return
        printing, actor = self.ctx.services.printing, self.ctx.actor
        self.test_button.setEnabled(False)
        printing_on = tr("PrinterTest", "Printing a test page on {url}...").format(url=url)
        self._messages.show_message(printing_on, Tone.INFO)
        self.ctx.runner.submit(
            lambda: printing.test_page(actor, url),
            lambda status: self._printed(url, status),
            self._failed,
            owner=self,
        )

    def _printed(self, url: str, status: PrinterStatus) -> None:
        self.test_button.setEnabled(True)
        self.status.setText(status_of(url, status))
        sent = tr("PrinterTest", "Test page sent to {url}; the printer took it ({status}).")
        self._messages.show_message(sent.format(url=url, status=status.describe()), Tone.SUCCESS)

    def _failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self._messages.show_error(error)
