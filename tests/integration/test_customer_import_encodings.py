"""Importing customers from Shift-JIS, GB18030, Windows-1252, UTF-16 and mixed files, on both
databases: each customer gets the right name, or the report warns about that very row (in the
dry run, before anything is saved)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from pos_desktop.bootstrap import Services
from pos_desktop.services.customer_import import ENCODING_WARNING, ImportOptions
from pos_desktop.services.import_report import ImportReport
from pos_desktop.storage.models import Customer
from tests.conftest import Staff
from tests.support.cli import Cli

HEADER = "Name,Email,Company\n"
YAMADA = "山田太郎,taro@example.jp,株式会社テスト\n"
WANG = "王小明,wang@example.cn,北京科技有限公司\n"
JURGEN = "Jürgen Müller,j@example.de,Müller & Söhne\n"
ZOE = "Zoë Lefèvre,z@example.fr,Café Crème\n"


def names(services: Services) -> dict[str | None, str]:
    """Email -> name of every stored customer."""
    with services.db.reader() as uow:
        rows = uow.session.execute(select(Customer.email, Customer.name)).all()
        return {row.email: row.name for row in rows}


def warned_rows(report: ImportReport) -> set[int]:
    return {n.row for n in report.warning_rows if n.field == "row"}


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("shift_jis", HEADER + YAMADA + "佐藤花子,hanako@example.jp,東京商事\n"),
        ("gb18030", HEADER + WANG + "李华,li@example.cn,上海贸易有限公司\n" + YAMADA),
        ("cp1252", HEADER + JURGEN + ZOE),
        ("utf-16", HEADER + JURGEN + YAMADA + WANG),
    ],
)
def test_each_name_is_right_or_its_row_is_warned_about(
    services: Services, staff: Staff, tmp_path: Path, encoding: str, text: str
) -> None:
    source = tmp_path / f"{encoding}.csv"
    source.write_bytes(text.encode(encoding))
    dry = services.customer_import.run(staff.manager, source, ImportOptions(dry_run=True))
    report = services.customer_import.run(staff.manager, source, ImportOptions())
    assert warned_rows(dry) == warned_rows(report)  # the dry run told before saving
    stored = names(services)
    expected = [line.split(",") for line in text.splitlines()[1:]]
    assert len(stored) == len(expected)
    for row, (name, email, _company) in enumerate(expected, start=2):
        assert stored[email] == name or row in warned_rows(report), f"row {row}: {stored[email]}"


def test_a_mixed_file_gets_every_name_right_and_names_the_odd_row(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = tmp_path / "mixed.csv"
    source.write_bytes(HEADER.encode() + JURGEN.encode() + YAMADA.encode() + ZOE.encode("latin-1"))
    report = services.customer_import.run(staff.manager, source, ImportOptions())
    assert report.encoding == "utf-8+cp1252"
    assert report.encoding_note is not None
    assert "mixed encodings" in report.encoding_note
    assert names(services) == {
        "j@example.de": "Jürgen Müller",
        "taro@example.jp": "山田太郎",
        "z@example.fr": "Zoë Lefèvre",
    }
    assert report.warnings[ENCODING_WARNING] == 1
    assert warned_rows(report) == {4}
    assert report.as_json()["warning_rows"] == [
        {
            "row": 4,
            "field": "row",
            "reason": "read as Windows-1252, while most rows are UTF-8:"
            " check its accents and names",
        }
    ]


def test_a_short_guess_warns_every_row_and_a_named_encoding_fixes_it(
    services: Services, staff: Staff, tmp_path: Path
) -> None:
    source = tmp_path / "short.csv"
    source.write_bytes((HEADER + "王小明,wang@example.cn,x\n").encode("gb18030"))
    guessed = services.customer_import.run(staff.manager, source, ImportOptions(dry_run=True))
    assert guessed.encoding_note is not None
    assert warned_rows(guessed) == {2}
    named = services.customer_import.run(staff.manager, source, ImportOptions(encoding="gb18030"))
    assert (named.encoding, named.encoding_note, warned_rows(named)) == ("gb18030", None, set())
    assert names(services) == {"wang@example.cn": "王小明"}


def test_the_cli_warns_and_takes_an_encoding(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "short.csv"
    source.write_bytes((HEADER + "王小明,wang@example.cn,x\n").encode("gb18030"))
    dry = cli.ok("customers", "import", str(source), "--dry-run").stdout
    assert "Encoding: the encoding is a guess" in dry
    assert "read as" in dry  # the row to check, with its number
    report = cli.json("customers", "import", str(source), "--encoding", "gb18030", "--json")
    assert (report["created"], report["encoding"], report["encoding_note"]) == (1, "gb18030", None)
    assert cli.json("customer", "search", "王小明", "--json")[0]["name"] == "王小明"
    bad = cli.fails(2, "customers", "import", str(source), "--encoding", "klingon")
    assert "encoding: 'klingon' is not a text encoding" in bad.stderr
