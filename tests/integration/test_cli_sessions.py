"""``session ...``: a shift from the command line, as a script reads it."""

from __future__ import annotations

from tests.support.cli import EXIT_REFUSED, Cli


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
