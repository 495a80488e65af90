"""``customers import|export`` and ``invoices export`` as a script uses them."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import load_workbook

from tests.support.cli import EXIT_BAD_INPUT, Cli

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "crm-export-messy.csv"


def test_a_messy_crm_export_imports_with_a_report_and_a_rejects_file(
    cli: Cli, tmp_path: Path
) -> None:
    rejects = tmp_path / "rejects.csv"
    dry = cli.json("customers", "import", str(FIXTURE), "--dry-run", "--json")
    report = cli.json("customers", "import", str(FIXTURE), "--rejects", str(rejects), "--json")
    for result in (dry, report):
        assert {k: result[k] for k in ("rows", "created", "updated", "unchanged", "rejected")} == {
            "rows": 8,
            "created": 5,
            "updated": 0,
            "unchanged": 1,  # K-001 twice: the second row matches the first
            "rejected": 2,
        }
        assert result["reasons"] == {"invalid email": 1, "name missing": 1}
    assert dry["dry_run"] and (dry["encoding"], dry["delimiter"]) == ("cp1252", ";")
    assert report["warnings"]["extra cells ignored"] == 1
    assert report["per_country"] == {"BR": 1, "DE": 1, "FR": 1, "JP": 1, "SE": 1}
    assert report["matched_by"] == {"external id": 1}
    assert [(r["row"], r["field"]) for r in report["rejected_rows"]] == [
        (7, "name"),
        (8, "email"),
    ]  # file lines
    with rejects.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert [r[0] for r in rows[1:]] == ["K-004", "K-005"]
    # The original cell, for fixing, made safe to open: the import takes the apostrophe off.
    assert rows[2][3] == '\'=HYPERLINK("http://x"'
    again = cli.json("customers", "import", str(FIXTURE), "--json")
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 6)

    text = cli.ok("customers", "import", str(FIXTURE), "--dry-run").stdout
    assert "rows 8: created 0, updated 0, unchanged 6, rejected 2" in text
    assert "invalid email" in text


def test_a_mapping_file_and_the_on_duplicate_choice(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Who\tReach\nAnna\tanna@example.org\nAnna\tanna@example.org\n")
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"Who": "name", "Reach": "email"}))
    cli.fails(EXIT_BAD_INPUT, "customers", "import", str(source))  # no column for the name
    report = cli.json(
        "customers", "import", str(source), "--mapping", str(mapping),
        "--on-duplicate", "create", "--json",
    )  # fmt: skip
    assert report["created"] == 2
    mapping.write_text(json.dumps({"Who": "nam"}))
    bad = cli.fails(EXIT_BAD_INPUT, "customers", "import", str(source), "--mapping", str(mapping))
    assert "'nam' is not one of" in bad.stderr


def test_exports_neutralise_formula_cells(cli: Cli, tmp_path: Path) -> None:
    cli.register(name="@Ann Evil", email="evil@example.org")  # a name a visitor typed
    cli.register(name="Plain Person", email="plain@example.org")
    cli.ok("invoice", "create", "--line", "Mug|1|9.00|19", "--pay", "cash:9")
    out_csv = tmp_path / "customers.csv"
    cli.ok("customers", "export", str(out_csv))
    with out_csv.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert {r["name"] for r in rows} >= {"'@Ann Evil", "Plain Person"}
    out_xlsx = tmp_path / "invoices.xlsx"
    assert "1 invoices" in cli.ok("invoices", "export", str(out_xlsx)).stdout
    sheet = load_workbook(out_xlsx, read_only=True).worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0][:3] == ["number", "status", "issued_at"]
    assert values[1][1] == "issued" and values[1][6] == "9.00"
