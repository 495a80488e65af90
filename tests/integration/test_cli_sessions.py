"""``session ...``: a shift from the command line, as a script reads it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pos_desktop.cli import printer_cmds
from pos_desktop.domain.receipt import COPY_MARK
from tests.support.cli import EXIT_REFUSED, Cli
from tests.support.escpos_decoder import decode
from tests.support.network import closed_port
from tests.support.paper import figures
from tests.support.pdf_reading import page_texts
from tests.support.socket_printer import SocketPrinter


def test_a_shift_on_the_command_line(cli: Cli) -> None:
    opened = cli.json("session", "open", "--float", "100")
    assert (opened["kind"], opened["float"], opened["expected_cash"]) == ("X", "100.00", "100.00")
    cli.ok("invoice", "create", "--line", "Poster|1|20.00|19", "--pay", "cash:50")
    cli.ok("invoice", "create", "--line", "Mug|1|9.00|19", "--pay", "card:9:AUTH7")
    cli.ok("session", "cash-out", "30", "--reason", "to the safe")
    cli.ok("session", "cash-in", "5", "--reason", "coins from the bank")

    x = cli.json("session", "x-report")
    assert (x["expected_cash"], x["sales"]["gross"]) == ("95.00", "29.00")

    z = cli.json("session", "close", "--counted", "94.50")
    assert (z["kind"], z["expected_cash"], z["counted_cash"], z["difference"]) == (
        "Z",
        "95.00",
        "94.50",
        "-0.50",
    )
    assert cli.json("session", "z-report")["difference"] == "-0.50"
    assert "expected cash: 95.00 EUR" in cli.ok("session", "z-report").stdout


def test_reports_without_an_open_session_are_refused(cli: Cli) -> None:
    result = cli.fails(EXIT_REFUSED, "session", "x-report")
    assert "no open cash session" in result.stderr


def test_reports_print_on_the_till_and_go_to_pdf_with_the_json_unchanged(
    cli: Cli, tmp_path: Path
) -> None:
    with SocketPrinter() as printer:
        cli.env["POS_PRINTER_URL"] = printer.url
        cli.env["POS_PRINTER_COLUMNS"] = "42"
        opened = cli.json("session", "open", "--float", "100")
        cli.ok("invoice", "create", "--line", "Poster|1|20.00|19", "--pay", "cash:50")
        cli.ok("invoice", "create", "--line", "Mug|1|9.00|7", "--pay", "card:9:AUTH7")
        cli.ok("session", "cash-out", "30", "--reason", "to the safe")
        cli.ok("printer", "queue", "--retry")  # the two receipts (exit 3 only if some wait)
        receipts = len(printer.wait_for_jobs(2))

        x_pdf = tmp_path / "x.pdf"
        x = cli.invoke("session", "x-report", "--json", "--print", "--pdf", str(x_pdf))
        assert x.exit_code == 0, x.stderr
        x_doc = json.loads(x.stdout)  # stdout is the JSON alone, as before
        assert set(x_doc) == set(opened) and x_doc["expected_cash"] == "90.00"
        session = opened["session"]
        assert f"X report {session} printed" in x.stderr and "written to" in x.stderr
        x_slip = decode(printer.wait_for_jobs(receipts + 1)[-1])
        assert "X REPORT" in x_slip.large_lines
        assert figures(x_slip.text, "Expected cash") == ["90.00"]
        assert figures(x_slip.text, "Card") == ["1", "9.00"]
        assert figures("\n".join(page_texts(x_pdf.read_bytes())), "Expected cash") == ["90.00"]

        # printer.auto_print (on by default) prints the Z report of the closing by itself.
        z_pdf = tmp_path / "z.pdf"
        closed = cli.invoke("session", "close", "--counted", "89.50", "--pdf", str(z_pdf))
        assert closed.exit_code == 0, closed.stderr
        assert "difference: -0.50 EUR" in closed.stdout
        assert f"Z report {session} printed" in closed.stdout
        z_slip = decode(printer.wait_for_jobs(receipts + 2)[-1])
        assert "Z REPORT" in z_slip.large_lines and COPY_MARK not in z_slip.lines
        for slip_text in (z_slip.text, "\n".join(page_texts(z_pdf.read_bytes()))):
            assert figures(slip_text, "Expected cash") == ["90.00"]
            assert figures(slip_text, "Counted cash") == ["89.50"]
            assert figures(slip_text, "Difference") == ["-0.50"]
            assert figures(slip_text, "19%") == ["16.81", "3.19", "20.00"]
            assert figures(slip_text, "7%") == ["8.41", "0.59", "9.00"]

        again = cli.ok("session", "z-report", "--print")
        assert f"Z report {session} printed" in again.stdout
        assert COPY_MARK in decode(printer.wait_for_jobs(receipts + 3)[-1]).lines
        assert "No receipts waiting." in cli.ok("printer", "queue").stdout


def test_a_closing_whose_printer_is_away_closes_and_leaves_the_z_report_queued(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(printer_cmds, "WAIT_SECONDS", 0.0)
    cli.env["POS_PRINTER_URL"] = f"tcp://127.0.0.1:{closed_port()}"
    cli.env["POS_PRINTER_AUTO_PRINT"] = "false"
    session = cli.json("session", "open", "--float", "50")["session"]
    closed = cli.invoke("session", "close", "--counted", "50", "--print", "--json")
    assert closed.exit_code == 3
    assert json.loads(closed.stdout)["difference"] == "0.00"  # closed all the same
    assert f"Z report {session} queued" in closed.stderr and "offline" in closed.stderr
    assert f"Z report {session}" in cli.ok("printer", "queue").stdout
    assert cli.json("session", "z-report")["session"] == session


def test_printing_a_report_without_a_printer_exits_3_before_anything(cli: Cli) -> None:
    cli.ok("session", "open", "--float", "50")
    result = cli.invoke("session", "close", "--counted", "50", "--print")
    assert result.exit_code == 3 and "No printer set up" in result.stderr
    assert cli.json("session", "x-report")["kind"] == "X"  # still open
