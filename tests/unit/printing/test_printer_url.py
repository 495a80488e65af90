"""printer.url: every connection type, and messages that show the right form."""

from __future__ import annotations

import pytest

from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.printer import (
    PrinterAddress,
    PrinterUnavailable,
    Problem,
    parse_printer_url,
)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("tcp://192.168.1.50:9100", PrinterAddress("tcp", "192.168.1.50", port=9100)),
        ("tcp://printer.booth.lan", PrinterAddress("tcp", "printer.booth.lan", port=9100)),
        ("file:///dev/usb/lp0", PrinterAddress("file", "/dev/usb/lp0")),
        ("usb://04b8:0202", PrinterAddress("usb", "", vendor_id=0x04B8, product_id=0x0202)),
        (
            "serial:///dev/ttyUSB0?baud=19200",
            PrinterAddress("serial", "/dev/ttyUSB0", baud=19200),
        ),
        ("serial:///dev/ttyS0", PrinterAddress("serial", "/dev/ttyS0", baud=9600)),
        ("cups://Receipts", PrinterAddress("cups", "Receipts")),
        ("win32://EPSON%20TM-T20II", PrinterAddress("win32", "EPSON TM-T20II")),
    ],
)
def test_each_kind_of_printer_url(url: str, expected: PrinterAddress) -> None:
    assert parse_printer_url(url) == expected


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("192.168.1.50:9100", "has no scheme"),
        ("tcp://:9100", "needs a host"),
        ("tcp://printer:99999", "port must be a number"),
        ("file://relative/path", "absolute path"),
        ("usb://04b8", "VENDOR:PRODUCT"),
        ("usb://zz:0202", "hexadecimal"),
        ("serial:///dev/ttyUSB0?baud=1234", "baud=1234 is not a serial speed"),
        ("cups://", "needs the printer's name"),
        ("lpt://1", "unknown printer type 'lpt'"),
    ],
)
def test_mistakes_say_what_is_wrong_and_show_examples(url: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_printer_url(url)
    assert caught.value.fields == ["printer.url"]
    assert says in caught.value.message
    assert "tcp://192.168.1.50:9100" in caught.value.message


def test_an_empty_url_means_no_printer() -> None:
    with pytest.raises(PrinterUnavailable) as caught:
        parse_printer_url("  ")
    assert caught.value.problem is Problem.NOT_SET_UP
