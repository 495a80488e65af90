"""The issue's command forms for workshops, end to end in-process, on SQLite and PostgreSQL:
``workshop add|list|show|waitlist|cancel|certificates``, seats sold by ``invoice create
--item CODE:QTY``, and ``checkin --json`` (its ``result`` names are a contract)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from tests.support.cli import EXIT_BAD_INPUT, EXIT_NOT_ALLOWED, EXIT_REFUSED, Cli, password_file

CONTRACT = {"capacity", "booked", "waitlist", "checked_in", "revenue"}


def add(cli: Cli, code: str, *, starts: datetime, capacity: int = 2, price: str = "25") -> None:
    cli.ok(
        "workshop", "add", code,
        "--title", f"Latte art {code}",
        "--starts", starts.isoformat(),
        "--minutes", "60",
        "--capacity", str(capacity),
        "--price", price,
        "--vat", "19",
        "--room", "Stage A",
    )  # fmt: skip


def checkin(cli: Cli, code: str, customer: str) -> tuple[int, dict[str, object]]:
    result = cli.invoke("checkin", code, "--customer", customer, "--json")
    document: dict[str, object] = json.loads(result.stdout)
    return result.exit_code, document


def test_sell_wait_and_admit_by_the_command_line(cli: Cli) -> None:
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    add(cli, "LATTE", starts=tomorrow)
    ada = cli.register("Ada Lovelace", "ada@example.com")["code"]
    bob = cli.register("Bob Brown", "bob@example.com")["code"]
    cleo = cli.register("Cleo Clark", "cleo@example.com")["code"]

    sold = cli.json("invoice", "create", "--customer", ada, "--item", "latte:2", "--pay", "cash:50")
    assert (sold["gross"], sold["lines"][0]["quantity"]) == ("50.00", "2")
    assert sold["lines"][0]["description"].startswith("Workshop LATTE: Latte art LATTE")
    before = len(cli.json("invoice", "list"))
    full = cli.fails(
        EXIT_REFUSED,
        "invoice",
        "create",
        "--customer",
        bob,
        "--item",
        "LATTE:1",
        "--pay",
        "cash:25",
    )
    assert "is full: 0 of 2 seats free, 1 wanted" in full.stderr
    assert len(cli.json("invoice", "list")) == before
    no_customer = cli.fails(EXIT_BAD_INPUT, "invoice", "create", "--item", "LATTE:1")
    assert "needs a customer" in no_customer.stderr

    said = cli.ok("workshop", "waitlist", "LATTE", "--customer", bob).stdout
    assert "number 1 on the waitlist of LATTE" in said
    cli.ok("workshop", "waitlist", "LATTE", "--customer", cleo)

    [listed] = cli.json("workshop", "list")
    shown = cli.json("workshop", "show", "LATTE")
    assert listed == shown
    assert {k: shown[k] for k in CONTRACT} == {
        "capacity": 2,
        "booked": 2,
        "waitlist": 2,
        "checked_in": 0,
        "revenue": "50.00",
    }

    code, admitted = checkin(cli, "LATTE", ada)
    assert (code, admitted["result"], admitted["seat"], admitted["seats"]) == (0, "admitted", 1, 2)
    assert cli.json("workshop", "show", "LATTE")["checked_in"] == 1


def test_checkin_results_are_the_contracts_names(cli: Cli) -> None:
    soon = datetime.now(UTC) + timedelta(hours=2)
    add(cli, "EARLY", starts=soon, capacity=3)
    add(cli, "LATE", starts=soon + timedelta(hours=2))
    ada = cli.register("Ada Lovelace", "ada@example.com")["code"]
    bob = cli.register("Bob Brown", "bob@example.com")["code"]
    eve = cli.register("Eve Evans", "eve@example.com")["code"]
    cli.json("invoice", "create", "--customer", ada, "--item", "EARLY:2", "--pay", "cash:50")
    cli.json("invoice", "create", "--customer", bob, "--item", "LATE:1", "--pay", "cash:25")

    code, first = checkin(cli, "EARLY", ada)
    assert code == 0
    assert {k: first[k] for k in ("result", "name", "seat", "seats", "seats_free")} == {
        "result": "admitted",
        "name": "Ada Lovelace",
        "seat": 1,
        "seats": 2,
        "seats_free": 1,
    }
    assert checkin(cli, "EARLY", ada)[1]["seat"] == 2
    code, again = checkin(cli, "EARLY", ada)
    assert (code, again["result"], again["checked_in_at"] is not None) == (0, "already", True)
    code, wrong = checkin(cli, "EARLY", bob)
    assert (code, wrong["result"], wrong["booked_for"]) == (EXIT_REFUSED, "wrong_session", "LATE")
    assert checkin(cli, "EARLY", eve)[1]["result"] == "not_booked"
    assert checkin(cli, "EARLY", eve)[0] == EXIT_REFUSED
    cli.ok("workshop", "cancel", "LATE", "--reason", "speaker missed the train")
    code, cancelled = checkin(cli, "LATE", bob)
    assert (code, cancelled["result"]) == (EXIT_REFUSED, "cancelled")
    assert cli.json("workshop", "show", "EARLY")["checked_in"] == 2
    assert "Already checked in at" in cli.invoke("checkin", "EARLY", "--customer", ada).stdout


def test_free_talks_certificates_and_who_may_set_up(cli: Cli) -> None:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    add(cli, "TOUR", starts=yesterday, price="0", capacity=5)
    ada = cli.register("Ada Lovelace", "ada@example.com")["code"]
    free = cli.json("invoice", "create", "--customer", ada, "--item", "TOUR:1")
    assert (free["gross"], free["payments"]) == ("0.00", [])
    assert checkin(cli, "TOUR", ada)[1]["result"] == "admitted"
    said = cli.ok("workshop", "certificates", "TOUR").stdout
    assert "1 certificate(s) queued" in said
    waiting = cli.json("outbox", "status", "--kind", "certificate")["messages"]
    assert [(m["kind"], m["recipient"]) for m in waiting] == [("certificate", "ada@example.com")]
    assert cli.audit_actions("workshop") == ["workshop.add", "workshop.certificates"]

    pw = password_file(cli.folder, name="pw-carl")
    cli.ok("user", "add", "carl", "--role", "cashier", "--password-file", str(pw))
    cli.login("carl")
    refused = cli.fails(
        EXIT_NOT_ALLOWED,
        "workshop", "add", "NOPE", "--title", "x", "--starts", yesterday.isoformat(),
        "--minutes", "5", "--capacity", "1", "--price", "0", "--vat", "0",
    )  # fmt: skip
    assert "workshop.manage" in refused.stderr


def test_a_draft_is_sold_once_published(cli: Cli) -> None:
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    cli.ok(
        "workshop", "add", "DEMO", "--title", "Grinder demo", "--starts", tomorrow.isoformat(),
        "--minutes", "20", "--capacity", "4", "--price", "5", "--vat", "19", "--draft",
    )  # fmt: skip
    ada = cli.register("Ada Lovelace", "ada@example.com")["code"]
    refused = cli.fails(EXIT_BAD_INPUT, "invoice", "create", "--customer", ada, "--item", "DEMO:1")
    assert "no product or workshop on sale" in refused.stderr
    assert cli.json("workshop", "show", "DEMO")["status"] == "draft"
    cli.ok("workshop", "publish", "DEMO")
    sold = cli.json("invoice", "create", "--customer", ada, "--item", "DEMO:1", "--pay", "cash:5")
    assert sold["gross"] == "5.00"
    assert cli.json("workshop", "show", "DEMO")["booked"] == 1
