"""ESC/POS real-time status (``DLE EOT n``): which questions to ask and what the answers mean.

A printer answers each ``DLE EOT n`` with one byte as soon as it reads it, even while earlier
data waits in its buffer, so an answer that comes after a receipt's bytes proves the printer
read them. The four questions (Epson's ESC/POS reference, followed by most clones):

- n=1, printer status: bit 3 set = offline;
- n=2, offline cause: bit 2 cover open, bit 5 stopped at paper end, bit 6 an error;
- n=3, error cause: bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable (head hot);
- n=4, paper roll sensor: bits 2-3 paper near its end, bits 5-6 paper out.

Every answer byte has bits 1 and 4 set and bits 0 and 7 clear; a byte that does not is not an
answer (an automatic status message, line noise) and counts as no answer at all.

Pure: the connection supplies ``ask`` (send the question, read one byte or ``None``).
"""

from __future__ import annotations

from collections.abc import Callable

from pos_desktop.domain.phrases import say
from pos_desktop.domain.printer import PrinterStatus

PRINTER, OFFLINE_CAUSE, ERROR_CAUSE, PAPER_SENSOR = 1, 2, 3, 4
FIXED_MASK, FIXED_BITS = 0x93, 0x12

OFFLINE = 0x08  # n=1
COVER_OPEN, PAPER_END_STOP, ERROR = 0x04, 0x20, 0x40  # n=2
AUTOCUTTER, UNRECOVERABLE, AUTO_RECOVERABLE = 0x08, 0x20, 0x40  # n=3
NEAR_END, ROLL_END = 0x0C, 0x60  # n=4

#: Asks the printer question ``n``; its answer byte, or ``None`` (no answer in time).
Ask = Callable[[int], int | None]


def question(n: int) -> bytes:
    return bytes((0x10, 0x04, n))


def is_answer(value: int) -> bool:
    return value & FIXED_MASK == FIXED_BITS


def paper_state(answer: int) -> str:
    if answer & ROLL_END:
        return "out"
    if answer & NEAR_END:
        return "near end"
    return "ok"


def error_cause(answer: int | None) -> str:
    """The error in words (``""``: the printer did not say which)."""
    if answer is None:
        return ""
    causes = [
        words
        for bit, words in (
            (AUTOCUTTER, say("autocutter")),
            (UNRECOVERABLE, say("unrecoverable, switch it off and on")),
            (AUTO_RECOVERABLE, say("recovers by itself, e.g. print head too hot")),
        )
        if answer & bit
    ]
    return causes[0] if len(causes) == 1 else "; ".join(causes)  # one: still a Phrase


def read_status(ask: Ask) -> PrinterStatus:
    """Ask what is needed to tell the printer's condition: the printer status and the paper
    sensor always, the offline cause only when offline, the error cause only on an error.

    A printer that does not answer the first question does not report its status at all
    (``online`` ``None``)."""
    printer = ask(PRINTER)
    if printer is None:
        return PrinterStatus(reachable=True)
    sensor = ask(PAPER_SENSOR)
    paper = paper_state(sensor) if sensor is not None else None
    online = not printer & OFFLINE
    cover_open: bool | None = False if online else None
    error: str | None = None
    if not online:
        cause = ask(OFFLINE_CAUSE)
        if cause is not None:
            cover_open = bool(cause & COVER_OPEN)
            if cause & PAPER_END_STOP:
                paper = "out"
            if cause & ERROR:
                error = error_cause(ask(ERROR_CAUSE))
    return PrinterStatus(
        reachable=True, online=online, paper=paper, cover_open=cover_open, error=error
    )
