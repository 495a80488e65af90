"""In-process: ``customer add|show|search|edit|qr`` on both backends, good input and bad."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from pos_desktop.domain.codes import CustomerCode
from tests.support.cli import (
    ADMIN,
    EXIT_BAD_INPUT,
    EXIT_DUPLICATE,
    Cli,
    describe,
    mistype,
    row_counts,
    unknown_code,
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def customers_in(cli: Cli) -> int:
    return row_counts(cli.database_url, "customers")["customers"]


# ------------------------------------------------------------------------------------- add


def test_add_json_uses_the_data_model_field_names(cli: Cli) -> None:
    document = cli.register(
        "Grace Hopper",
        "Grace.Hopper@Example.COM",
        options=[
            "--phone", "(202) 456-1111", "--company", "Navy", "--country", "United States",
            "--city", "Arlington", "--type", "vip", "--notes", "Bring the nanosecond wire",
        ],
    )  # fmt: skip

    assert CustomerCode.parse(document["code"]).value == document["code"]
    assert document["name"] == "Grace Hopper"
    assert document["email"] == "Grace.Hopper@example.com"  # domain lower-cased, local part kept
    assert document["country"] == "US"
    assert document["phone"] == "+12024561111"  # E.164, read in the customer's country
    assert document["company"] == "Navy"
    assert document["city"] == "Arlington"
    assert document["customer_type"] == "vip"
    assert document["notes"] == "Bring the nanosecond wire"
    assert document["registered_by"] == ADMIN
    assert document["version"] == 1
    events = cli.json("audit", "list", "--entity", document["code"])
    assert [(e["action"], e["actor"]) for e in events] == [("customer.register", ADMIN)]


def test_add_reads_a_national_phone_number_in_the_default_region(cli: Cli) -> None:
    document = cli.register(options=["--phone", "030 1234567"])
    assert document["phone"] == "+49301234567"


def test_add_without_json_prints_the_code(cli: Cli) -> None:
    result = cli.ok("customer", "add", "--name", "Ada Lovelace", "--email", "ada@example.com")
    codes = re.findall(r"\b[0-9A-Z]{8}\b", result.stdout)
    assert len(codes) == 1
    assert cli.json("customer", "show", codes[0])["name"] == "Ada Lovelace"


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (["--phone", "abc"], "phone"),
        (["--phone", "12"], "phone"),
        (["--email", "not-an-email"], "email"),
        (["--email", "ada@@example.com"], "email"),
        (["--email", ""], "email"),
        (["--email", "   "], "email"),
        (["--name", ""], "name"),
        (["--country", "Atlantis"], "country"),
    ],
    ids=lambda v: v if isinstance(v, str) else " ".join(v),
)
def test_add_refuses_bad_fields(cli: Cli, options: list[str], field: str) -> None:
    base = {"--name": "Ada Lovelace", "--email": "ada@example.com"}
    base.update(dict(zip(options[::2], options[1::2], strict=True)))
    args = [part for item in base.items() for part in item]

    result = cli.fails(EXIT_BAD_INPUT, "customer", "add", *args, "--json")

    assert f"{field}:" in result.stderr
    assert result.stdout == ""
    assert customers_in(cli) == 0
    assert cli.audit_actions("customer") == []


def test_add_lists_every_problem_at_once(cli: Cli) -> None:
    result = cli.fails(
        EXIT_BAD_INPUT, "customer", "add", "--name", "Ada", "--email", "nope", "--phone", "abc"
    )
    assert "email:" in result.stderr
    assert "phone:" in result.stderr
    assert customers_in(cli) == 0


def test_duplicate_email_exits_4_until_allowed(cli: Cli, ada: str) -> None:
    add = ["customer", "add", "--name", "A. Lovelace", "--email", "ADA@example.com"]

    result = cli.fails(EXIT_DUPLICATE, *add)
    assert ada in result.stderr  # names who has the address
    assert "--allow-duplicate" in result.stderr
    assert customers_in(cli) == 1

    second = cli.json(*add, "--allow-duplicate")
    assert second["code"] != ada
    assert second["email"] == "ADA@example.com"
    assert customers_in(cli) == 2
    assert cli.audit_actions("customer") == ["customer.register", "customer.register"]


# ------------------------------------------------------------------------------------ show


def test_show_json_is_the_customer_card(cli: Cli, ada: str) -> None:
    card = cli.json("customer", "show", ada)
    assert card["code"] == ada
    assert card["name"] == "Ada Lovelace"
    assert card["email"] == "ada@example.com"
    assert card["bill_count"] == 0
    assert card["total_billed"] == {}
    assert card["last_invoices"] == []


def test_show_text(cli: Cli, ada: str) -> None:
    text = cli.ok("customer", "show", ada).stdout
    assert ada in text
    assert "Ada Lovelace" in text
    assert "ada@example.com" in text


def test_show_accepts_the_code_as_people_type_it(cli: Cli, ada: str) -> None:
    grouped = f"{ada[:4].lower()}-{ada[4:].lower()}"  # as printed for reading aloud, lower case
    assert cli.json("customer", "show", f"  {grouped} ")["code"] == ada


def test_show_refuses_a_mistyped_code(cli: Cli, ada: str) -> None:
    result = cli.fails(EXIT_BAD_INPUT, "customer", "show", mistype(ada), "--json")
    assert "mistyped" in result.stderr
    assert result.stdout == ""

    last = "0" if ada[-1] != "0" else "1"  # one wrong character
    result = cli.fails(EXIT_BAD_INPUT, "customer", "show", ada[:-1] + last)
    assert "mistyped" in result.stderr


def test_show_refuses_an_unknown_but_valid_code(cli: Cli, ada: str) -> None:
    other = unknown_code(ada)
    result = cli.fails(EXIT_BAD_INPUT, "customer", "show", other)
    assert "no customer" in result.stderr
    assert other in result.stderr


@pytest.mark.parametrize("text", ["", "ABC", "7KX2M9PA1", "7KX2M9P!", "ÄÖÜ12345"])
def test_show_refuses_text_that_is_no_code(cli: Cli, text: str) -> None:
    result = cli.fails(EXIT_BAD_INPUT, "customer", "show", text)
    assert "customer code" in result.stderr


# ----------------------------------------------------------------------------- search/edit


def test_search_json(cli: Cli, ada: str) -> None:
    cli.register("Grace Hopper", "grace@example.org")
    assert [c["code"] for c in cli.json("customer", "search", "lovelace")] == [ada]
    assert [c["name"] for c in cli.json("customer", "search", "example")] == [
        "Grace Hopper",  # newest first
        "Ada Lovelace",
    ]
    assert cli.json("customer", "search", "nobody-here") == []
    assert "No customer" in cli.ok("customer", "search", "nobody-here").stdout


def test_edit_changes_only_the_given_fields(cli: Cli, ada: str) -> None:
    edited = cli.json("customer", "edit", ada, "--city", "London", "--phone", "+44 20 7946 0958")
    assert edited["city"] == "London"
    assert edited["phone"] == "+442079460958"
    assert edited["email"] == "ada@example.com"
    assert edited["version"] == 2
    events = cli.json("audit", "list", "--action", "customer.edit")
    assert [(e["entity"], e["actor"]) for e in events] == [(ada, ADMIN)]


def test_edit_refuses_bad_input(cli: Cli, ada: str) -> None:
    nothing = cli.invoke("customer", "edit", ada)
    assert nothing.exit_code == EXIT_BAD_INPUT, describe(nothing)
    assert "phone:" in cli.fails(EXIT_BAD_INPUT, "customer", "edit", ada, "--phone", "abc").stderr
    mistyped = cli.fails(EXIT_BAD_INPUT, "customer", "edit", mistype(ada), "--city", "Paris")
    assert "mistyped" in mistyped.stderr
    assert cli.json("customer", "show", ada)["version"] == 1


def test_edit_to_a_known_email_exits_4_until_allowed(cli: Cli, ada: str) -> None:
    grace = cli.register("Grace Hopper", "grace@example.org")["code"]
    cli.fails(EXIT_DUPLICATE, "customer", "edit", grace, "--email", "Ada@Example.com")
    edited = cli.json("customer", "edit", grace, "--email", "Ada@Example.com", "--allow-duplicate")
    assert edited["email"] == "Ada@example.com"


# -------------------------------------------------------------------------------------- qr


def test_qr_writes_a_png_that_decodes_to_the_code(cli: Cli, ada: str, tmp_path: Path) -> None:
    out = tmp_path / "badges" / "x.png"
    result = cli.ok("customer", "qr", ada, "--out", str(out))
    assert str(out) in result.stdout

    assert out.read_bytes().startswith(PNG_SIGNATURE)
    with Image.open(out) as image:
        assert image.format == "PNG"
        found = zxingcpp.read_barcodes(image)
    assert [(b.format, b.text) for b in found] == [(zxingcpp.BarcodeFormat.QRCode, ada)]


def test_qr_of_a_typed_code_holds_the_normalised_code(cli: Cli, ada: str, tmp_path: Path) -> None:
    out = tmp_path / "typed.png"
    cli.ok("customer", "qr", f"{ada[:4]}-{ada[4:]}".lower(), "--out", str(out))
    with Image.open(out) as image:
        assert [b.text for b in zxingcpp.read_barcodes(image)] == [ada]


def test_qr_refuses_a_mistyped_code_and_writes_nothing(cli: Cli, ada: str, tmp_path: Path) -> None:
    out = tmp_path / "wrong.png"
    result = cli.fails(EXIT_BAD_INPUT, "customer", "qr", mistype(ada), "--out", str(out))
    assert "mistyped" in result.stderr
    assert not out.exists()


def test_add_with_qr_writes_the_png_too(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "new.png"
    code = cli.register(options=["--qr", str(out)])["code"]
    with Image.open(out) as image:
        assert [b.text for b in zxingcpp.read_barcodes(image)] == [code]
