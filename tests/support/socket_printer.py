"""A network receipt printer on a loopback TCP socket: records what it prints, answers status.

Modes (settable while running): ``ready``; ``paper near end``; ``paper out`` and ``offline``
(it answers status queries so and prints nothing); ``stall`` (answers the status queries that
come before the receipt, then stops reading: a printer whose buffer is full or that hung).
``jobs`` holds the bytes of each connection that sent something besides status queries.
"""

from __future__ import annotations

import socket
import threading
import time

ONLINE, OFFLINE = 0x16, 0x1E
PAPER = {"ok": 0x12, "near end": 0x1E, "out": 0x72}


class SocketPrinter:
    def __init__(self, mode: str = "ready") -> None:
        self.mode = mode
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

    def _answer(self, kind: int) -> int:
        if kind == 1:
            return OFFLINE if self.mode == "offline" else ONLINE
        if self.mode == "paper out":
            return PAPER["out"]
        return PAPER["near end"] if self.mode == "paper near end" else PAPER["ok"]

    def _handle(self, conn: socket.socket) -> None:
        printed = bytearray()
        pending = b""
        answered = 0
        stalled = False
        conn.settimeout(0.2)
        with conn:
            while not self._closing.is_set():
                if stalled:
                    self._closing.wait(0.05)  # never reads again; the client times out
                    try:
                        conn.send(b"")
                    except OSError:
                        break
                    continue
                try:
                    chunk = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    break
                if not chunk:
                    break
                data = pending + chunk
                pending = b""
                i = 0
                while i < len(data):
                    if data[i] == 0x10:
                        if len(data) - i < 3:
                            pending = data[i:]
                            break
                        if data[i + 1] == 0x04:
                            if self.mode == "stall" and answered >= 2:
                                stalled = True
                                break
                            conn.sendall(bytes([self._answer(data[i + 2])]))
                            self.status_queries += 1
                            answered += 1
                            i += 3
                            continue
                    printed.append(data[i])
                    i += 1
        if printed and self.mode in {"ready", "paper near end"} and not stalled:
            self.jobs.append(bytes(printed))
