"""Real sockets standing in for a server that is down or unreachable.

``closed_port()``: nothing listens there (the connection is refused at once).
``SilentServer``: the port accepts TCP connections but never says a word, as a host behind a
firewall that drops packets or a service that hangs; a client only stops on its own timeout.
"""

from __future__ import annotations

import socket


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


class SilentServer:
    def __init__(self) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(8)  # the kernel completes handshakes; nobody ever answers
        self.port: int = self._socket.getsockname()[1]

    def __enter__(self) -> SilentServer:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._socket.close()
