"""Serial scanners (RS-232, or USB in "virtual COM port" mode): codes as lines of bytes.

The scanner sends each code followed by CR, LF or both (some send a Tab or nothing, then a
pause ends the code). :class:`SerialScanner` reads on its own thread and, when the port goes
away (cable pulled, USB scanner unplugged: ``/dev/ttyACM0`` vanishes), reports it and reopens
the port every ``retry_seconds`` until it is back (adapters/reconnecting_reader.py).

Threading: ``start``/``stop`` from one thread; callbacks run on the reader thread (a GUI
forwards them by queued signals).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ClassVar

import serial

from pos_desktop.adapters.reconnecting_reader import ReconnectingReader
from pos_desktop.domain.errors import PosError
from pos_desktop.domain.phrases import say

RETRY_SECONDS = 2.0
READ_TIMEOUT = 0.1  # a read returns at least this often, so stop() is prompt
END_PAUSE = 0.15  # a code without CR/LF ends after this much silence
_ENDINGS = b"\r\n\t"


class SerialUnavailable(PosError):
    """The port does not exist, is busy, or cannot be configured."""


def open_port(port: str, baud: int) -> serial.Serial:
    try:
        return serial.Serial(port, baudrate=baud, timeout=READ_TIMEOUT)
    except (serial.SerialException, OSError, ValueError) as error:
        raise SerialUnavailable(
            say("serial port {port} cannot be opened ({error})", port=port, error=str(error))
        ) from error


def split_codes(buffer: bytes) -> tuple[list[str], bytes]:
    """Complete codes in ``buffer`` (ended by CR, LF or Tab) and the unfinished rest."""
    codes = []
    start = 0
    for index, byte in enumerate(buffer):
        if byte in _ENDINGS:
            chunk = buffer[start:index].strip()
            if chunk:
                codes.append(chunk.decode("utf-8", errors="replace"))
            start = index + 1
    return codes, buffer[start:]


@dataclass
class SerialScanner(ReconnectingReader[serial.Serial]):
    port: str
    baud: int
    on_code: Callable[[str], None]
    on_status: Callable[[str, bool], None]
    retry_seconds: float = RETRY_SECONDS
    open: Callable[[str, int], serial.Serial] = open_port
    unavailable: ClassVar[type[Exception]] = SerialUnavailable
    lost_errors: ClassVar[tuple[type[Exception], ...]] = (serial.SerialException, OSError)
    thread_name: ClassVar[str] = "serial-scanner"
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    @property
    def label(self) -> str:
        return say("serial {port}", port=self.port)

    def open_device(self) -> serial.Serial:
        return self.open(self.port, self.baud)

    def close_device(self, device: serial.Serial) -> None:
        device.close()

    def read_device(self, port: serial.Serial) -> None:
        buffer = b""
        quiet = 0.0
        while not self._stop.is_set():
            chunk = port.read(256)
            if chunk:
                buffer += chunk
                quiet = 0.0
                codes, buffer = split_codes(buffer)
                for code in codes:
                    self.on_code(code)
                continue
            quiet += READ_TIMEOUT
            if buffer and quiet >= END_PAUSE:  # a scanner that sends no line ending
                text = buffer.strip().decode("utf-8", errors="replace")
                buffer = b""
                if text:
                    self.on_code(text)
