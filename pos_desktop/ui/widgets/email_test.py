"""The Settings screen's "Send test email": the Email tab's values as typed, sent now.

Uses the form's values, saved or not, so an admin can try a server before committing to it.
The answer (sent, or the server's reason) comes back on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from pos_desktop.config import SmtpSettings
from pos_desktop.ui.context import UiContext
from pos_desktop.ui.i18n import tr
from pos_desktop.ui.widgets.message_bar import MessageBar, Tone


class SendTestEmail(QWidget):
    def __init__(
        self,
        ctx: UiContext,
        values: Callable[[], dict[str, Any]],
        messages: MessageBar,
        parent: QWidget | None = None,
    ) -> None:
        """``values``: the form's ``smtp.*`` keys as typed (read on the UI thread)."""
        super().__init__(parent)
        self.ctx = ctx
        self._values = values
        self._messages = messages
        self.to = QLineEdit()
        self.to.setPlaceholderText(tr("EmailTest", "send a test to (your address)"))
        self.button = QPushButton(tr("EmailTest", "Send &test email"))
        self.button.clicked.connect(self.send)
        self.to.returnPressed.connect(self.send)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.to, 1)
        row.addWidget(self.button)

    def send(self) -> None:
        values = self._values()
        running = self.ctx.services.settings.smtp
        smtp = SmtpSettings(
            host=str(values.get("smtp.host", running.host)),
            port=int(values.get("smtp.port", running.port)),
            security=str(values.get("smtp.security", running.security)),
            user=str(values.get("smtp.user", running.user)),
            password="",
            sender=str(values.get("smtp.sender", running.sender)),
        )
        typed = str(values.get("smtp.password", ""))
        outbox, actor, to = self.ctx.services.outbox, self.ctx.actor, self.to.text()
        password = typed or None
        self.button.setEnabled(False)
        sending = tr("EmailTest", "Sending a test email to {to}...").format(to=to)
        self._messages.show_message(sending, Tone.INFO)
        self.ctx.runner.submit(
            lambda: outbox.send_test(actor, smtp, to=to, password=password),
            self._sent,
            self._failed,
            owner=self,
        )

    def _sent(self, message_id: str) -> None:
        self.button.setEnabled(True)
        sent = tr("EmailTest", "Test email sent to {to} (Message-ID {id}).")
        self._messages.show_message(sent.format(to=self.to.text(), id=message_id), Tone.SUCCESS)

    def _failed(self, error: Exception) -> None:
        self.button.setEnabled(True)
        self._messages.show_error(error)
