"""A real SMTP server on loopback (aiosmtpd) that records what it receives, and misbehaves on
request: refuses addresses, refuses logins, stalls, or hangs up in the middle of a message.

``with SmtpServer() as server: ...`` listens on a free port of 127.0.0.1; ``server.messages``
are the parsed messages received, in order. Mode switches take effect for the next command.

``SmtpServerProcess`` runs the same server in a process of its own, as a real mail server is,
for benchmarks: its event loop and the parsing of each message (a few ms for a welcome with its
PDF) then do not compete with the sender for this interpreter's lock.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import multiprocessing
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.support.network import closed_port


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self._server = server

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, _server: SMTP, _session: Session, envelope: Envelope, address: str, _options: Any
    ) -> str:
        if address in self._server.bouncing:
            return "550 5.1.1 <" + address + ">: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802
        self, server: SMTP, _session: Session, envelope: Envelope
    ) -> str:
        if self._server.stall_seconds:
            await asyncio.sleep(self._server.stall_seconds)
        if self._server.hang_up:
            assert server.transport is not None
            server.transport.close()
            return "421 closing"
        raw = envelope.content if isinstance(envelope.content, bytes) else b""
        message = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self._server.lock:
            self._server.received.append(
                Received(str(envelope.mail_from), list(envelope.rcpt_tos), message)
            )
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self, *, login: tuple[str, str] | None = None, port: int | None = None) -> None:
        self.port = port or closed_port()
        self.received: list[Received] = []
        self.lock = threading.Lock()
        self.bouncing: set[str] = set()
        self.stall_seconds = 0.0
        self.hang_up = False
        self.login = login
        kwargs: dict[str, Any] = {}
        if login is not None:
            kwargs = {"authenticator": self._authenticate, "auth_require_tls": False}
        self._controller = Controller(
            _Handler(self), hostname="127.0.0.1", port=self.port, **kwargs
        )

    def _authenticate(
        self, _server: SMTP, _session: Session, _envelope: Envelope, _mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and self.login is not None
            and (data.login.decode(), data.password.decode()) == self.login
        )
        return AuthResult(success=ok, handled=False)

    @property
    def messages(self) -> list[EmailMessage]:
        with self.lock:
            return [r.message for r in self.received]

    def start(self) -> SmtpServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SmtpServer:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


def _serve(port: int, ready: Event, stop: Event, received: Synchronized[int]) -> None:
    with SmtpServer(port=port) as server:
        ready.set()
        stop.wait()
        received.value = len(server.received)


class SmtpServerProcess:
    """``with SmtpServerProcess() as server: ...``; ``server.received`` (how many messages it
    took) is known once the block has ended."""

    def __init__(self, *, port: int | None = None) -> None:
        self.port = port or closed_port()
        self.received = 0
        context = multiprocessing.get_context("spawn")  # no copy of this process's threads
        self._ready = context.Event()
        self._stop = context.Event()
        self._count: Synchronized[int] = context.Value("i", -1)
        self._process = context.Process(
            target=_serve,
            args=(self.port, self._ready, self._stop, self._count),
            name="smtp-server",
            daemon=True,
        )

    def __enter__(self) -> SmtpServerProcess:
        self._process.start()
        if not self._ready.wait(60):
            self._process.kill()
            raise RuntimeError(f"the SMTP server process did not start on port {self.port}")
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._process.join(60)
        self.received = self._count.value
