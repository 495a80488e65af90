"""``product import|export``: CSV in and out, created/updated/unchanged/rejected adding up."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import EXIT_BAD_INPUT, Cli

# A spreadsheet saved by a German Excel: semicolons, Windows-1252 (the ü), a header with a space.
MESSY = (
    "SKU;Barcode;Name;Category;Price;VAT;Track Stock;Low Stock At\r\n"
    "MUG;4006381333931;Booth mug;Merch;11.00;19;yes;5\r\n"  # price changed
    "PEN;;Pen;Merch;1.50;19;no;\r\n"  # exactly as it is
    "CAT;;Katalog für Händler;Books;12.50;7;yes;3\r\n"  # new
    "BAD;;Broken;;twelve;19;no;\r\n"  # bad price
    "NEW2;4006381333931;Clash;;1;19;no;\r\n"  # MUG's barcode
    "CAT;;Again;Books;1;7;no;\r\n"  # SKU twice
    "TSH;;T-shirt;Merch;15;19;maybe;\r\n"  # track stock neither yes nor no
)


def _catalogue(cli: Cli) -> None:
    cli.ok("product", "add", "--sku", "MUG", "--name", "Booth mug", "--price", "9.50",
           "--vat", "19", "--barcode", "4006381333931", "--category", "Merch",
           "--track-stock", "--low-stock-at", "5")  # fmt: skip
    cli.ok("product", "add", "--sku", "PEN", "--name", "Pen", "--price", "1.50", "--vat", "19",
           "--category", "Merch")  # fmt: skip


def _prices(cli: Cli) -> dict[str, str]:
    return {p["sku"]: p["price"] for p in cli.json("product", "list")}


def test_import_dry_run_then_real_and_export_round_trip(cli: Cli, tmp_path: Path) -> None:
    _catalogue(cli)
    source = tmp_path / "products.csv"
    source.write_bytes(MESSY.encode("cp1252"))

    dry = cli.json("product", "import", str(source), "--dry-run", "--json")
    assert (dry["rows"], dry["created"], dry["updated"], dry["unchanged"]) == (7, 1, 1, 1)
    assert dry["rows"] == dry["created"] + dry["updated"] + dry["unchanged"] + len(dry["rejected"])
    reasons = {r["row"]: r["reason"] for r in dry["rejected"]}
    assert set(reasons) == {5, 6, 7, 8}
    assert "price" in reasons[5]
    assert "MUG" in reasons[6]  # the barcode's owner is named
    assert "row 4" in reasons[7]
    assert "yes or no" in reasons[8]
    assert _prices(cli) == {"MUG": "9.50", "PEN": "1.50"}  # a dry run changes nothing

    real = cli.json("product", "import", str(source), "--json")
    assert {k: v for k, v in real.items() if k != "dry_run"} == {
        k: v for k, v in dry.items() if k != "dry_run"
    }
    products = {p["sku"]: p for p in cli.json("product", "list")}
    assert _prices(cli) == {"MUG": "11.00", "PEN": "1.50", "CAT": "12.50"}
    assert products["CAT"]["name"] == "Katalog für Händler"
    assert (products["CAT"]["track_stock"], products["CAT"]["low_stock_at"]) == (True, "3")
    assert products["CAT"]["vat_rate"] == "7"
    events = cli.json("audit", "list", "--action", "product", "--json")
    summaries = [e["summary"] for e in events]
    assert any("1 created, 1 updated, 1 unchanged, 4 rejected" in s for s in summaries)
    assert any("MUG changed by import: price" in s for s in summaries)

    out = tmp_path / "export.csv"
    cli.ok("product", "export", str(out))
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert text[0] == "sku,barcode,name,category,price,vat,track_stock,low_stock_at,barcodes"
    assert text[1] == "CAT,,Katalog für Händler,Books,12.50,7,yes,3,"
    assert text[2] == "MUG,4006381333931,Booth mug,Merch,11.00,19,yes,5,4006381333931"
    again = cli.json("product", "import", str(out), "--json")
    assert (again["unchanged"], again["created"], again["updated"], again["rejected"]) == (
        3, 0, 0, [],
    )  # fmt: skip


def test_import_without_required_columns_is_refused(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "p.csv"
    source.write_text("sku,name\nMUG,Mug\n", encoding="utf-8")
    result = cli.fails(EXIT_BAD_INPUT, "product", "import", str(source))
    assert "missing: price, vat" in result.stderr
    assert cli.json("product", "list") == []


def test_several_barcodes_go_in_by_option_and_file_and_come_out_again(
    cli: Cli, tmp_path: Path
) -> None:
    cli.ok("product", "add", "--sku", "MUG", "--name", "Booth mug", "--price", "9.50",
           "--vat", "19", "--barcode", "4006381333931", "--barcode", "96385074")  # fmt: skip
    [mug] = cli.json("product", "list")
    assert (mug["barcode"], mug["barcodes"]) == ("4006381333931", ["4006381333931", "96385074"])
    assert "4006381333931 96385074" in cli.ok("product", "list").stdout
    clash = cli.fails(1, "product", "add", "--sku", "CAP", "--name", "Cap", "--price", "5",
                      "--vat", "19", "--barcode", "12345670", "--barcode", "96385074")  # fmt: skip
    assert "barcode 96385074 is already used by MUG (Booth mug)" in clash.stderr
    assert [p["sku"] for p in cli.json("product", "list")] == ["MUG"]

    source = tmp_path / "barcodes.csv"
    source.write_text(
        "sku,name,price,vat,barcodes\n"
        "MUG,Booth mug,9.50,19,96385074|4006381333931|40170725\n"  # reordered, one more
        "CAP,Cap,5,19,12345670 96385074\n"  # the second is MUG's
        "PEN,Pen,1.50,19,12345670\n",
        encoding="utf-8",
    )
    report = cli.json("product", "import", str(source), "--json")
    assert (report["created"], report["updated"]) == (1, 1)
    [rejected] = report["rejected"]
    assert (rejected["sku"], rejected["row"]) == ("CAP", 3)
    assert "96385074 is already used by MUG" in rejected["reason"]
    products = {p["sku"]: p["barcodes"] for p in cli.json("product", "list")}
    assert products == {"MUG": ["96385074", "4006381333931", "40170725"], "PEN": ["12345670"]}

    out = tmp_path / "export.csv"
    cli.ok("product", "export", str(out))
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[1] == "MUG,96385074,Booth mug,,9.50,19,no,,96385074|4006381333931|40170725"
    again = cli.json("product", "import", str(out), "--json")
    assert (again["unchanged"], again["rejected"]) == (2, [])

    old_style = tmp_path / "old.csv"  # one column `barcode`, as files were before
    old_style.write_text("sku,barcode,name,price,vat\nPEN,,Pen,1.50,19\n", encoding="utf-8")
    assert cli.json("product", "import", str(old_style), "--json")["updated"] == 1
    assert {p["sku"]: p["barcodes"] for p in cli.json("product", "list")}["PEN"] == []


def test_a_mixed_encoding_file_names_the_rows_to_check(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "pasted.csv"
    source.write_bytes(
        b"SKU,Name,Price,VAT\n"
        + "KAT,Katalog für Händler,12.50,7\n".encode()
        + "TEE,Tee-Kräuter,3.00,7\n".encode()
        + "MUG,Becher groß,9.00,19\n".encode("cp1252")
    )
    dry = cli.json("product", "import", str(source), "--dry-run", "--json")
    assert dry["created"] == 3
    assert "mixed encodings" in dry["encoding_note"]
    assert [c["row"] for c in dry["to_check"]] == [4]
    text = cli.ok("product", "import", str(source)).stdout
    assert "Encoding: mixed encodings" in text
    names = {p["sku"]: p["name"] for p in cli.json("product", "list")}
    assert names == {"KAT": "Katalog für Händler", "TEE": "Tee-Kräuter", "MUG": "Becher groß"}
