"""``report sales``: what the accountant's script reads, on both backends."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from tests.support.cli import EXIT_BAD_INPUT, Cli
from tests.support.paper import figures
from tests.support.pdf_reading import page_texts


def test_todays_sales_as_json_csv_and_text(cli: Cli, ada: str) -> None:
    cli.ok(
        "invoice", "create", "--customer", ada, "--line", "Poster|2|12.50|19", "--pay", "cash:25"
    )
    cli.ok("invoice", "create", "--line", "Mug|1|9.00|19", "--pay", "card:9:AUTH7")

    report = cli.json("report", "sales")

    assert report["totals"] == {"count": 2, "net": "28.57", "vat": "5.43", "gross": "34.00"}
    assert report["payment_methods"] == [
        {"method": "card", "count": 1, "amount": "9.00"},
        {"method": "cash", "count": 1, "amount": "25.00"},
    ]
    assert [r["rate"] for r in report["vat_rates"]] == ["19"]
    assert report["voided"] == {"count": 0, "gross": "0.00"}
    assert report["unpaid"] == "0.00"
    rows = list(csv.reader(io.StringIO(cli.ok("report", "sales", "--csv").stdout)))
    assert ["Total", "2", "28.57", "5.43", "34.00"] in rows
    assert "34.00" in cli.ok("report", "sales").stdout


def test_a_backwards_period_is_bad_input(cli: Cli) -> None:
    today = dt.date.today()
    later = (today + dt.timedelta(days=1)).isoformat()
    result = cli.fails(EXIT_BAD_INPUT, "report", "sales", "--from", later, "--to", str(today))
    assert "before the first day" in result.stderr


def test_a_refund_shows_in_the_report_and_its_pdf(cli: Cli, tmp_path: Path) -> None:
    sold = cli.sell(None, "Book|2|12.50|7", pays=["cash:25"])
    cli.ok(
        "invoice",
        "refund",
        sold["number"],
        "--line",
        "1:1",
        "--method",
        "cash",
        "--reason",
        "one back",
    )

    report = cli.json("report", "sales")
    assert report["vat_rates"] == [
        {"rate": "7", "count": 1, "net": "11.68", "vat": "0.82", "gross": "12.50"}
    ]
    assert (report["issued"], report["refunded"]) == (
        {"count": 1, "gross": "25.00"},
        {"count": 1, "gross": "12.50"},
    )
    assert report["payment_methods"] == [{"method": "cash", "count": 1, "amount": "12.50"}]
    pdf = tmp_path / "sales.pdf"
    assert "written to" in cli.ok("report", "sales", "--pdf", str(pdf), "--paper", "Letter").stdout
    text = "\n".join(page_texts(pdf.read_bytes()))
    assert "SALES REPORT" in text
    assert figures(text, "Refunds (1)") == ["-12.50"]
    assert figures(text, "Gross") == ["12.50"]
    assert figures(text, "7%") == ["1", "11.68", "0.82", "12.50"]
