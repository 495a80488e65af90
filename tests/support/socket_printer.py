"""A network receipt printer on a loopback TCP socket: records what it prints, answers status.

Modes (settable while running; each connection reads the mode as it goes):

- ``ready``, ``paper near end``: answers ``DLE EOT`` so and prints what it gets;
- ``paper out``, ``cover open``, ``offline``, ``error``: answers status queries so (as an
  Epson printer does: offline, with the offline cause and the paper sensor saying why) and
  prints nothing;
- ``stall``: answers the status queries before the receipt, prints the receipt, then never
  answers nor reads again and keeps the connection open (a printer that hung after the job);
- ``hang up``: as ``stall``, but closes the connection at the first query after the receipt;
- ``mute``: never answers a status query, prints what it gets and closes when the sender
  closes (a printer that does not report its status);
- ``mute stall``: never answers, prints what it gets, and never closes the connection.

``answers`` overrides the status byte the printer gives to ``DLE EOT n`` (``{n: byte}``),
whatever the mode; ``after_receipt`` does so for the queries that follow a receipt's bytes on
the same connection (the paper ran out, or the cover was opened, while it printed). ``jobs``
holds the bytes each connection printed (status queries left out).
"""

from __future__ import annotations

import socket
import threading
import time

READY = {1: 0x16, 2: 0x12, 3: 0x12, 4: 0x12}
#: The answers that differ from a ready printer's, per mode (bits as in realtime_status.py).
ANSWERS: dict[str, dict[int, int]] = {
    "paper near end": {4: 0x1E},
    "paper out": {1: 0x1E, 2: 0x32, 4: 0x72},
    "cover open": {1: 0x1E, 2: 0x16},
    "offline": {1: 0x1E},
    "error": {1: 0x1E, 2: 0x52, 3: 0x1A},
}
PRINTS = {"ready", "paper near end", "stall", "hang up", "mute", "mute stall"}
MUTE = {"mute", "mute stall"}


class SocketPrinter:
    def __init__(self, mode: str = "ready") -> None:
        self.mode = mode
        self.answers: dict[int, int] = {}
        self.after_receipt: dict[int, int] = {}
        self.jobs: list[bytes] = []
        self.status_queries = 0
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self.port: int = self._server.getsockname()[1]
        self._closing = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def wait_for_jobs(self, count: int, seconds: float = 5.0) -> list[bytes]:
        """The first ``count`` jobs, once the printer has recorded them (it does so when the
        sender closes the connection, which may come just after the sender returned)."""
        deadline = time.monotonic() + seconds
        while len(self.jobs) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(self.jobs) >= count, f"{len(self.jobs)} of {count} jobs printed"
        return self.jobs[:count]

    @property
    def url(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def __enter__(self) -> SocketPrinter:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closing.set()
        self._server.close()
        for thread in self._threads:
            thread.join(5)

    def _serve(self) -> None:
        while not self._closing.is_set():
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
            thread.start()  # before it is listed: close() may join the list at any moment
            self._threads.append(thread)

    def _answer(self, n: int, *, printed: bool) -> int | None:
        if self.mode in MUTE:
            return None
        if printed and n in self.after_receipt:
            return self.after_receipt[n]
        if n in self.answers:
            return self.answers[n]
        return ANSWERS.get(self.mode, {}).get(n, READY.get(n, 0x12))

    def _record(self, printed: bytearray) -> None:
        if printed and self.mode in PRINTS:
            self.jobs.append(bytes(printed))
        printed.clear()

    def _hold(self) -> None:
        """Hung: the connection stays open, unread and unanswered, until the printer closes."""
        self._closing.wait()

    def _handle(self, conn: socket.socket) -> None:
        printed = bytearray()
        pending = b""
        conn.settimeout(0.2)
        with conn:
            while not self._closing.is_set():
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not chunk:  # the sender closed its side: all it sent is here
                    if self.mode == "mute stall":
                        self._record(printed)
                        self._hold()
                    break
                data = pending + chunk
                pending = b""
                i = 0
                while i < len(data):
                    if data[i] == 0x10 and data[i + 1 : i + 2] in (b"\x04", b""):
                        if len(data) - i < 3:
                            pending = data[i:]
                            break
                        if printed and self.mode in {"stall", "hang up"}:
                            self._record(printed)
                            if self.mode == "stall":
                                self._hold()
                            return
                        answer = self._answer(data[i + 2], printed=bool(printed))
                        if answer is not None:
                            conn.sendall(bytes([answer]))
                            self.status_queries += 1
                        i += 3
                        continue
                    printed.append(data[i])
                    i += 1
        self._record(printed)
