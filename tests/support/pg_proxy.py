"""A TCP proxy between the tests and the real PostgreSQL that can lose a COMMIT's answer.

What a till sees when the hall network drops at the worst moment: the COMMIT reaches the server
and is carried out, then the line is cut before the answer comes back. The client gets a
connection error and cannot know whether its transaction was saved.

It reads the client's side of the wire protocol (a startup message, then typed messages: one
type byte and a length) to recognise COMMIT, sent by psycopg as a simple query (``Q``) or,
in pipeline mode, as a parse (``P``). The URL it gives turns TLS and GSS encryption off, so the
messages can be read.

``cut_after_commit(n)``: the next ``n`` COMMITs are passed on, and when the server's answer
arrives both sides are closed instead of passing it back. ``go_down()`` refuses new
connections and cuts the open ones (an outage); ``come_back()`` ends it. ``go_down(hang=True)``
cuts the open ones too but holds new connections open without an answer, as a network that
drops packets does: the client's ``connect_timeout`` has to decide.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

PG_PROTOCOL_3 = 196608


@dataclass
class _Pair:
    client: socket.socket
    server: socket.socket
    #: Set when COMMIT went to the server: its answer is dropped and the line cut.
    cut_on_reply: threading.Event = field(default_factory=threading.Event)

    def close(self) -> None:
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class PostgresProxy:
    def __init__(self, upstream_host: str = "127.0.0.1", upstream_port: int = 5432) -> None:
        self._upstream = (upstream_host, upstream_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._pairs: list[_Pair] = []
        self._cuts_wanted = 0
        self._down = False
        self._hang = False
        #: Connections accepted while hanging: never answered, closed on ``come_back``.
        self._held: list[socket.socket] = []
        self._stopped = False
        #: COMMITs whose answer was dropped (each one is a transaction in doubt).
        self.cuts = 0
        self._acceptor = threading.Thread(target=self._accept, daemon=True)
        self._acceptor.start()

    # ----------------------------------------------------------------------- what tests use

    def url(self, database_url: str) -> str:
        """``database_url`` (a PostgreSQL URL) through this proxy, unencrypted."""
        parts = urlsplit(database_url)
        user = f"{parts.username}@" if parts.username else ""
        netloc = f"{user}127.0.0.1:{self.port}"
        extra = "sslmode=disable&gssencmode=disable&connect_timeout=2"
        query = f"{parts.query}&{extra}" if parts.query else extra
        return urlunsplit((parts.scheme, netloc, parts.path, query, ""))

    def cut_after_commit(self, count: int = 1) -> None:
        with self._lock:
            self._cuts_wanted += count

    def go_down(self, *, hang: bool = False) -> None:
        with self._lock:
            self._down = True
            self._hang = hang
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            pair.close()

    def come_back(self) -> None:
        with self._lock:
            self._down = False
            held, self._held = self._held, []
        for sock in held:
            sock.close()

    def close(self) -> None:
        self._stopped = True
        self.go_down()
        with self._lock:
            held, self._held = self._held, []
        for sock in held:
            sock.close()
        self._listener.close()

    def __enter__(self) -> PostgresProxy:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------------------ plumbing

    def _accept(self) -> None:
        while not self._stopped:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                down = self._down
                if down and self._hang:
                    self._held.append(client)
                    continue
            if down:
                client.close()
                continue
            try:
                server = socket.create_connection(self._upstream, timeout=5)
            except OSError:
                client.close()
                continue
            server.settimeout(None)
            for sock in (client, server):  # small messages, passed on at once (no Nagle wait)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            pair = _Pair(client, server)
            with self._lock:
                self._pairs.append(pair)
            threading.Thread(target=self._client_to_server, args=(pair,), daemon=True).start()
            threading.Thread(target=self._server_to_client, args=(pair,), daemon=True).start()

    def _take_cut(self) -> bool:
        with self._lock:
            if self._cuts_wanted <= 0:
                return False
            self._cuts_wanted -= 1
            return True

    def _client_to_server(self, pair: _Pair) -> None:
        try:
            self._startup(pair)
            while True:
                head = _read_exactly(pair.client, 5)
                kind, length = head[:1], struct.unpack("!I", head[1:])[0]
                body = _read_exactly(pair.client, length - 4)
                if kind in (b"Q", b"P") and _is_commit(kind, body) and self._take_cut():
                    pair.cut_on_reply.set()
                pair.server.sendall(head + body)
        except (OSError, ConnectionError):
            pair.close()

    def _startup(self, pair: _Pair) -> None:
        """Pass on the untyped startup messages (an SSL or GSS request first, if any)."""
        while True:
            head = _read_exactly(pair.client, 8)
            length, code = struct.unpack("!II", head)
            body = _read_exactly(pair.client, length - 8)
            pair.server.sendall(head + body)
            if code == PG_PROTOCOL_3:
                return

    def _server_to_client(self, pair: _Pair) -> None:
        try:
            while True:
                data = pair.server.recv(65536)
                if not data:
                    break
                if pair.cut_on_reply.is_set():
                    with self._lock:
                        self.cuts += 1
                    break  # the server committed; its answer never arrives
                pair.client.sendall(data)
        except OSError:
            pass
        pair.close()


def _read_exactly(sock: socket.socket, count: int) -> bytes:
    chunks = bytearray()
    while len(chunks) < count:
        data = sock.recv(count - len(chunks))
        if not data:
            raise ConnectionError("closed")
        chunks += data
    return bytes(chunks)


def _is_commit(kind: bytes, body: bytes) -> bool:
    if kind == b"P":  # parse: statement name, then the query, both NUL-terminated
        body = body.split(b"\0", 1)[1] if b"\0" in body else body
    return body.lstrip().upper().startswith(b"COMMIT")
