"""Receipt printers as the rest of the code sees them: an address, a status, a refusal.

One URL-like setting says where the printer is (``printer.url``): ``tcp://host:9100``,
``file:///dev/usb/lp0``, ``usb://04b8:0202``, ``serial:///dev/ttyUSB0?baud=9600``,
``cups://queue``, ``win32://Printer name``. Parsing is pure, so a typo is refused when the
setting is saved, with a message that shows the right form, not when the first sale prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import parse_qs, unquote, urlsplit

from pos_desktop.domain.errors import PosError, ValidationError
from pos_desktop.domain.phrases import say

DEFAULT_TCP_PORT = 9100
DEFAULT_BAUD = 9600
BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
EXAMPLES = (
    "tcp://192.168.1.50:9100, file:///dev/usb/lp0, usb://04b8:0202, "
    "serial:///dev/ttyUSB0?baud=9600, cups://QUEUE, win32://PRINTER NAME"
)


class Problem(StrEnum):
    """Why a job did not print (it waits again), or why it may not have (it is "unsure")."""

    NOT_SET_UP = "not set up"
    OFFLINE = "offline"
    PAPER_OUT = "paper out"
    COVER_OPEN = "cover open"
    TIMEOUT = "timeout"
    UNAVAILABLE = "unavailable"  # the connection type cannot work on this machine
    ERROR = "error"
    #: The till stopped (crashed, was switched off) while it was sending the job.
    INTERRUPTED = "interrupted"


class PrinterUnavailable(PosError):
    """The printer did not take the job; ``problem`` says why in one word for the status bar."""

    def __init__(self, problem: Problem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class DeliveryUnsure(PrinterUnavailable):
    """The job's bytes left (some or all of them) but the printer never confirmed them.

    It may have printed, and a cash sale's drawer may have opened: sending it again could do
    both twice, so the queue never does; a person looks at the printer and decides.
    """


class Condition(StrEnum):
    """The printer's state as its real-time status bytes tell it, in the words users read."""

    OK = "ok"
    PAPER_NEAR_END = "paper near end"
    PAPER_OUT = "paper out"
    COVER_OPEN = "cover open"
    OFFLINE = "offline"
    ERROR = "error"


#: The conditions in which a printer takes a receipt.
PRINTS = frozenset({Condition.OK, Condition.PAPER_NEAR_END})


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """What the printer said; ``None`` where it cannot say (a file, CUPS, a printer that
    does not answer status queries).

    ``online`` and ``paper`` come from every answer; ``cover_open`` and ``error`` only when the
    printer is offline and says why (``error``: the cause in words, ``""`` if it gave none).
    """

    reachable: bool
    online: bool | None = None
    paper: str | None = None  # "ok", "near end", "out"
    detail: str = ""
    cover_open: bool | None = None
    error: str | None = None

    @property
    def condition(self) -> Condition | None:
        """The one word for the status bar (the most pressing one); ``None``: unreachable, or
        a printer that does not report its status."""
        if not self.reachable or (self.online is None and self.paper is None):
            return None
        pressing = (
            (self.paper == "out", Condition.PAPER_OUT),
            (bool(self.cover_open), Condition.COVER_OPEN),
            (self.error is not None, Condition.ERROR),
            (self.online is False, Condition.OFFLINE),
            (self.paper == "near end", Condition.PAPER_NEAR_END),
        )
        return next((condition for holds, condition in pressing if holds), Condition.OK)

    @property
    def ready(self) -> bool:
        condition = self.condition
        return self.reachable and (condition is None or condition in PRINTS)

    def describe(self) -> str:
        condition = self.condition
        if not self.reachable:
            detail = self.detail
            return say("unreachable: {detail}", detail=detail) if detail else say("unreachable")
        if condition is None:
            return say("connected (the printer does not report its status)")
        if condition is Condition.ERROR and self.error:
            return say("error ({error})", error=self.error)
        if condition is Condition.PAPER_NEAR_END:
            return say("ready, paper near end")
        if condition is Condition.OK:
            return say("ready")
        return _CONDITION_WORDS.get(condition, condition.value)


#: How ``PrinterStatus.describe`` names a condition that stops printing.
_CONDITION_WORDS = {
    Condition.PAPER_OUT: say("paper out"),
    Condition.COVER_OPEN: say("cover open"),
    Condition.OFFLINE: say("offline"),
    Condition.ERROR: say("error"),
}


