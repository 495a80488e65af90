"""The printer port: what the print queue needs from a receipt printer, and nothing about
sockets, USB or device files.

bootstrap connects through ``adapters/printing/connection.py`` (TCP, USB, a device file, a
``file://`` target) with this till's profile and time limit; the tests use the same adapter
against a printer served on loopback TCP.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from pos_desktop.domain.printer import PrinterStatus


class Printer(Protocol):
    """A receipt printer; blocking calls, bounded by the connection's own time limit.

    ``send`` raises ``PrinterUnavailable`` when nothing left, ``DeliveryUnsure`` when the
    bytes left without the printer confirming them."""

    @property
    def name(self) -> str: ...

    def status(self) -> PrinterStatus: ...

    def send(self, data: bytes) -> PrinterStatus: ...


#: Opens the printer at a URL (``tcp://host:9100``, ``usb://...``, ``file:///dev/usb/lp0``);
#: raises ``PosError`` for a URL it cannot read.
PrinterConnector = Callable[[str], Printer]
