"""Talking to a receipt printer through python-escpos, with a time limit on everything.

Thread rule: every method blocks (network, USB, serial, files); call them from a worker
thread, never from the Qt event loop. Each call opens its own connection and closes it, so a
printer switched off between two sales costs nothing but the failed attempt.

"Accepted" means: for printers that answer status queries (network, USB, serial), the
printer answered a status query sent *after* the receipt's bytes, proving it read them; a
printer that takes the connection and then stalls never answers, the call times out, and the
job stays queued. For one-way connections (a file, CUPS, Windows spooler) it means the bytes
were written and flushed within the time limit.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Network

from pos_desktop.domain.printer import (
    PrinterAddress,
    PrinterStatus,
    PrinterUnavailable,
    Problem,
    parse_printer_url,
)

T = TypeVar("T")
DLE_EOT_ONLINE = b"\x10\x04\x01"
DLE_EOT_PAPER = b"\x10\x04\x04"
OFFLINE_BIT = 0x08
PAPER_OUT_BITS = 0x60
PAPER_LOW_BITS = 0x0C
DEFAULT_TIMEOUT = 5.0


def paper_state(answer: int) -> str:
    if answer & PAPER_OUT_BITS == PAPER_OUT_BITS:
        return "out"
    if answer & PAPER_LOW_BITS == PAPER_LOW_BITS:
        return "near end"
    return "ok"


def _within(seconds: float, what: str, work: Callable[[], T]) -> T:
    """Run blocking device I/O with a deadline (a device file or a serial port can hang).

    The worker is a daemon thread: if the device never returns, it is abandoned rather than
    holding up the queue or the exit of the app.
    """
    result: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            result.append(work())
        except BaseException as err:
            failure.append(err)

    worker = threading.Thread(target=run, name=f"printer {what}", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise PrinterUnavailable(Problem.TIMEOUT, f"{what} did not finish within {seconds:g} s")
    if failure:
        raise failure[0]
    return result[0]


class PrinterConnection:
    """One configured printer: ``printer.url`` + profile + time limit."""

    def __init__(
        self, address: PrinterAddress, *, profile: str = "default", timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self.address = address
        self.profile = profile
        self.timeout = timeout

    @classmethod
    def from_url(
        cls, url: str, *, profile: str = "default", timeout: float = DEFAULT_TIMEOUT
    ) -> PrinterConnection:
        return cls(parse_printer_url(url), profile=profile, timeout=timeout)

    @property
    def name(self) -> str:
        return str(self.address)

    # ------------------------------------------------------------------------------ public

    def status(self) -> PrinterStatus:
        """Ask the printer how it is (never raises: an unreachable printer is a status too)."""
        try:
            if self.address.scheme == "tcp":
                device = self._open_network()
                try:
                    return self._ask(device)
                finally:
                    device.close()
            if self.address.scheme == "file":
                return self._file_status()
            return _within(self.timeout, f"status of {self.name}", self._device_status)
        except PrinterUnavailable as err:
            return PrinterStatus(reachable=False, detail=err.message)

    def send(self, data: bytes) -> PrinterStatus:
        """Deliver ``data``; the printer's status afterwards, or ``PrinterUnavailable``."""
        if self.address.scheme == "tcp":
            return self._send_network(data)
        if self.address.scheme == "file":
            return _within(self.timeout, f"writing to {self.name}", lambda: self._send_file(data))
        return _within(self.timeout, f"sending to {self.name}", lambda: self._send_device(data))

    # ----------------------------------------------------------------------------- network

    def _open_network(self) -> Any:
        """Connect (python-escpos's own ``open`` leaks the socket when the connect fails)."""
        host, port = self.address.target, self.address.port
        try:
            sock = socket.create_connection((host, port), timeout=self.timeout)
        except TimeoutError:
            raise PrinterUnavailable(
                Problem.TIMEOUT, f"{self.name} did not answer within {self.timeout:g} s"
            ) from None
        except OSError as err:
            why = err.strerror or str(err)
            raise PrinterUnavailable(Problem.OFFLINE, f"{self.name} is offline ({why})") from None
        sock.settimeout(self.timeout)
        device = Network(host, port, timeout=self.timeout, profile=self.profile)
        device.device = sock
        return device

    def _query(self, device: Any, command: bytes) -> int | None:
        """One real-time status byte, or ``None`` if the printer does not answer in time."""
        try:
            device._raw(command)
            answer = device._read()
        except TimeoutError:
            return None
        except OSError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE, f"{self.name} closed the connection ({err.strerror or err})"
            ) from None
        return int(answer[-1]) if answer else None

    def _ask(self, device: Any) -> PrinterStatus:
        online = self._query(device, DLE_EOT_ONLINE)
        if online is None:
            return PrinterStatus(reachable=True)
        paper = self._query(device, DLE_EOT_PAPER)
        return PrinterStatus(
            reachable=True,
            online=not online & OFFLINE_BIT,
            paper=paper_state(paper) if paper is not None else None,
        )

    def _refuse_if_not_ready(self, status: PrinterStatus) -> None:
        if status.online is False:
            raise PrinterUnavailable(Problem.OFFLINE, f"{self.name} is offline (cover open?)")
        if status.paper == "out":
            raise PrinterUnavailable(Problem.PAPER_OUT, f"{self.name} is out of paper")

    def _send_network(self, data: bytes) -> PrinterStatus:
        device = self._open_network()
        try:
            before = self._ask(device)
            self._refuse_if_not_ready(before)
            try:
                device._raw(data)
            except TimeoutError:
                raise PrinterUnavailable(
                    Problem.TIMEOUT, f"{self.name} stopped taking data (timeout)"
                ) from None
            except OSError as err:
                raise PrinterUnavailable(
                    Problem.OFFLINE, f"{self.name} dropped the connection ({err.strerror or err})"
                ) from None
            if before.online is None:
                return before  # a printer that never answers: written is all we can know
            after = self._ask(device)
            if after.online is None:
                raise PrinterUnavailable(
                    Problem.TIMEOUT,
                    f"{self.name} stopped answering after the receipt was sent "
                    f"(no reply within {self.timeout:g} s)",
                )
            return after
        finally:
            device.close()

    # ------------------------------------------------------------------------------- files

    def _file_status(self) -> PrinterStatus:
        path = Path(self.address.target)
        if path.exists() or path.parent.is_dir():
            return PrinterStatus(reachable=True)
        return PrinterStatus(reachable=False, detail=f"{path.parent} does not exist")

    def _send_file(self, data: bytes) -> PrinterStatus:
        try:
            with Path(self.address.target).open("ab") as handle:
                handle.write(data)
                handle.flush()
        except OSError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE, f"cannot write to {self.address.target} ({err.strerror or err})"
            ) from None
        return PrinterStatus(reachable=True)

    # ----------------------------------------------- USB, serial, CUPS, Windows (not tested here)

    def _device(self) -> Any:
        a = self.address
        try:
            if a.scheme == "usb":
                from escpos.printer import Usb  # noqa: PLC0415 - needs pyusb, only for USB

                return Usb(
                    a.vendor_id,
                    a.product_id,
                    timeout=int(self.timeout * 1000),
                    profile=self.profile,
                )
            if a.scheme == "serial":
                from escpos.printer import Serial  # noqa: PLC0415

                return Serial(a.target, baudrate=a.baud, timeout=self.timeout, profile=self.profile)
            if a.scheme == "cups":
                from escpos.printer import CupsPrinter  # noqa: PLC0415

                if not CupsPrinter.is_usable():
                    raise PrinterUnavailable(
                        Problem.UNAVAILABLE,
                        "cups:// printers need pycups (Debian: apt-get install python3-cups, "
                        "or pip install pycups)",
                    )
                return CupsPrinter(a.target, profile=self.profile)
            if a.scheme == "win32":
                from escpos.printer import Win32Raw  # noqa: PLC0415

                if not Win32Raw.is_usable():
                    raise PrinterUnavailable(
                        Problem.UNAVAILABLE, "win32:// printers work on Windows only (pywin32)"
                    )
                return Win32Raw(a.target, profile=self.profile)
        except ImportError as err:  # pragma: no cover - extras are dependencies
            raise PrinterUnavailable(
                Problem.UNAVAILABLE, f"{a.scheme}:// needs {err.name}"
            ) from None
        raise PrinterUnavailable(Problem.UNAVAILABLE, f"no driver for {a.scheme}://")

    def _open_device(self) -> Any:
        device = self._device()
        try:
            device.open()
        except DeviceNotFoundError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE, f"{self.name} not found ({str(err).strip()})"
            ) from None
        except OSError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE, f"{self.name} cannot be opened ({err.strerror or err})"
            ) from None
        return device

    def _device_status(self) -> PrinterStatus:
        device = self._open_device()
        try:
            if self.address.scheme in {"cups", "win32"}:
                return PrinterStatus(reachable=True)
            return self._ask(device)
        finally:
            device.close()

    def _send_device(self, data: bytes) -> PrinterStatus:
        device = self._open_device()
        try:
            if self.address.scheme in {"usb", "serial"}:
                self._refuse_if_not_ready(self._ask(device))
            device._raw(data)
            if self.address.scheme == "cups":
                device.close()  # CUPS submits the job on close
            return PrinterStatus(reachable=True)
        except OSError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE, f"{self.name} failed ({err.strerror or err})"
            ) from None
        finally:
            device.close()
