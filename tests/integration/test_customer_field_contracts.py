"""What scripts and spreadsheets rely on, for a customer with every field filled in.

JSON field names and their order, export columns and their order, CLI option names, the audit
documents' keys and the lines of ``customer show`` are contracts: the field list in
``domain/customer_fields.py`` drives them, and these tests pin what it must keep producing.
Each customer here has every field set, so a field a place forgets shows up as a missing value.
"""

from __future__ import annotations

import csv
from pathlib import Path

import click

from pos_desktop.cli.customer_cmds import customer_add, customer_edit
from pos_desktop.domain.customer_fields import CUSTOMER_FIELDS, FIELD_NAMES
from tests.support.cli import Cli

EVERY_FIELD = [
    "--phone", "030 1234567", "--company", "Analytical Engines GmbH", "--job-title", "Buyer",
    "--country", "Germany", "--street", "Unter den Linden 1", "--postcode", "10117",
    "--city", "Berlin", "--vat-id", "DE136695976", "--type", "corporate",
    "--notes", "Wants a quote", "--language", "pl",
]  # fmt: skip

VALUES = {
    "name": "Ada Lovelace",
    "email": "ada@example.com",
    "phone": "+49301234567",
    "company": "Analytical Engines GmbH",
    "job_title": "Buyer",
    "street": "Unter den Linden 1",
    "postcode": "10117",
    "city": "Berlin",
    "country": "DE",
    "vat_id": "DE136695976",
    "customer_type": "corporate",
    "notes": "Wants a quote",
    "language": "pl",
}


def test_the_values_here_cover_every_field() -> None:
    """So that each test below fails for a field a place forgets."""
    assert sorted(VALUES) == sorted(FIELD_NAMES)
    assert sorted([*EVERY_FIELD[0::2], "--name", "--email"]) == sorted(
        f.option for f in CUSTOMER_FIELDS
    )


def _options(command: click.Command) -> set[str]:
    return {flag for p in command.params if isinstance(p, click.Option) for flag in p.opts}


def test_add_and_edit_take_these_options() -> None:
    fields = {
        "--name", "--email", "--phone", "--company", "--job-title", "--country", "--street",
        "--postcode", "--city", "--vat-id", "--type", "--notes", "--language",
    }  # fmt: skip
    assert _options(customer_add) == fields | {"--allow-duplicate", "--qr", "--key", "--json"}
    assert _options(customer_edit) == fields | {"--allow-duplicate", "--json"}


def test_the_json_document_has_these_keys_in_this_order(cli: Cli) -> None:
    document = cli.register(options=EVERY_FIELD)

    assert list(document) == [
        "code", "name", "email", "phone", "company", "job_title", "street", "postcode", "city",
        "country", "vat_id", "customer_type", "notes", "external_ref", "registered_by",
        "created_at", "updated_at", "version", "language",
    ]  # fmt: skip
    assert {k: document[k] for k in VALUES} == VALUES
    shown = cli.json("customer", "show", document["code"])
    assert list(shown)[: len(document)] == list(document)
    assert list(shown)[len(document) :] == ["bill_count", "total_billed", "last_invoices"]


def test_the_export_has_these_columns_in_this_order(cli: Cli, tmp_path: Path) -> None:
    code = cli.register(options=EVERY_FIELD)["code"]
    target = tmp_path / "customers.csv"
    cli.ok("customers", "export", str(target))

    with target.open(encoding="utf-8-sig", newline="") as stream:
        header, row = list(csv.reader(stream))
    assert header == [
        "code", "name", "email", "phone", "company", "job_title", "country", "city", "street",
        "postcode", "vat_id", "customer_type", "lead_status", "website", "external_ref", "notes",
        "registered_by", "created_at", "language",
    ]  # fmt: skip
    cells = dict(zip(header, row, strict=True))
    assert cells["code"] == code
    assert {k: cells[k] for k in VALUES} == VALUES | {"phone": "'+49301234567"}  # text, no sum
    assert (cells["lead_status"], cells["website"], cells["external_ref"]) == ("", "", "")


def test_the_audit_documents_name_the_fields(cli: Cli) -> None:
    code = cli.register(options=EVERY_FIELD)["code"]
    cli.ok("customer", "edit", code, "--job-title", "Head of purchasing", "--notes", "")

    events = {e["action"]: e for e in cli.json("audit", "list", "--entity", code)}
    register, edit = events["customer.register"], events["customer.edit"]
    assert register["after"] == VALUES
    assert (edit["before"], edit["after"]) == (
        {"job_title": "Buyer", "notes": "Wants a quote"},
        {"job_title": "Head of purchasing", "notes": None},
    )


def test_edit_changes_each_field_by_its_option(cli: Cli) -> None:
    code = cli.register()["code"]
    document = cli.json("customer", "edit", code, "--email", "ada@example.org", *EVERY_FIELD)
    assert {k: document[k] for k in VALUES} == VALUES | {"email": "ada@example.org"}


def test_show_prints_these_lines(cli: Cli) -> None:
    code = cli.register(options=EVERY_FIELD)["code"]
    lines = cli.ok("customer", "show", code).stdout.splitlines()

    assert [line.split(":")[0].strip() for line in lines[:14]] == [
        "code", "name", "company", "job title", "email", "phone", "street", "postcode", "city",
        "country", "VAT ID", "type", "language", "notes",
    ]  # fmt: skip
    text = "\n".join(lines)
    for value in VALUES.values():
        assert value in text
    assert "Germany (DE)" in text and "Polski (pl)" in text
