"""Sending over SMTP with the standard library: plain, STARTTLS or SSL, always with a timeout.

Every failure becomes a :class:`DeliveryFailed` whose ``reason`` a cashier can act on ("the
server refused the login for shop@example.org: check smtp.user and smtp.password"), marked
``permanent`` when retrying cannot help (the server refused the address) and ``connection``
when the session is gone and the next message would fail the same way.

With ``[log] level = "debug"`` the dialogue with the server goes into the log (each line cut
short: a message's body is not the point), the login's credentials hidden by the log's
redaction, which learns the password here when it is read (it may come from the keyring).

Threading: blocks on the network; call it from the sender's thread, never the UI thread. One
:class:`SmtpSession` belongs to one thread.
"""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pos_desktop.adapters.log_redaction import remember_secret
from pos_desktop.adapters.mime_message import build_mime
from pos_desktop.config import SmtpSettings
from pos_desktop.domain.outbox import DeliveryFailed, OutgoingEmail
from pos_desktop.domain.phrases import Phrase, say

DEFAULT_TIMEOUT = 15.0  # seconds per network operation; a stalled server costs at most this
#: A debug line of the dialogue is cut after this many characters (the DATA is one line).
DIALOGUE_LINE = 300
log = logging.getLogger(__name__)


class _LoggedSmtp(smtplib.SMTP):
    """smtplib prints its debug output to stderr; this sends it to the log instead, from the
    server's greeting on (the level is set before ``__init__`` connects)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.debuglevel = 1 if log.isEnabledFor(logging.DEBUG) else 0
        super().__init__(*args, **kwargs)

    def _print_debug(self, *args: object) -> None:
        line = " ".join(str(arg) for arg in args)
        log.debug("%s", line if len(line) <= DIALOGUE_LINE else line[:DIALOGUE_LINE] + "...")


class _LoggedSmtpSsl(_LoggedSmtp, smtplib.SMTP_SSL):
    pass


def _text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())


class SmtpSession:
    def __init__(self, client: smtplib.SMTP, where: str, timeout: float) -> None:
        self._client = client
        self._where = where
        self._timeout = timeout

    def send(self, mail: OutgoingEmail) -> None:
        try:
            self._client.sendmail(mail.sender, [mail.recipient], build_mime(mail))
        except smtplib.SMTPRecipientsRefused as error:
            code, reply = error.recipients.get(mail.recipient, (550, b"refused"))
            raise DeliveryFailed(
                say(
                    "the mail server refused the address {address} ({code} {reply})",
                    address=mail.recipient,
                    code=code,
                    reply=_text(reply),
                ),
                permanent=code >= 500,
            ) from error
        except smtplib.SMTPSenderRefused as error:
            raise DeliveryFailed(
                say(
                    "the mail server refused the sender {address} ({code} {reply}):"
                    " check smtp.sender",
                    address=mail.sender,
                    code=error.smtp_code,
                    reply=_text(error.smtp_error),
                )
            ) from error
        except smtplib.SMTPServerDisconnected as error:
            # smtplib reports a read timeout as a disconnection ("...: timed out").
            reason = (
                self._stopped_answering()
                if "timed out" in str(error)
                else say(
                    "the mail server {server} closed the connection while sending",
                    server=self._where,
                )
            )
            raise DeliveryFailed(reason, connection=True) from error
        except smtplib.SMTPResponseException as error:
            raise DeliveryFailed(
                say(
                    "the mail server did not accept the message ({code} {reply})",
                    code=error.smtp_code,
                    reply=_text(error.smtp_error),
                ),
                permanent=error.smtp_code >= 500,
            ) from error
        except TimeoutError as error:
            raise DeliveryFailed(self._stopped_answering(), connection=True) from error
        except OSError as error:
            raise DeliveryFailed(
                say(
                    "the connection to the mail server {server} broke ({error})",
                    server=self._where,
                    error=str(error),
                ),
                connection=True,
            ) from error

    def _stopped_answering(self) -> Phrase:
        return say(
            "the mail server {server} stopped answering while sending"
            " (no reply within {seconds:g} s)",
            server=self._where,
            seconds=self._timeout,
        )


class SmtpMailer:
    """Opens sessions with the settings as they are at that moment (the Settings screen may
    have changed them since the app started)."""

    def __init__(
        self,
        settings: SmtpSettings,
        *,
        password: Callable[[], str] | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self._settings = settings
        self._password = password or (lambda: settings.password)
        self.timeout = timeout

    @property
    def settings(self) -> SmtpSettings:
        return self._settings

    @property
    def sender_address(self) -> str:
        return self._settings.sender

    def missing(self) -> str | None:
        """Why sending cannot even start, or ``None`` when the settings are complete."""
        if not self._settings.host:
            return say("no mail server is set up (smtp.host)")
        if not self._settings.sender:
            return say("no sender address is set up (smtp.sender)")
        return None

    @contextmanager
    def session(self) -> Iterator[SmtpSession]:
        problem = self.missing()
        if problem:
            raise DeliveryFailed(problem, connection=True)
        s = self._settings
        where = f"{s.host}:{s.port}"
        client = self._connect(where)
        try:
            yield SmtpSession(client, where, self.timeout)
        finally:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()

    def _connect(self, where: str) -> smtplib.SMTP:
        s = self._settings
        client: smtplib.SMTP | None = None
        try:
            if s.security == "ssl":
                client = _LoggedSmtpSsl(
                    s.host, s.port, timeout=self.timeout, context=ssl.create_default_context()
                )
            else:
                client = _LoggedSmtp(s.host, s.port, timeout=self.timeout)
                if s.security == "starttls":
                    client.starttls(context=ssl.create_default_context())
            if s.user:
                password = self._password()
                remember_secret(password, user=s.user)
                client.login(s.user, password)
        except (smtplib.SMTPException, OSError) as error:
            if client is not None:
                client.close()
            reason = _why_not_connected(error, s, where, self.timeout)
            raise DeliveryFailed(reason, connection=True) from error
        return client


def _why_not_connected(
    error: smtplib.SMTPException | OSError, s: SmtpSettings, where: str, timeout: float
) -> str:
    """The first matching explanation; the order matters (subclasses first)."""
    code = getattr(error, "smtp_code", "")
    reply = _text(getattr(error, "smtp_error", b""))
    reasons: list[tuple[type[BaseException], str]] = [
        (
            smtplib.SMTPAuthenticationError,
            say(
                "the mail server {server} refused the login for {user} ({code} {reply}):"
                " check smtp.user and smtp.password",
                server=where,
                user=s.user,
                code=code,
                reply=reply,
            ),
        ),
        (
            smtplib.SMTPNotSupportedError,
            say(
                "the mail server {server} does not support {feature}:"
                " check smtp.security (none, starttls or ssl) and smtp.port",
                server=where,
                feature=str(error),
            ),
        ),
        (
            ssl.SSLError,
            say(
                "the secure connection to {server} failed ({error}):"
                " check smtp.security (ssl is usually port 465, starttls 587) and smtp.port",
                server=where,
                error=str(getattr(error, "reason", "") or error),
            ),
        ),
        (
            smtplib.SMTPServerDisconnected,
            say(
                "the mail server {server} closed the connection ({error})",
                server=where,
                error=str(error or "at once"),
            ),
        ),
        (
            smtplib.SMTPResponseException,
            say(
                "the mail server {server} refused the connection ({code} {reply})",
                server=where,
                code=code,
                reply=reply,
            ),
        ),
        (
            socket.gaierror,
            say(
                "the mail server name {host} cannot be found ({why})",
                host=s.host,
                why=str(getattr(error, "strerror", "")),
            ),
        ),
        (
            TimeoutError,
            say(
                "the mail server {server} did not answer within {seconds:g} s",
                server=where,
                seconds=timeout,
            ),
        ),
        (
            ConnectionRefusedError,
            say("the mail server {server} is not reachable (connection refused)", server=where),
        ),
    ]
    for kind, reason in reasons:
        if isinstance(error, kind):
            return reason
    detail = getattr(error, "strerror", None) or error
    return say(
        "the mail server {server} is not reachable ({error})", server=where, error=str(detail)
    )
