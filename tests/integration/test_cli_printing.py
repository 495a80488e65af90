"""``receipt``, ``printer test``, ``printer queue``: files, text, a loopback printer, exit 3."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from pos_desktop.cli import printer_cmds
from tests.support.cli import Cli
from tests.support.escpos_decoder import decode
from tests.support.network import closed_port
from tests.support.socket_printer import SocketPrinter


@pytest.fixture
def printer() -> Iterator[SocketPrinter]:
    with SocketPrinter() as running:
        yield running


@pytest.fixture
def number(cli: Cli, ada: str) -> str:
    created = cli.json(
        "invoice", "create", "--customer", ada, "--line", "Café crème|2|3.50|7", "--pay", "cash:10"
    )
    value: str = created["number"]
    return value


def test_receipt_to_escpos_png_and_text(cli: Cli, number: str, tmp_path: Path) -> None:
    escpos, png = tmp_path / "r.bin", tmp_path / "r.png"
    result = cli.ok("receipt", number, "--escpos", str(escpos), "--png", str(png), "--text")
    assert number in result.stdout and "Café crème" in result.stdout
    assert "€7.00" in result.stdout
    slip = decode(escpos.read_bytes())
    assert slip.qr_codes == [number]
    assert any("Café crème" in line for line in slip.lines)
    preview = Image.open(png)
    assert [c.text for c in zxingcpp.read_barcodes(preview)] == [number]


def test_receipt_goes_to_the_configured_printer(
    cli: Cli, number: str, printer: SocketPrinter
) -> None:
    cli.env["POS_PRINTER_URL"] = printer.url
    result = cli.ok("receipt", number)
    assert "printed" in result.stdout
    assert decode(printer.wait_for_jobs(1)[0]).qr_codes == [number]
    # Printed before: a second one is a copy.
    cli.ok("receipt", number)
    assert "*** COPY ***" in decode(printer.wait_for_jobs(2)[1]).lines


def test_a_printer_that_cannot_take_it_leaves_the_job_queued_exit_3(
    cli: Cli, number: str, printer: SocketPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printer_cmds, "WAIT_SECONDS", 0.0)
    printer.mode = "paper out"
    cli.env["POS_PRINTER_URL"] = printer.url
    result = cli.invoke("receipt", number)
    assert result.exit_code == 3
    assert "queued" in result.stderr and "out of paper" in result.stderr
    listing = cli.invoke("printer", "queue")
    assert number in listing.stdout and "paper out" in listing.stdout
    printer.mode = "ready"
    retried = cli.ok("printer", "queue", "--retry")
    assert f"printed {number}" in retried.stdout and "No receipts waiting" in retried.stdout
    assert len(printer.jobs) == 1


def test_printer_test_says_the_status_and_prints(cli: Cli, printer: SocketPrinter) -> None:
    cli.env["POS_PRINTER_URL"] = printer.url
    result = cli.ok("printer", "test")
    assert "Status: ready" in result.stdout
    slip = decode(printer.wait_for_jobs(1)[0])
    assert "Booth POS test page" in slip.lines
    unreachable = cli.invoke("printer", "test", "--url", f"tcp://127.0.0.1:{closed_port()}")
    assert unreachable.exit_code == 3 and "offline" in unreachable.stderr


def test_no_printer_set_up_exit_3(cli: Cli, number: str) -> None:
    result = cli.invoke("receipt", number)
    assert result.exit_code == 3 and "No printer set up" in result.stderr


@pytest.mark.parametrize(
    ("mode", "words", "code"),
    [
        ("ready", "ready", 0),
        ("paper near end", "ready, paper near end", 0),
        ("paper out", "paper out", 3),
        ("cover open", "cover open", 3),
        ("offline", "offline", 3),
    ],
)
def test_printer_status_in_words(
    cli: Cli, printer: SocketPrinter, mode: str, words: str, code: int
) -> None:
    printer.mode = mode
    cli.env["POS_PRINTER_URL"] = printer.url
    result = cli.invoke("printer", "status")
    assert (result.exit_code, result.stdout) == (code, f"Status: {words}\n")
    data = json.loads(cli.invoke("printer", "status", "--json").stdout)
    assert (data["status"], data["ready"], data["url"]) == (words, code == 0, printer.url)


def test_a_receipt_that_may_have_printed_is_not_sent_again_and_reprints_as_a_copy(
    cli: Cli, ada: str, printer: SocketPrinter
) -> None:
    cli.env |= {"POS_PRINTER_URL": printer.url, "POS_PRINTER_DRAWER_KICK": "true"}
    number = cli.json("invoice", "create", "--line", "Pen|1|2.50|19", "--pay", "cash:5")["number"]
    printer.mode = "stall"
    sent = cli.invoke("printer", "queue", "--retry")  # the sale's receipt, queued with it
    assert sent.exit_code == 3
    assert f"{number} may not have printed (job 1)" in sent.stderr
    assert "unsure" in sent.stdout and "printer reprint 1" in sent.stderr
    printer.mode = "ready"
    again = cli.invoke("printer", "queue", "--retry")
    assert not again.stdout.startswith("printed") and "unsure" in again.stdout
    assert len(printer.wait_for_jobs(1)) == 1
    assert decode(printer.jobs[0]).drawer_kicks == [2]

    reprinted = cli.ok("printer", "reprint", "1")
    assert f"Copy of {number} printed" in reprinted.stdout
    copy = decode(printer.wait_for_jobs(2)[1])
    assert "*** COPY ***" in copy.lines and copy.qr_codes == [number]
    assert copy.drawer_kicks == []
    assert cli.ok("printer", "queue").stdout == "No receipts waiting.\n"
    assert cli.invoke("printer", "mark-printed", "1").exit_code == 2  # decided already


def test_a_receipt_seen_on_paper_is_marked_printed(
    cli: Cli, number: str, printer: SocketPrinter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printer_cmds, "WAIT_SECONDS", 0.0)
    cli.env["POS_PRINTER_URL"] = printer.url
    printer.mode = "stall"
    result = cli.invoke("receipt", number)
    assert result.exit_code == 3 and "may not have printed" in result.stderr
    assert cli.ok("printer", "mark-printed", "1").stdout == "Job 1 marked printed\n"
    assert cli.ok("printer", "queue").stdout == "No receipts waiting.\n"
    assert len(printer.wait_for_jobs(1)) == 1
