"""Talking to a receipt printer through python-escpos, with a time limit on everything.

Thread rule: every method blocks (network, USB, serial, files); call them from a worker
thread, never from the Qt event loop. Each call opens its own connection and closes it, so a
printer switched off between two sales costs nothing but the failed attempt.

Before a receipt the printer is asked how it is (``DLE EOT``, realtime_status.py): out of
paper, cover open, offline or an error refuse the job before any byte of it leaves
(``PrinterUnavailable``: it waits and is sent again later). Once its bytes start to leave, a
failure can no longer be told from a printed receipt, so it raises ``DeliveryUnsure`` instead
and the queue never sends it again by itself. What confirms a receipt:

- a printer that answers status queries (network, USB, serial): a healthy answer to a query
  sent *after* the receipt's bytes. No answer in time, a dropped connection, or paper out,
  cover open, offline in that answer: unsure;
- a network printer that does not answer status queries: it closes the connection once it
  has read everything we sent (we close our side first); not within the time limit: unsure;
- one-way connections (a file, CUPS, the Windows spooler, a silent USB or serial printer):
  the write completed (and was flushed) within the time limit.
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pos_desktop.adapters.printing.realtime_status import is_answer, question, read_status
from pos_desktop.config import PrinterSettings
from pos_desktop.domain.phrases import say
from pos_desktop.domain.printer import (
    DeliveryUnsure,
    PrinterAddress,
    PrinterStatus,
    PrinterUnavailable,
    Problem,
    parse_printer_url,
    refusal,
)

T = TypeVar("T")
DEFAULT_TIMEOUT = 5.0


def _within(
    seconds: float, what: str, work: Callable[[], T], started: threading.Event | None = None
) -> T:
    """Run blocking device I/O with a deadline (a device file or a serial port can hang).

    The worker is a daemon thread: if the device never returns, it is abandoned rather than
    holding up the queue or the exit of the app. ``started``, set by ``work`` when the job's
    bytes begin to leave, makes a timeout after that point ``DeliveryUnsure``.
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
        if started is not None and started.is_set():
            raise DeliveryUnsure(
                Problem.TIMEOUT,
                say(
                    "{action} did not finish within {seconds:g} s: it may have printed",
                    action=what,
                    seconds=seconds,
                ),
            )
        raise PrinterUnavailable(
            Problem.TIMEOUT,
            say("{action} did not finish within {seconds:g} s", action=what, seconds=seconds),
        )
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
            what = say("status of {printer}", printer=self.name)
            return _within(self.timeout, what, self._device_status)
        except PrinterUnavailable as err:
            return PrinterStatus(reachable=False, detail=err.message)

    def send(self, data: bytes) -> PrinterStatus:
        """Deliver ``data``; the printer's status afterwards (it confirmed them).

        Raises ``PrinterUnavailable`` if nothing left, ``DeliveryUnsure`` if the bytes left
        (some or all) without a confirmation."""
        if self.address.scheme == "tcp":
            return self._send_network(data)
        started = threading.Event()
        if self.address.scheme == "file":
            return _within(
                self.timeout,
                say("writing to {printer}", printer=self.name),
                lambda: self._send_file(data, started),
                started,
            )
        return _within(
            self.timeout,
            say("sending to {printer}", printer=self.name),
            lambda: self._send_device(data, started),
            started,
        )

    # ------------------------------------------------------------------------ confirming

    def _confirm(self, device: Any) -> PrinterStatus:
        """The status asked after the job's bytes: healthy confirms them, anything else (no
        answer, a dropped connection, paper out...) leaves the job unsure."""
        try:
            after = self._ask(device)
        except PrinterUnavailable as err:
            raise DeliveryUnsure(
                err.problem,
                say(
                    "{problem}, after the receipt was sent: it may have printed",
                    problem=err.message,
                ),
            ) from None
        if after.online is None:
            raise DeliveryUnsure(
                Problem.TIMEOUT,
                say(
                    "{printer} took the receipt, then stopped answering"
                    " (no status within {seconds:g} s): it may have printed",
                    printer=self.name,
                    seconds=self.timeout,
                ),
            )
        refused = refusal(self.name, after)
        if refused is not None:
            raise DeliveryUnsure(
                refused.problem,
                say(
                    "{problem} after taking the receipt: it may have printed",
                    problem=refused.message,
                ),
            )
        return after

    # ----------------------------------------------------------------------------- network

    def _open_network(self) -> Any:
        """Connect (python-escpos's own ``open`` leaks the socket when the connect fails)."""
        host, port = self.address.target, self.address.port
        try:
            sock = socket.create_connection((host, port), timeout=self.timeout)
        except TimeoutError:
            raise PrinterUnavailable(
                Problem.TIMEOUT,
                say(
                    "{printer} did not answer within {seconds:g} s",
                    printer=self.name,
                    seconds=self.timeout,
                ),
            ) from None
        except OSError as err:
            why = err.strerror or str(err)
            raise PrinterUnavailable(
                Problem.OFFLINE, say("{printer} is offline ({why})", printer=self.name, why=why)
            ) from None
        sock.settimeout(self.timeout)
        from escpos.printer import Network  # noqa: PLC0415 - python-escpos loads when printing

        device = Network(host, port, timeout=self.timeout, profile=self.profile)
        device.device = sock
        return device

    def _query(self, device: Any, n: int) -> int | None:
        """The answer to ``DLE EOT n``, or ``None`` if the printer does not answer in time."""
        try:
            device._raw(question(n))
            answer = device._read()
        except TimeoutError:
            return None
        except OSError as err:
            if err.errno == errno.ETIMEDOUT:  # pyusb's read timeout
                return None
            raise PrinterUnavailable(
                Problem.OFFLINE,
                say(
                    "{printer} closed the connection ({why})",
                    printer=self.name,
                    why=str(err.strerror or err),
                ),
            ) from None
        if not answer and self.address.scheme == "tcp":  # a socket's end (serial: no answer)
            raise PrinterUnavailable(
                Problem.OFFLINE, say("{printer} closed the connection", printer=self.name)
            )
        return int(answer[-1]) if answer and is_answer(answer[-1]) else None

    def _ask(self, device: Any) -> PrinterStatus:
        return read_status(lambda n: self._query(device, n))

    def _refuse_if_not_ready(self, status: PrinterStatus) -> None:
        refused = refusal(self.name, status)
        if refused is not None:
            raise refused

    def _send_network(self, data: bytes) -> PrinterStatus:
        device = self._open_network()
        try:
            before = self._ask(device)
            self._refuse_if_not_ready(before)
            try:
                device._raw(data)
            except TimeoutError:
                raise DeliveryUnsure(
                    Problem.TIMEOUT,
                    say(
                        "{printer} stopped taking the receipt part way: it may have printed",
                        printer=self.name,
                    ),
                ) from None
            except OSError as err:
                raise DeliveryUnsure(
                    Problem.OFFLINE,
                    say(
                        "{printer} dropped the connection ({why}): it may have printed",
                        printer=self.name,
                        why=str(err.strerror or err),
                    ),
                ) from None
            if before.online is None:
                return self._closed_by_printer(device.device)
            return self._confirm(device)
        finally:
            device.close()

    def _closed_by_printer(self, sock: socket.socket) -> PrinterStatus:
        """A printer that never answers status: we close our side, and it confirms it read
        everything by closing its own (within the time limit)."""
        deadline = time.monotonic() + self.timeout
        try:
            sock.shutdown(socket.SHUT_WR)
            while sock.recv(256):  # stray bytes are not the end; the end is
                if time.monotonic() > deadline:
                    raise TimeoutError
        except TimeoutError:
            raise DeliveryUnsure(
                Problem.TIMEOUT,
                say(
                    "{printer} took the receipt but neither answered a status query nor closed"
                    " the connection within {seconds:g} s: it may have printed",
                    printer=self.name,
                    seconds=self.timeout,
                ),
            ) from None
        except OSError as err:
            raise DeliveryUnsure(
                Problem.OFFLINE,
                say(
                    "{printer} took the receipt, then reset ({why}): it may have printed",
                    printer=self.name,
                    why=str(err.strerror or err),
                ),
            ) from None
        return PrinterStatus(reachable=True)

    # ------------------------------------------------------------------------------- files

    def _file_status(self) -> PrinterStatus:
        path = Path(self.address.target)
        if path.exists() or path.parent.is_dir():
            return PrinterStatus(reachable=True)
        return PrinterStatus(
            reachable=False, detail=say("{folder} does not exist", folder=str(path.parent))
        )

    def _send_file(self, data: bytes, started: threading.Event) -> PrinterStatus:
        target = self.address.target
        try:
            handle = Path(target).open("ab")  # noqa: SIM115 - closed below, as part of the write
        except OSError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE,
                say(
                    "cannot write to {target} ({why})", target=target, why=str(err.strerror or err)
                ),
            ) from None
        started.set()
        try:
            with handle:
                handle.write(data)
                handle.flush()
        except OSError as err:
            raise DeliveryUnsure(
                Problem.OFFLINE,
                say(
                    "writing to {target} failed part way ({why}): it may have printed",
                    target=target,
                    why=str(err.strerror or err),
                ),
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
                        say(
                            "cups:// printers need pycups (Debian: apt-get install python3-cups,"
                            " or pip install pycups)"
                        ),
                    )
                return CupsPrinter(a.target, profile=self.profile)
            if a.scheme == "win32":
                from escpos.printer import Win32Raw  # noqa: PLC0415

                if not Win32Raw.is_usable():
                    raise PrinterUnavailable(
                        Problem.UNAVAILABLE,
                        say("win32:// printers work on Windows only (pywin32)"),
                    )
                return Win32Raw(a.target, profile=self.profile)
        except ImportError as err:  # pragma: no cover - extras are dependencies
            raise PrinterUnavailable(
                Problem.UNAVAILABLE,
                say("{scheme}:// needs {module}", scheme=a.scheme, module=err.name),
            ) from None
        raise PrinterUnavailable(
            Problem.UNAVAILABLE, say("no driver for {scheme}://", scheme=a.scheme)
        )

    def _open_device(self) -> Any:
        from escpos.exceptions import DeviceNotFoundError  # noqa: PLC0415 - when printing

        device = self._device()
        try:
            device.open()
        except DeviceNotFoundError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE,
                say("{printer} not found ({why})", printer=self.name, why=str(err).strip()),
            ) from None
        except OSError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE,
                say(
                    "{printer} cannot be opened ({why})",
                    printer=self.name,
                    why=str(err.strerror or err),
                ),
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

    def _send_device(self, data: bytes, started: threading.Event) -> PrinterStatus:
        device = self._open_device()
        try:
            before = PrinterStatus(reachable=True)
            if self.address.scheme in {"usb", "serial"}:
                before = self._ask(device)
                self._refuse_if_not_ready(before)
            started.set()
            try:
                device._raw(data)
                if self.address.scheme == "cups":
                    device.close()  # CUPS submits the job on close
            except OSError as err:
                raise DeliveryUnsure(
                    Problem.OFFLINE,
                    say(
                        "{printer} failed ({why}): it may have printed",
                        printer=self.name,
                        why=str(err.strerror or err),
                    ),
                ) from None
            if before.online is None:
                return before  # a one-way connection: the completed write is the confirmation
            return self._confirm(device)
        except OSError as err:
            raise PrinterUnavailable(
                Problem.OFFLINE,
                say("{printer} failed ({why})", printer=self.name, why=str(err.strerror or err)),
            ) from None
        finally:
            device.close()


def printer_connector(settings: PrinterSettings) -> Callable[[str], PrinterConnection]:
    """The print queue's connector (services/printing/ports.py): a printer at a URL with this
    till's profile and time limit, as the settings say when it connects (Settings may change
    them while the app runs)."""

    def connect(url: str) -> PrinterConnection:
        return PrinterConnection.from_url(
            url, profile=settings.profile, timeout=float(settings.timeout_seconds)
        )

    return connect
