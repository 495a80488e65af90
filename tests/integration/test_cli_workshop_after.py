"""``workshop remind|certificates|no-shows|stats`` end to end in-process, on SQLite and
PostgreSQL: a round for cron reminds once, certificates go once, and the JSON's field names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.support.cli import EXIT_BAD_INPUT, EXIT_REFUSED, Cli


def add(cli: Cli, code: str, *, starts: datetime, price: str = "10") -> None:
    cli.ok(
        "workshop", "add", code, "--title", f"Cupping {code}", "--starts", starts.isoformat(),
        "--minutes", "30", "--capacity", "4", "--price", price, "--vat", "19",
    )  # fmt: skip


def outbox_kind(cli: Cli, kind: str) -> list[str]:
    return sorted(m["recipient"] for m in cli.json("outbox", "status", "--kind", kind)["messages"])


def test_remind_runs_one_round_for_cron_and_reminds_once(cli: Cli) -> None:
    add(cli, "SOON", starts=datetime.now(UTC) + timedelta(minutes=30))
    add(cli, "LATER", starts=datetime.now(UTC) + timedelta(hours=3))
    ada = cli.register("Ada Lovelace", "ada@example.com")["code"]
    bob = cli.register("Bob Brown", "bob@example.com")["code"]
    cli.json("invoice", "create", "--customer", ada, "--item", "SOON:1", "--pay", "cash:10")
    cli.json("invoice", "create", "--customer", bob, "--item", "LATER:1", "--pay", "cash:10")
    assert cli.json("workshop", "remind", "--json") == {"offers_expired": 0, "reminders": 1}
    assert cli.json("workshop", "remind", "--json") == {"offers_expired": 0, "reminders": 0}
    assert "0 reminder(s) queued" in cli.ok("workshop", "remind").stdout
    assert outbox_kind(cli, "ws_reminder") == ["ada@example.com"]


def test_certificates_twice_no_shows_and_the_days_stats(cli: Cli) -> None:
    started = datetime.now(UTC) - timedelta(hours=2)
    add(cli, "DONE", starts=started)
    ada = cli.register("Ada Lovelace", "ada@example.com")["code"]
    bob = cli.register("Bob Brown", "bob@example.com")["code"]
    for who in (ada, bob):
        cli.json("invoice", "create", "--customer", who, "--item", "DONE:1", "--pay", "cash:10")
    cli.ok("checkin", "DONE", "--customer", ada)
    assert "1 certificate(s) queued" in cli.ok("workshop", "certificates", "DONE").stdout
    assert "0 certificate(s) queued" in cli.ok("workshop", "certificates", "DONE").stdout
    assert outbox_kind(cli, "certificate") == ["ada@example.com"]

    [missing] = cli.json("workshop", "no-shows", "DONE", "--json")
    assert missing == {
        "customer": bob,
        "name": "Bob Brown",
        "email": "bob@example.com",
        "seats": 1,
        "checked_in": 0,
    }
    assert "Bob Brown" in cli.ok("workshop", "no-shows", "DONE").stdout

    day = f"{started.astimezone():%Y-%m-%d}"
    stats = cli.json("workshop", "stats", "--day", day, "--json")
    assert stats["day"] == day
    [done] = stats["workshops"]
    wanted = ("code", "booked", "checked_in", "no_shows", "waitlist", "conversions", "revenue")
    assert {k: done[k] for k in wanted} == {
        "code": "DONE",
        "booked": 2,
        "checked_in": 1,
        "no_shows": 1,
        "waitlist": 0,
        "conversions": 0,
        "revenue": "20.00",
    }
    assert stats["totals"]["revenue"] == "20.00"
    assert "DONE" in cli.ok("workshop", "stats", "--day", day).stdout
    assert "not a date" in cli.fails(EXIT_BAD_INPUT, "workshop", "stats", "--day", "May").stderr

    add(cli, "NEXT", starts=datetime.now(UTC) + timedelta(days=2))
    refused = cli.fails(EXIT_REFUSED, "workshop", "no-shows", "NEXT")
    assert "no-shows after that" in refused.stderr