def refusal(name: str, status: PrinterStatus) -> PrinterUnavailable | None:
    """Why printer ``name`` cannot print now, as its status says; ``None``: it can."""
    condition = status.condition
    if condition is None or condition in PRINTS:
        return None
    if condition is Condition.PAPER_OUT:
        return PrinterUnavailable(Problem.PAPER_OUT, say("{name} is out of paper", name=name))
    if condition is Condition.COVER_OPEN:
        return PrinterUnavailable(Problem.COVER_OPEN, say("{name} has its cover open", name=name))
    if condition is Condition.ERROR:
        if status.error:
            return PrinterUnavailable(
                Problem.ERROR,
                say("{name} reports an error ({error})", name=name, error=status.error),
            )
        return PrinterUnavailable(Problem.ERROR, say("{name} reports an error", name=name))
    return PrinterUnavailable(Problem.OFFLINE, say("{name} is offline", name=name))


@dataclass(frozen=True, slots=True)
class PrinterAddress:
    scheme: str
    target: str
    port: int | None = None
    vendor_id: int | None = None
    product_id: int | None = None
    baud: int | None = None
    options: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        if self.scheme == "tcp":
            return f"tcp://{self.target}:{self.port}"
        if self.scheme == "usb":
            return f"usb://{self.vendor_id:04x}:{self.product_id:04x}"
        if self.scheme == "serial":
            return f"serial://{self.target}?baud={self.baud}"
        return f"{self.scheme}://{self.target}"


def _bad(problem: str) -> ValidationError:
    """``problem`` (a ``say`` phrase) with the forms that work."""
    return ValidationError.single(
        "printer.url", say("{problem} (examples: {examples})", problem=problem, examples=EXAMPLES)
    )


def parse_printer_url(url: str) -> PrinterAddress:  # noqa: PLR0912 - one branch a scheme
    """Read ``printer.url``; a ``ValidationError`` on ``printer.url`` says what is wrong."""
    text = url.strip()
    if not text:
        raise PrinterUnavailable(
            Problem.NOT_SET_UP, say("no printer set up (printer.url is empty)")
        )
    if "://" not in text:
        raise _bad(say("{url!r} has no scheme", url=text))
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    if scheme == "tcp":
        host = parts.hostname
        if not host:
            raise _bad(say("tcp:// needs a host, e.g. tcp://192.168.1.50:9100"))
        try:
            port = parts.port or DEFAULT_TCP_PORT
        except ValueError:
            raise _bad(
                say("{url!r}: the port must be a number from 1 to 65535", url=text)
            ) from None
        return PrinterAddress("tcp", host, port=port, options=query)
    if scheme == "file":
        path = unquote(parts.path)
        if not path.startswith("/") or parts.netloc:
            raise _bad(say("file:// needs an absolute path, e.g. file:///dev/usb/lp0"))
        return PrinterAddress("file", path, options=query)
    if scheme == "usb":
        ids = (parts.netloc + parts.path).strip("/").split(":")
        if len(ids) != 2:
            raise _bad(say("usb:// needs VENDOR:PRODUCT in hexadecimal, got {url!r}", url=text))
        try:
            vendor, product = (int(part, 16) for part in ids)
        except ValueError:
            raise _bad(
                say("usb:// ids are hexadecimal like 04b8:0202, got {url!r}", url=text)
            ) from None
        if not (0 <= vendor <= 0xFFFF and 0 <= product <= 0xFFFF):
            raise _bad(say("usb:// ids are four hexadecimal digits each"))
        return PrinterAddress("usb", "", vendor_id=vendor, product_id=product, options=query)
    if scheme == "serial":
        path = unquote(parts.netloc + parts.path)
        if not path:
            raise _bad(say("serial:// needs a device, e.g. serial:///dev/ttyUSB0?baud=9600"))
        raw_baud = query.pop("baud", str(DEFAULT_BAUD))
        if not raw_baud.isdigit() or int(raw_baud) not in BAUD_RATES:
            rates = ", ".join(map(str, BAUD_RATES))
            raise _bad(
                say("baud={baud} is not a serial speed ({rates})", baud=raw_baud, rates=rates)
            )
        return PrinterAddress("serial", path, baud=int(raw_baud), options=query)
    if scheme in {"cups", "win32"}:
        name = unquote(parts.netloc + parts.path).strip("/")
        if not name:
            raise _bad(
                say("{scheme}:// needs the printer's name, e.g. {scheme}://Receipts", scheme=scheme)
            )
        return PrinterAddress(scheme, name, options=query)
    raise _bad(say("unknown printer type {scheme!r}", scheme=scheme))
