"""In-process: ``invoice create|show|list|pay|void`` on both backends.

A refused sale must leave nothing behind: no invoice, line or payment row, no ``invoice.*`` audit
event, and no used number (the next sale still gets ``...-000001``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import (
    ADMIN,
    EXIT_BAD_INPUT,
    EXIT_REFUSED,
    Cli,
    describe,
    mistype,
    row_counts,
    unknown_code,
)

FIRST = "EXPO2024-T1-000001"
SECOND = "EXPO2024-T1-000002"
AMOUNT = re.compile(r"\d+\.\d{2}")
SALE_TABLES = ("invoices", "invoice_lines", "payments", "invoice_revisions")


def create(customer: str | None, *lines: str, pays: tuple[str, ...] = ()) -> list[str]:
    """Arguments of ``invoice create``."""
    args = ["invoice", "create"]
    if customer:
        args += ["--customer", customer]
    for line in lines:
        args += ["--line", line]
    for pay in pays:
        args += ["--pay", pay]
    return args


def assert_nothing_sold(cli: Cli) -> None:
    """No trace of any sale: no rows (drafts included), an empty list, no invoice.* event."""
    assert row_counts(cli.database_url, *SALE_TABLES) == dict.fromkeys(SALE_TABLES, 0)
    assert cli.json("invoice", "list") == []
    assert cli.audit_actions("invoice") == []


def assert_next_number_is_first(cli: Cli) -> None:
    assert cli.sell(None, "Coffee|1|2.50|19")["number"] == FIRST


def amounts_of(document: dict[str, Any]) -> dict[str, str]:
    return {k: document[k] for k in ("net", "vat", "gross", "paid", "change", "balance")}


# ---------------------------------------------------------------------------------- create


def test_create_json_amounts(cli: Cli, ada: str) -> None:
    invoice = cli.sell(
        ada,
        "Catalogue|2|12.50|7",
        "Workshop|1|89.00|19",
        pays=["card:50.00:AUTH1", "cash:100"],
    )

    assert invoice["number"] == FIRST
    assert invoice["status"] == "issued"
    assert invoice["customer"] == ada
    assert invoice["customer_name"] == "Ada Lovelace"
    assert invoice["cashier"] == ADMIN
    assert amounts_of(invoice) == {
        "net": "98.15",
        "vat": "15.85",
        "gross": "114.00",
        "paid": "114.00",
        "change": "36.00",
        "balance": "0.00",
    }
    assert invoice["vat_breakdown"] == [
        {"rate": "7", "net": "23.36", "vat": "1.64", "gross": "25.00"},
        {"rate": "19", "net": "74.79", "vat": "14.21", "gross": "89.00"},
    ]
    assert [(p["method"], p["amount"], p["change"]) for p in invoice["payments"]] == [
        ("card", "50.00", "0.00"),
        ("cash", "64.00", "36.00"),
    ]
    assert all(AMOUNT.fullmatch(v) for v in amounts_of(invoice).values())
    assert cli.json("invoice", "show", FIRST) == invoice
    events = cli.json("audit", "list", "--action", "invoice")
    assert [(e["action"], e["entity"], e["actor"]) for e in events] == [
        ("invoice.issue", FIRST, ADMIN)
    ]


def test_create_text_shows_number_vat_and_change(cli: Cli, ada: str) -> None:
    text = cli.ok(*create(ada, "Catalogue|2|12.50|7", pays=("cash:30",))).stdout
    assert FIRST in text
    assert "VAT 7%" in text
    assert "25.00 EUR" in text
    assert "5.00 EUR" in text  # change


def test_walk_in_sale_and_default_vat_rate(cli: Cli) -> None:
    invoice = cli.sell(None, "Poster|3|8.00")  # no VAT field: the default rate (20 %)
    assert invoice["customer"] is None
    assert invoice["lines"][0]["vat_rate"] == "20"
    assert (invoice["gross"], invoice["net"], invoice["vat"]) == ("24.00", "20.00", "4.00")
    assert (invoice["paid"], invoice["balance"]) == ("0.00", "24.00")


def test_a_description_may_hold_the_separator(cli: Cli) -> None:
    invoice = cli.sell(None, "T-shirt | size M|1|19.90|19")
    assert invoice["lines"][0]["description"] == "T-shirt | size M"


def test_numbers_follow_each_other(cli: Cli, ada: str) -> None:
    assert cli.sell(ada, "Coffee|1|2.50|19")["number"] == FIRST
    assert cli.sell(None, "Coffee|1|2.50|19")["number"] == SECOND


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("12,50", "use a dot"),
        ("-3", "negative"),
        ("0", "greater than 0"),
        ("1e9", "not a number"),
        ("abc", "not a number"),
        ("12.505", "decimals"),
        ("", "required"),
    ],
)
def test_bad_unit_price_is_refused_and_nothing_is_written(
    cli: Cli, ada: str, amount: str, message: str
) -> None:
    result = cli.fails(EXIT_BAD_INPUT, *create(ada, f"Catalogue|2|{amount}|7"), "--json")

    assert "line 1: unit price" in result.stderr
    assert message in result.stderr
    assert result.stdout == ""
    assert_nothing_sold(cli)
    assert cli.json("customer", "show", ada)["bill_count"] == 0
    assert_next_number_is_first(cli)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Catalogue|abc|12.50|7", "line 1: quantity"),
        ("Catalogue|0|12.50|7", "line 1: quantity"),
        ("Catalogue|2,5|12.50|7", "line 1: quantity"),
        ("Catalogue|2|12.50|100", "line 1: VAT rate"),
        ("Catalogue|2|12.50|-7", "line 1: VAT rate"),
        ("Catalogue|2|12.50|7%", "line 1: VAT rate"),
        (" |2|12.50|7", "line 1: description"),
        ("Catalogue|2", "line 1"),
    ],
)
def test_bad_line_fields_are_named(cli: Cli, line: str, field: str) -> None:
    result = cli.fails(EXIT_BAD_INPUT, *create(None, line))
    assert field in result.stderr
    assert_nothing_sold(cli)


def test_a_bad_third_line_leaves_no_trace_of_the_first_two(cli: Cli, ada: str) -> None:
    args = create(
        ada,
        "Catalogue|2|12.50|7",
        "Workshop|1|89.00|19",
        "Tote bag|1|9,50|19",
        pays=("cash:200",),
    )
    result = cli.fails(EXIT_BAD_INPUT, *args)

    assert "line 3: unit price" in result.stderr
    assert "line 1" not in result.stderr
    assert "line 2" not in result.stderr
    assert_nothing_sold(cli)
    assert cli.json("customer", "show", ada)["bill_count"] == 0
    assert_next_number_is_first(cli)


def test_a_total_beyond_what_the_database_holds_is_refused(cli: Cli) -> None:
    """Each line is within the limits (quantity 100 000, price 100 000 000), but 100 of them
    total 1e15: more than NUMERIC(18, 4) or a scaled SQLite integer holds. Refused as bad input,
    with a message, never a crash."""
    lines = ["Crate of gold|100000|100000000|7"] * 100

    result = cli.invoke(*create(None, *lines), catch=True)

    assert result.exception is None or isinstance(result.exception, SystemExit), describe(result)
    assert result.exit_code == EXIT_BAD_INPUT, describe(result)
    assert result.stderr.startswith("Error:"), describe(result)
    assert_nothing_sold(cli)


def test_every_bad_line_is_reported_at_once(cli: Cli) -> None:
    result = cli.fails(EXIT_BAD_INPUT, *create(None, "A|abc|1.00|7", "B|1|1.00|7", "C|1|0|7"))
    assert "line 1: quantity" in result.stderr
    assert "line 3: unit price" in result.stderr
    assert "line 2" not in result.stderr
    assert_nothing_sold(cli)


def test_a_payment_refused_inside_the_transaction_leaves_no_trace(cli: Cli, ada: str) -> None:
    """Lines parse fine; the card payment above the total is refused while the sale is saved."""
    args = create(ada, "Catalogue|2|12.50|7", "Workshop|1|89.00|19", pays=("card:500.00:AUTH9",))
    result = cli.fails(EXIT_BAD_INPUT, *args)

    assert "payment 1" in result.stderr
    assert "114.00" in result.stderr
    assert_nothing_sold(cli)
    assert_next_number_is_first(cli)


@pytest.mark.parametrize(
    ("pay", "message"),
    [
        ("bitcoin:10", "method must be one of"),
        ("cash:12,50", "use a dot"),
        ("cash:-5", "negative"),
        ("card:abc:REF", "not a number"),
        ("cash:10:REF", "cash takes no reference"),
        ("cash", "required"),
    ],
)
def test_bad_payments_are_refused(cli: Cli, pay: str, message: str) -> None:
    result = cli.fails(EXIT_BAD_INPUT, *create(None, "Catalogue|2|12.50|7", pays=(pay,)))
    assert "payment 1" in result.stderr
    assert message in result.stderr
    assert_nothing_sold(cli)


def test_a_mistyped_customer_code_is_refused(cli: Cli, ada: str) -> None:
    result = cli.fails(EXIT_BAD_INPUT, *create(mistype(ada), "Catalogue|2|12.50|7"))
    assert "mistyped" in result.stderr
    assert_nothing_sold(cli)


def test_an_unknown_customer_is_refused(cli: Cli, ada: str) -> None:
    result = cli.fails(EXIT_BAD_INPUT, *create(unknown_code(ada), "Catalogue|2|12.50|7"))
    assert "no customer" in result.stderr
    assert_nothing_sold(cli)
    assert_next_number_is_first(cli)


def test_selling_without_an_exhibition_is_refused(
    database_url: str, empty_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli.isolated(database_url, empty_config, tmp_path, monkeypatch)
    cli.init(exhibition=None)
    result = cli.invoke(*create(None, "Catalogue|2|12.50|7"))
    assert result.exit_code != 0
    assert "no active exhibition" in result.stderr
    assert_nothing_sold(cli)


def test_amounts_follow_the_currency_minor_unit(
    database_url: str, empty_config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = Cli.isolated(database_url, empty_config, tmp_path, monkeypatch)
    cli.init(exhibition="Tokyo Fair", currency="JPY")
    invoice = cli.sell(None, "Tea|2|500|10", pays=["cash:2000"])
    assert (invoice["currency"], invoice["gross"], invoice["net"], invoice["vat"]) == (
        "JPY",
        "1000",
        "909",
        "91",
    )
    assert invoice["change"] == "1000"
    result = cli.fails(EXIT_BAD_INPUT, *create(None, "Tea|1|12.50|10"))
    assert "decimals" in result.stderr


# -------------------------------------------------------------------------------- pay/void


def test_pay_the_balance_later(cli: Cli, ada: str) -> None:
    cli.sell(ada, "Catalogue|2|12.50|7", pays=["card:20.00:AUTH2"])
    paid = cli.json("invoice", "pay", FIRST, "--pay", "cash:10")
    assert (paid["paid"], paid["balance"], paid["change"]) == ("25.00", "0.00", "5.00")
    nothing_due = cli.fails(EXIT_BAD_INPUT, "invoice", "pay", FIRST, "--pay", "cash:1")
    assert "nothing is left to pay" in nothing_due.stderr


def test_void_then_the_invoice_counts_nowhere(cli: Cli, ada: str) -> None:
    cli.sell(ada, "Catalogue|2|12.50|7", pays=["cash:25"])
    cli.sell(ada, "Workshop|1|89.00|19")
    assert cli.json("customer", "show", ada)["total_billed"] == {"EUR": "114.00"}

    result = cli.ok("invoice", "void", FIRST, "--reason", "wrong customer")
    assert f"Invoice {FIRST} voided" in result.stdout
    assert "25.00 EUR" in result.stdout  # was paid: refund

    shown = cli.json("invoice", "show", FIRST)
    assert (shown["status"], shown["void_reason"], shown["voided_by"]) == (
        "voided",
        "wrong customer",
        ADMIN,
    )
    card = cli.json("customer", "show", ada)
    assert (card["bill_count"], card["total_billed"]) == (1, {"EUR": "89.00"})
    events = cli.json("audit", "list", "--action", "invoice.void")
    assert [(e["entity"], e["actor"]) for e in events] == [(FIRST, ADMIN)]
    assert "wrong customer" in events[0]["summary"]


def test_void_refusals(cli: Cli) -> None:
    cli.sell(None, "Catalogue|2|12.50|7")
    short = cli.fails(EXIT_BAD_INPUT, "invoice", "void", FIRST, "--reason", "x")
    assert "reason" in short.stderr
    assert cli.json("invoice", "show", FIRST)["status"] == "issued"

    unknown = cli.fails(EXIT_BAD_INPUT, "invoice", "void", SECOND, "--reason", "typo")
    assert "no invoice" in unknown.stderr
    garbled = cli.fails(EXIT_BAD_INPUT, "invoice", "void", "NOT-A-NUMBER", "--reason", "typo")
    assert "invoice number" in garbled.stderr

    cli.ok("invoice", "void", FIRST.lower(), "--reason", "typed in lower case")
    again = cli.fails(EXIT_REFUSED, "invoice", "void", FIRST, "--reason", "once more")
    assert "is void" in again.stderr
    assert cli.audit_actions("invoice") == ["invoice.issue", "invoice.void"]


# ------------------------------------------------------------------------------- list/show


def test_invoice_list_json(cli: Cli, ada: str) -> None:
    assert cli.json("invoice", "list") == []
    cli.sell(ada, "Catalogue|2|12.50|7", pays=["cash:30"])
    cli.sell(None, "Workshop|1|89.00|19", pays=["card:89.00:AUTH3"])
    cli.ok("invoice", "void", FIRST, "--reason", "test sale")

    rows = cli.json("invoice", "list")
    assert [(r["number"], r["status"], r["gross"], r["paid"]) for r in rows] == [
        (SECOND, "issued", "89.00", "89.00"),
        (FIRST, "voided", "25.00", "25.00"),
    ]
    assert rows[1]["customer"] == ada
    assert rows[0]["customer"] is None
    assert all(r["currency"] == "EUR" and r["cashier"] == ADMIN for r in rows)
    assert [r["number"] for r in cli.json("invoice", "list", "--status", "voided")] == [FIRST]
    assert [r["number"] for r in cli.json("invoice", "list", "--customer", ada)] == [FIRST]
    text = cli.ok("invoice", "list").stdout
    assert FIRST in text
    assert SECOND in text
    assert "walk-in" in text


def test_invoice_show_refuses_unknown_numbers(cli: Cli) -> None:
    assert "no invoice" in cli.fails(EXIT_BAD_INPUT, "invoice", "show", FIRST).stderr
    assert "invoice number" in cli.fails(EXIT_BAD_INPUT, "invoice", "show", "12345").stderr
