"""End to end through the installed ``pos-desktop`` entry point, as a script at a booth uses it.

Each step is a real process on a database that starts out EMPTY (a new SQLite file, or a new
PostgreSQL database), so ``init`` has to create the schema itself. Slow: every step starts Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_REFUSED,
    Process,
    cli_actor_label,
    empty_database,
    mistype,
    password_file,
    process_env,
    run_process,
)

pytestmark = pytest.mark.slow

AMOUNT = re.compile(r"\d+\.\d{2}")


@pytest.fixture
def fresh_database(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new SQLite file path, or a new empty PostgreSQL database (dropped afterwards)."""
    with empty_database(backend, tmp_path, request) as url:
        yield url


class Booth:
    """Runs ``pos-desktop`` processes on one database with an explicit environment."""

    def __init__(self, database_url: str, folder: Path) -> None:
        config = folder / "empty-config.toml"
        config.write_text("")
        self.folder = folder
        self.env = process_env(database_url, config)

    def run(self, *args: str) -> Process:
        return run_process(args, env=self.env, cwd=self.folder)

    def ok(self, *args: str) -> Process:
        done = self.run(*args)
        assert done.exit_code == EXIT_OK, done.describe()
        assert done.stderr == "", done.describe()
        return done

    def json(self, *args: str) -> Any:
        return self.ok(*args, "--json").json()


def test_story_from_empty_database_to_voided_invoice(fresh_database: str, tmp_path: Path) -> None:
    booth = Booth(fresh_database, tmp_path)
    actor = "boss"  # init logs the new admin in: what follows is done as them

    # init: schema, first admin, exhibition; the invoice prefix is derived from the name.
    pw = password_file(tmp_path, name="pw")
    done = booth.ok(
        "init",
        "--admin",
        "boss",
        "--password-file",
        str(pw),
        "--exhibition",
        "Expo 2024",
        "--currency",
        "EUR",
    )
    assert "boss" in done.stdout
    assert "EXPO2024" in done.stdout
    assert "EUR" in done.stdout

    # customer add --json: the data model's field names, the new code.
    customer = booth.json(
        "customer",
        "add",
        "--name",
        "Ada Lovelace",
        "--email",
        "ada@example.com",
        "--phone",
        "+49 30 1234567",
        "--company",
        "Analytical Engines Ltd",
        "--country",
        "DE",
    )
    code = customer["code"]
    assert re.fullmatch(r"[0-9A-Z]{8}", code)
    assert customer["name"] == "Ada Lovelace"
    assert customer["email"] == "ada@example.com"
    assert customer["phone"] == "+49301234567"
    assert customer["company"] == "Analytical Engines Ltd"
    assert customer["country"] == "DE"
    assert customer["registered_by"] == actor

    # invoice create: two VAT rates, prices include VAT, split payment with change.
    invoice = booth.json(
        "invoice",
        "create",
        "--customer",
        code,
        "--line",
        "Catalogue|2|12.50|7",
        "--line",
        "Workshop|1|89.00|19",
        "--pay",
        "card:50.00:AUTH1",
        "--pay",
        "cash:100",
    )
    number = invoice["number"]
    assert number == "EXPO2024-T1-000001"
    assert invoice["status"] == "issued"
    assert invoice["customer"] == code
    assert invoice["currency"] == "EUR"
    # 25.00 gross at 7 %: net 23.36, VAT 1.64; 89.00 gross at 19 %: net 74.79, VAT 14.21.
    assert (invoice["net"], invoice["vat"], invoice["gross"]) == ("98.15", "15.85", "114.00")
    assert (invoice["paid"], invoice["change"], invoice["balance"]) == ("114.00", "36.00", "0.00")
    assert invoice["vat_breakdown"] == [
        {"rate": "7", "net": "23.36", "vat": "1.64", "gross": "25.00"},
        {"rate": "19", "net": "74.79", "vat": "14.21", "gross": "89.00"},
    ]
    assert [(ln["description"], ln["quantity"], ln["gross"]) for ln in invoice["lines"]] == [
        ("Catalogue", "2", "25.00"),
        ("Workshop", "1", "89.00"),
    ]
    assert [
        (p["method"], p["amount"], p["tendered"], p["change"], p["reference"])
        for p in invoice["payments"]
    ] == [
        ("card", "50.00", "50.00", "0.00", "AUTH1"),
        ("cash", "64.00", "100.00", "36.00", None),
    ]
    for key in ("net", "vat", "gross", "paid", "change", "balance"):
        assert isinstance(invoice[key], str) and AMOUNT.fullmatch(invoice[key]), key
    assert invoice["cashier"] == actor

    # customer show: the bill counts.
    card = booth.json("customer", "show", code)
    assert card["code"] == code
    assert card["bill_count"] == 1
    assert card["total_billed"] == {"EUR": "114.00"}
    assert [b["number"] for b in card["last_invoices"]] == [number]

    # A mistyped code is refused by the real process with exit 2, before any lookup.
    wrong = booth.run("customer", "show", mistype(code))
    assert wrong.exit_code == EXIT_BAD_INPUT, wrong.describe()
    assert "mistyped" in wrong.stderr
    assert wrong.stdout == ""

    # invoice void: the number stays, the invoice counts nowhere.
    done = booth.ok("invoice", "void", number, "--reason", "customer changed their mind")
    assert number in done.stdout
    assert "114.00 EUR" in done.stdout  # was paid: refund it

    card = booth.json("customer", "show", code)
    assert card["bill_count"] == 0
    assert card["total_billed"] == {}
    assert [(b["number"], b["status"]) for b in card["last_invoices"]] == [(number, "voided")]

    again = booth.run("invoice", "void", number, "--reason", "twice")
    assert again.exit_code == EXIT_REFUSED, again.describe()

    # audit list: register, issue and void, in this order, by boss; init by cli:<login>.
    events = list(reversed(booth.json("audit", "list")))  # printed newest first
    set_up = [e["action"] for e in events].index("setup.init") + 1
    assert {e["actor"] for e in events[:set_up]} == {cli_actor_label()}
    assert {e["actor"] for e in events[set_up:]} == {actor}
    story = [
        (e["action"], e["entity"])
        for e in events
        if e["action"] in {"customer.register", "invoice.issue", "invoice.void"}
    ]
    assert story == [
        ("customer.register", code),
        ("invoice.issue", number),
        ("invoice.void", number),
    ]
    ids = [e["id"] for e in events]
    assert ids == sorted(ids)
    assert {"user.add", "setup.init"} <= {e["action"] for e in events}
