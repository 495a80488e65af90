"""A customer's language of receipts, invoices and emails: chosen at ``customer add|edit``,
shown by ``customer show``, refused when the documents do not speak it, carried by the CSV
import and export; and migration 0032 adding it to a database that already has customers."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from pos_desktop.storage import migrate
from pos_desktop.storage.engine import create_engine_for
from tests.support.cli import EXIT_BAD_INPUT, Cli, row_counts
from tests.support.databases import PostgresRun


def test_add_with_a_language_stores_it_and_show_json_returns_it(cli: Cli) -> None:
    chosen = cli.register(options=["--country", "DE", "--language", "fr"])
    assert chosen["language"] == "fr"
    shown = cli.json("customer", "show", chosen["code"])
    assert shown["language"] == "fr" and shown["country"] == "DE"

    unset = cli.register("Grace Hopper", "grace@example.com", options=["--country", "AT"])
    assert cli.json("customer", "show", unset["code"])["language"] is None  # from the country
    text_out = cli.ok("customer", "show", unset["code"]).stdout
    assert "Deutsch (de), from the country" in text_out


def test_add_refuses_a_language_the_documents_do_not_speak(cli: Cli) -> None:
    result = cli.fails(
        EXIT_BAD_INPUT, "customer", "add", "--name", "Ada", "--email", "a@example.com",
        "--language", "xx",
    )  # fmt: skip
    assert "language: 'xx' is not a language of the documents" in result.stderr
    assert "en, de, fr, es, it, nl, pl" in result.stderr
    assert row_counts(cli.database_url, "customers")["customers"] == 0


def test_edit_changes_and_clears_the_language(cli: Cli) -> None:
    code = cli.register(options=["--country", "PL"])["code"]
    assert cli.json("customer", "edit", code, "--language", "Italiano")["language"] == "it"
    result = cli.fails(EXIT_BAD_INPUT, "customer", "edit", code, "--language", "tlh")
    assert "language:" in result.stderr
    assert cli.json("customer", "show", code)["language"] == "it"  # the refusal changed nothing
    assert cli.json("customer", "edit", code, "--language", "")["language"] is None

    events = cli.json("audit", "list", "--entity", code)
    edits = [(e["before"], e["after"]) for e in events if e["action"] == "customer.edit"]
    assert sorted(edits, key=str) == [
        ({"language": "it"}, {"language": None}),
        ({"language": None}, {"language": "it"}),
    ]


def test_the_import_maps_a_language_column_and_the_export_writes_it(
    cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "crm.csv"
    source.write_text(
        "Name,Email,Country,Language\n"
        "Ada Lovelace,ada@example.com,GB,Deutsch\n"
        "Grace Hopper,grace@example.com,US,\n"
        "Marie Curie,marie@example.com,FR,Klingon\n",
        encoding="utf-8",
    )
    report = cli.json("customers", "import", str(source), "--json")
    assert report["created"] == 3, report
    found = {c["email"]: c for c in cli.json("customer", "search", "example.com")}
    assert found["ada@example.com"]["language"] == "de"
    assert found["grace@example.com"]["language"] is None
    assert found["marie@example.com"]["language"] is None  # unknown: kept as written, warned
    assert report["warnings"]["unknown language"] == 1, report["warnings"]

    target = tmp_path / "out.csv"
    cli.ok("customers", "export", str(target))
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = {row["email"]: row for row in csv.DictReader(stream)}
    assert rows["ada@example.com"]["language"] == "de"
    assert rows["grace@example.com"]["language"] == ""


@pytest.fixture
def fresh_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'old.sqlite3'}"
        return
    run: PostgresRun = request.getfixturevalue("postgres_run")
    name, url = run.scratch_database()
    yield url
    run.drop_scratch(name)


def test_migration_0032_gives_existing_customers_no_language(fresh_url: str) -> None:
    engine = create_engine_for(fresh_url)
    try:
        migrate.upgrade(engine, "0031")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO customers (id, code, name, name_key, country, customer_type,"
                    " search_text, registered_by, created_at, updated_at, version) VALUES"
                    " (1, '7KX2M9P9', 'Ada', 'ada', 'AT', 'individual', 'ada 7kx2m9p9', 'carl',"
                    " '2026-01-01T10:00:00+00:00', '2026-01-01T10:00:00+00:00', 4)"
                )
            )
        migrate.upgrade(engine)
        state = migrate.check(engine)
        assert state.up_to_date, state.describe()
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT code, country, language, version FROM customers"))
            assert [tuple(r) for r in rows] == [("7KX2M9P9", "AT", None, 4)]
            if engine.dialect.name == "sqlite":
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        with engine.begin() as conn:
            conn.execute(text("UPDATE customers SET language = 'pl'"))
        migrate.downgrade(engine, "0031")
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT code, country, version FROM customers"))
            assert [tuple(r) for r in rows] == [("7KX2M9P9", "AT", 4)]
        migrate.upgrade(engine)
    finally:
        engine.dispose()
