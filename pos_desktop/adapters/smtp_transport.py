"""The mail port's adapter (services/outbox/ports.py): SMTP mailers, the password from the
settings or the keyring. bootstrap hands one to the outbox.

Threading: ``stored_password`` may talk to a keyring daemon and a mailer's sessions block on
the network; call them from a worker or the sender's thread, never the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from pos_desktop.adapters.smtp_mail import DEFAULT_TIMEOUT, SmtpMailer
from pos_desktop.adapters.smtp_password import read_password
from pos_desktop.config import SmtpSettings


class SmtpTransport:
    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT) -> None:
        self.timeout = timeout

    def mailer(self, smtp: SmtpSettings, password: Callable[[], str]) -> SmtpMailer:
        return SmtpMailer(smtp, password=password, timeout=self.timeout)

    def stored_password(self, smtp: SmtpSettings) -> str:
        return read_password(smtp)
