"""The mail port: what the outbox needs from a mail transport, and nothing about SMTP.

bootstrap gives the outbox ``adapters/smtp_transport.py`` (SMTP over the standard library,
the password from the keyring or the config file); the tests give it the same adapter aimed at
a real server on loopback (aiosmtpd).

Threading: a mailer's ``session()`` and ``send`` block on the network; call them from the
sender's thread or a worker, never the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Protocol

from pos_desktop.config import SmtpSettings
from pos_desktop.domain.outbox import OutgoingEmail


class MailSession(Protocol):
    """One open connection; ``send`` raises ``DeliveryFailed`` with a reason people can read."""

    def send(self, mail: OutgoingEmail) -> None: ...


class Mailer(Protocol):
    """Sessions with one set of settings (read when a session opens)."""

    def missing(self) -> str | None: ...

    def session(self) -> AbstractContextManager[MailSession]: ...

    @property
    def sender_address(self) -> str: ...


class MailTransport(Protocol):
    """Makes mailers: the outbox's for the saved settings, a test email's for typed ones."""

    def mailer(self, smtp: SmtpSettings, password: Callable[[], str]) -> Mailer:
        """A mailer for ``smtp``; ``password`` is asked when a login needs it."""
        ...

    def stored_password(self, smtp: SmtpSettings) -> str:
        """The saved password for ``smtp`` (setting, then keyring); may block on the keyring."""
        ...
