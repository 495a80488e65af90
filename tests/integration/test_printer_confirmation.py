"""When a printer confirmed a receipt, refused it, or may have printed it: the connection against
the loopback printer in each of its moods, and file printers (one that fills up: /dev/full)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_desktop.adapters.printing.connection import PrinterConnection
from pos_desktop.domain.printer import DeliveryUnsure, PrinterUnavailable, Problem
from tests.support.escpos_decoder import decode
from tests.support.socket_printer import SocketPrinter

RECEIPT = b"\x1b@Receipt 42\n\x1bp\x00\x19\xfa\x1dVA\x00"  # text, drawer kick, cut
TIMEOUT = 0.5


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


def connect(url: str) -> PrinterConnection:
    return PrinterConnection.from_url(url, timeout=TIMEOUT)


@pytest.mark.parametrize("mode", ["ready", "paper near end", "mute"])
def test_a_confirmed_receipt_printed_once(printer: SocketPrinter, mode: str) -> None:
    """Answered healthy after the receipt, or (a printer without status) closed cleanly."""
    printer.mode = mode
    connect(printer.url).send(RECEIPT)
    [job] = printer.wait_for_jobs(1)
    assert decode(job).lines[0] == "Receipt 42"
    assert decode(job).drawer_kicks == [2]


@pytest.mark.parametrize(
    ("mode", "problem", "says"),
    [
        ("stall", Problem.TIMEOUT, "took the receipt, then stopped answering"),
        ("hang up", Problem.OFFLINE, "closed the connection"),
        ("mute stall", Problem.TIMEOUT, "neither answered a status query nor closed"),
    ],
)
def test_bytes_taken_without_a_confirmation_are_unsure(
    printer: SocketPrinter, mode: str, problem: Problem, says: str
) -> None:
    printer.mode = mode
    with pytest.raises(DeliveryUnsure) as caught:
        connect(printer.url).send(RECEIPT)
    assert caught.value.problem is problem
    assert says in caught.value.message
    assert caught.value.message.endswith("it may have printed")
    assert len(printer.wait_for_jobs(1)) == 1  # and indeed it did print


@pytest.mark.parametrize(
    ("mode", "problem", "says", "status"),
    [
        ("paper out", Problem.PAPER_OUT, "is out of paper", "paper out"),
        ("cover open", Problem.COVER_OPEN, "has its cover open", "cover open"),
        ("offline", Problem.OFFLINE, "is offline", "offline"),
        ("error", Problem.ERROR, "reports an error (autocutter)", "error (autocutter)"),
    ],
)
def test_a_printer_that_is_not_ready_is_refused_before_any_byte_leaves(
    printer: SocketPrinter, mode: str, problem: Problem, says: str, status: str
) -> None:
    printer.mode = mode
    connection = connect(printer.url)
    with pytest.raises(PrinterUnavailable) as caught:
        connection.send(RECEIPT)
    assert not isinstance(caught.value, DeliveryUnsure)  # safe to send again later
    assert caught.value.problem is problem
    assert caught.value.message == f"{connection.name} {says}"
    assert connection.status().describe() == status
    assert printer.jobs == []


def test_the_status_bytes_are_whatever_the_printer_says(printer: SocketPrinter) -> None:
    """Configured bytes: a printer that stays online while its roll sensor says out."""
    printer.answers = {4: 0x72}
    assert connect(printer.url).status().describe() == "paper out"
    printer.answers = {1: 0x1E, 2: 0x16}
    assert connect(printer.url).status().describe() == "cover open"
    printer.answers = {1: 0xFF}  # not a status byte: as good as no answer
    assert connect(printer.url).status().online is None


def test_paper_out_while_printing_leaves_the_receipt_unsure(printer: SocketPrinter) -> None:
    printer.after_receipt = {1: 0x1E, 2: 0x32, 4: 0x72}
    with pytest.raises(DeliveryUnsure) as caught:
        connect(printer.url).send(RECEIPT)
    assert caught.value.problem is Problem.PAPER_OUT
    assert "is out of paper after taking the receipt" in caught.value.message


def test_a_file_printer_confirms_a_completed_write(tmp_path: Path) -> None:
    roll = tmp_path / "lp0"
    connect(f"file://{roll}").send(RECEIPT)
    assert roll.read_bytes() == RECEIPT


def test_a_file_printer_that_cannot_be_opened_refuses(tmp_path: Path) -> None:
    with pytest.raises(PrinterUnavailable) as caught:
        connect(f"file://{tmp_path}/no/such/lp0").send(RECEIPT)
    assert not isinstance(caught.value, DeliveryUnsure)
    assert "cannot write to" in caught.value.message


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_file_write_that_fails_part_way_is_unsure() -> None:
    with pytest.raises(DeliveryUnsure) as caught:
        connect("file:///dev/full").send(RECEIPT)
    assert "failed part way" in caught.value.message
