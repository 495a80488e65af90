"""Addresses and VAT IDs on the command line, on SQLite and PostgreSQL: ``customer add|edit|show``
take and show them, the CRM file's address columns are imported (and the columns nobody takes
are named), the export writes them and imports back, and ``invoice create --reverse-charge``
prints the note with the seller from ``POS_SELLER_*``."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.support.cli import EXIT_BAD_INPUT, Cli
from tests.support.pdf_reading import page_texts

DATA = Path(__file__).resolve().parents[1] / "data"
ADDRESS = [
    "--company", "Café Crème SARL", "--street", "12 rue de la Paix", "--postcode", "75002",
    "--city", "Paris", "--country", "France", "--vat-id", "FR 40 303 265 045",
]  # fmt: skip


def test_add_and_show_json_carry_the_address_and_vat_id(cli: Cli) -> None:
    added = cli.register("Zoé Lefèvre", "zoe@creme.example", options=ADDRESS)
    shown = cli.json("customer", "show", added["code"])
    for document in (added, shown):
        assert (
            document["street"],
            document["postcode"],
            document["city"],
            document["country"],
            document["vat_id"],
        ) == ("12 rue de la Paix", "75002", "Paris", "FR", "FR40303265045")
    assert shown["total_billed"] == {}
    text = cli.ok("customer", "show", added["code"]).stdout
    assert "12 rue de la Paix" in text and "FR40303265045" in text


def test_a_bad_vat_id_is_refused_with_the_reason_and_nothing_is_saved(cli: Cli) -> None:
    result = cli.fails(
        EXIT_BAD_INPUT,
        "customer", "add", "--name", "Hans Meier", "--email", "hans@example.de",
        "--vat-id", "DE136695977",
    )  # fmt: skip
    assert "VAT ID: 'DE136695977': invalid check digit" in result.stderr
    assert cli.json("customer", "search", "Meier") == []

    result = cli.fails(
        EXIT_BAD_INPUT,
        "customer", "add", "--name", "Bob", "--email", "bob@example.ch", "--vat-id", "CHE123",
    )  # fmt: skip
    assert "unknown country 'CH'" in result.stderr


def test_edit_sets_and_clears_the_address(cli: Cli, ada: str) -> None:
    edited = cli.json(
        "customer", "edit", ada, "--street", "Marktplatz 1", "--postcode", "80331",
        "--city", "München", "--country", "DE", "--vat-id", "136695976",
    )  # fmt: skip
    assert (edited["street"], edited["postcode"], edited["vat_id"]) == (
        "Marktplatz 1",
        "80331",
        "DE136695976",  # the prefix of the customer's country
    )
    cli.fails(EXIT_BAD_INPUT, "customer", "edit", ada, "--postcode", "801;31")
    cleared = cli.json("customer", "edit", ada, "--vat-id", "", "--street", "")
    assert (cleared["vat_id"], cleared["street"], cleared["postcode"]) == (None, None, "80331")


def test_the_crm_file_maps_its_address_and_names_the_columns_it_ignored(
    cli: Cli, tmp_path: Path
) -> None:
    source = DATA / "customers-crm-sample.csv"
    report = cli.json("customers", "import", str(source))
    assert report["ignored_columns"] == ["industry", "youtube_handle"]
    text = cli.ok("customers", "import", str(source), "--dry-run").stdout
    assert "columns not imported (no field takes them): industry, youtube_handle" in text

    [brady] = cli.json("customer", "search", "stacie60@example.org")
    assert (brady["street"], brady["city"], brady["country"]) == (
        "90996 Theresa Cape",
        "West Robert",
        "KR",
    )


def test_vat_ids_of_an_import_are_checked_and_a_bad_one_is_kept_as_written(
    cli: Cli, tmp_path: Path
) -> None:
    source = tmp_path / "fair.csv"
    source.write_text(
        "Name;E-Mail;Straße;PLZ;Ort;Land;USt-IdNr.;Branche\n"
        "Hans Meier;hans@example.de;Marktplatz 1;80331;München;Deutschland;136695976;Druck\n"
        "Zoé Lefèvre;zoe@creme.example;12 rue de la Paix;75002;Paris;France;FR41303265045;\n",
        encoding="utf-8",
    )
    report = cli.json("customers", "import", str(source))
    assert (report["created"], report["rejected"]) == (2, 0)
    assert report["warnings"] == {"VAT ID not valid": 1}
    assert report["ignored_columns"] == ["Branche"]
    [hans] = cli.json("customer", "search", "hans@example.de")
    assert (hans["street"], hans["postcode"], hans["city"], hans["vat_id"]) == (
        "Marktplatz 1",
        "80331",
        "München",
        "DE136695976",
    )
    [zoe] = cli.json("customer", "search", "zoe@creme.example")
    assert zoe["vat_id"] is None and zoe["postcode"] == "75002"


def test_export_writes_the_address_and_it_imports_back(cli: Cli, tmp_path: Path) -> None:
    zoe = cli.register("Zoé Lefèvre", "zoe@creme.example", options=ADDRESS)["code"]
    target = tmp_path / "customers.csv"
    cli.ok("customers", "export", str(target))
    with target.open(encoding="utf-8-sig", newline="") as stream:
        [row] = list(csv.DictReader(stream))
    assert (row["street"], row["postcode"], row["city"], row["country"], row["vat_id"]) == (
        "12 rue de la Paix",
        "75002",
        "Paris",
        "FR",
        "FR40303265045",
    )

    cli.ok("customer", "edit", zoe, "--street", "1 avenue Foch", "--vat-id", "", "--postcode", "")
    report = cli.json("customers", "import", str(target))
    assert (report["updated"], report["rejected"]) == (1, 0)
    back = cli.json("customer", "show", zoe)
    assert (back["street"], back["postcode"], back["vat_id"]) == (
        "12 rue de la Paix",
        "75002",
        "FR40303265045",
    )


def test_invoice_create_reverse_charge_with_the_seller_from_the_environment(
    cli: Cli, tmp_path: Path
) -> None:
    cli.env |= {
        "POS_SELLER_NAME": "Booth Books GmbH",
        "POS_SELLER_STREET": "Hauptstraße 5",
        "POS_SELLER_POSTCODE": "10115",
        "POS_SELLER_CITY": "Berlin",
        "POS_SELLER_COUNTRY": "DE",
        "POS_SELLER_VAT_ID": "DE 136 695 976",
        "POS_SELLER_TAX_NUMBER": "27/123/45678",
    }
    # In English: a French customer's documents would be French (test_document_language.py).
    zoe = cli.register("Zoé Lefèvre", "zoe@creme.example", options=[*ADDRESS, "--language", "en"])[
        "code"
    ]
    sale = cli.json(
        "invoice", "create", "--customer", zoe, "--line", "Stand lighting|1|400.00|19",
        "--pay", "card:400.00", "--reverse-charge",
    )  # fmt: skip
    assert sale["reverse_charge"] is True and sale["full_invoice"] is True
    assert sale["buyer"]["vat_id"] == "FR40303265045"
    pdf = tmp_path / "invoice.pdf"
    cli.ok("invoice", "pdf", sale["number"], "--out", str(pdf))
    text = " ".join(page_texts(pdf.read_bytes())[0].split())
    for fact in (
        "Booth Books GmbH",
        "10115 Berlin",
        "VAT ID: DE136695976",
        "Tax number: 27/123/45678",
        "Café Crème SARL",
        "75002 Paris",
        "VAT ID: FR40303265045",
        "Reverse charge: VAT to be accounted for by the recipient",
    ):
        assert fact in text, fact

    ada = cli.register()["code"]  # no VAT ID
    result = cli.fails(
        EXIT_BAD_INPUT,
        "invoice", "create", "--customer", ada, "--line", "Poster|1|8.00|19", "--reverse-charge",
    )  # fmt: skip
    assert "reverse charge: the customer has no VAT ID" in result.stderr

    cli.env["POS_SELLER_VAT_ID"] = "DE136695977"
    result = cli.invoke("customer", "show", ada)
    assert result.exit_code != 0
    assert "seller.vat_id" in result.stderr and "invalid check digit" in result.stderr
