"""The accounting export: the journal (CSV) and the DATEV Buchungsstapel add up to the sales
report of the same period, with the accounts of the settings, in the format DATEV imports."""

from __future__ import annotations

import csv
import io
import re
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pos_desktop.bootstrap import Services
from pos_desktop.domain.customer import CustomerInput
from pos_desktop.domain.datev import COLUMNS
from pos_desktop.domain.errors import PermissionDenied, ValidationError
from pos_desktop.domain.invoice import LineInput, PaymentInput, PaymentMethod
from pos_desktop.domain.spreadsheet_cells import FORMULA_STARTS
from pos_desktop.services.journal import CSV_COLUMNS, JournalFormat
from pos_desktop.services.refunds import RefundLine
from pos_desktop.services.sales import SaleInput
from tests.conftest import Staff
from tests.support.cli import EXIT_BAD_INPUT, Cli
from tests.support.clock import FakeClock

D = Decimal
BERLIN = ZoneInfo("Europe/Berlin")
BOOK = LineInput("Book", D(2), D("12.50"), D(7))
WORKSHOP = LineInput("Workshop", D(1), D("119.00"), D(19))


def a_day(services: Services, staff: Staff, clock: FakeClock) -> str:
    """Books and a workshop paid cash and card, one book refunded by card, a sale voided."""
    customer = services.customers.register(
        staff.cashier, CustomerInput(name="Ada Lovelace", email="ada@example.org")
    )
    sold = services.billing.create_invoice(
        staff.cashier,
        SaleInput(
            [BOOK, WORKSHOP],
            customer.code,
            [
                PaymentInput(PaymentMethod.CARD, D("100.00"), reference="A1"),
                PaymentInput(PaymentMethod.CASH, D("44.00")),
            ],
        ),
    )
    wrong = services.billing.create_invoice(
        staff.cashier, SaleInput([WORKSHOP], None, [PaymentInput(PaymentMethod.CASH, D(119))])
    )
    assert sold.number is not None and wrong.number is not None
    clock.advance(hours=1)
    services.billing.void(staff.manager, wrong.number, reason="wrong till")
    services.refunds.refund(
        staff.manager, sold.number, [RefundLine(1, D(1))], method="card", reason="one back"
    )
    services.settings.accounting.datev_consultant = 29098
    services.settings.accounting.datev_client = 55003
    return sold.number


def test_the_datev_file_adds_up_to_the_sales_report(
    services: Services, staff: Staff, clock: FakeClock, tmp_path: Path
) -> None:
    a_day(services, staff, clock)
    today = clock.now().astimezone(BERLIN).date()
    target = tmp_path / "EXTF_Buchungsstapel.csv"
    services.journal.export(
        staff.manager, target, today, today, BERLIN, file_format=JournalFormat.DATEV
    )
    raw = target.read_bytes()
    assert "Schlüssel".encode("cp1252") in raw  # Windows-1252, as DATEV reads it
    text = raw.decode("cp1252")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    header, columns, *bookings = text.removesuffix("\r\n").split("\r\n")

    head = header.split(";")
    assert len(head) == 31
    assert head[0] == '"EXTF"' and re.fullmatch(r"\d{17}", head[5])
    assert head[1:5] == ["700", "21", '"Buchungsstapel"', "13"]
    assert head[10:16] == [
        "29098",
        "55003",
        f"{today.year}0101",
        "4",
        today.strftime("%Y%m%d"),
        today.strftime("%Y%m%d"),
    ]
    assert (head[21], head[26]) == ('"EUR"', '"03"')
    assert columns.split(";") == list(COLUMNS) and len(COLUMNS) == 125

    report = services.reports.sales(staff.manager, today, today, BERLIN)
    revenue = {"8400": D(19), "8300": D(7)}
    money = {"1000": "cash", "1360": "card"}
    by_rate: dict[Decimal, Decimal] = {}
    by_method: dict[str, Decimal] = {}
    for line in bookings:
        cells = next(csv.reader([line], delimiter=";"))
        assert len(cells) == 125
        assert not any(cell.startswith(FORMULA_STARTS) for cell in cells)
        amount, side, currency = cells[0], cells[1], cells[2]
        account, contra, when, document = cells[6], cells[7], cells[9], cells[10]
        assert re.fullmatch(r"\d+,\d\d", amount), amount  # decimal comma, no sign
        assert (side in {"S", "H"}, currency, when) == (True, "EUR", today.strftime("%d%m"))
        assert re.fullmatch(r"EXPO24-T1(CN)?-\d{6}", document)
        signed = D(amount.replace(",", ".")) * (1 if side == "S" else -1)
        if contra in revenue:
            assert account == "1410"
            by_rate[revenue[contra]] = by_rate.get(revenue[contra], D(0)) + signed
        else:
            assert contra == "1410"
            by_method[money[account]] = by_method.get(money[account], D(0)) + signed
    assert by_rate == {rate: a.gross for rate, a in report.by_vat_rate}
    assert by_rate == {D(7): D("12.50"), D(19): D("119.00")}
    assert by_method == {m: amount for m, _n, amount in report.by_payment_method}
    assert sum(by_rate.values()) == report.totals.gross
    entry = services.audit.entries(staff.admin, action="journal.export")[0]
    assert entry.after is not None and entry.after["format"] == "datev"


def test_the_csv_journal_has_one_booking_per_document_and_rate(
    services: Services, staff: Staff, clock: FakeClock, tmp_path: Path
) -> None:
    number = a_day(services, staff, clock)
    today = clock.now().astimezone(BERLIN).date()
    target = tmp_path / "journal.csv"
    journal = services.journal.export(staff.manager, target, today, today, BERLIN)
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == len(journal.bookings) == 10
    sale = [
        (r["kind"], r["vat_rate"], r["side"], r["amount"]) for r in rows if r["document"] == number
    ]
    assert sale == [
        ("sale", "7", "S", "25.00"),
        ("sale", "19", "S", "119.00"),
        ("payment", "", "S", "100.00"),
        ("payment", "", "S", "44.00"),
    ]
    kinds = sorted(r["kind"] for r in rows)
    assert kinds.count("void") == kinds.count("void_payment") == 1
    assert kinds.count("credit_note") == kinds.count("refund_payment") == 1
    report = services.reports.sales(staff.manager, today, today, BERLIN)
    for rate, amounts in report.by_vat_rate:
        booked = [r for r in rows if r["vat_rate"] and D(r["vat_rate"]) == rate]
        for column, expected in (
            ("net", amounts.net),
            ("vat", amounts.vat),
            ("amount", amounts.gross),
        ):
            signed = sum(D(r[column]) * (1 if r["side"] == "S" else -1) for r in booked)
            assert signed == expected, (rate, column)
    assert all(not D(r["amount"]).is_signed() for r in rows)


def test_what_the_export_refuses(
    services: Services, staff: Staff, clock: FakeClock, tmp_path: Path
) -> None:
    a_day(services, staff, clock)
    today = clock.now().astimezone(BERLIN).date()
    target = tmp_path / "out.csv"
    with pytest.raises(PermissionDenied):
        services.journal.export(staff.cashier, target, today, today, BERLIN)
    services.settings.accounting.datev_consultant = 0
    with pytest.raises(ValidationError, match="Beraternummer") as unset:
        services.journal.export(
            staff.manager, target, today, today, BERLIN, file_format=JournalFormat.DATEV
        )
    assert unset.value.fields == ["accounting.datev_consultant"]
    services.settings.accounting.datev_consultant = 29098
    year_end = today.replace(month=12, day=31)
    with pytest.raises(ValidationError, match="fiscal year"):
        services.journal.export(
            staff.manager,
            target,
            year_end,
            year_end + timedelta(days=1),
            BERLIN,
            file_format=JournalFormat.DATEV,
        )
    services.billing.create_invoice(
        staff.cashier, SaleInput([LineInput("Tea", D(1), D(4), D("10.7"))])
    )
    with pytest.raises(ValidationError, match=r"VAT rate 10\.7%") as missing:
        services.journal.export(staff.manager, target, today, today, BERLIN)
    assert missing.value.fields == ["accounting.revenue_accounts"]
    assert not target.exists()  # nothing half written


def test_export_journal_command(cli: Cli, tmp_path: Path) -> None:
    cli.ok("invoice", "create", "--line", "Poster|2|12.50|19", "--pay", "cash:25")
    out = tmp_path / "journal.csv"
    result = cli.ok("export", "journal", "--format", "csv", "--out", str(out))
    assert "2 bookings" in result.stdout and "25.00" in result.stdout
    assert [r["kind"] for r in csv.DictReader(io.StringIO(out.read_text("utf-8")))] == [
        "sale",
        "payment",
    ]
    failed = cli.fails(EXIT_BAD_INPUT, "export", "journal", "--format", "datev", "--out", str(out))
    assert "accounting.datev_consultant" in failed.stderr
    cli.env.update({"POS_ACCOUNTING_DATEV_CONSULTANT": "1001", "POS_ACCOUNTING_DATEV_CLIENT": "7"})
    datev = tmp_path / "EXTF.csv"
    cli.ok("export", "journal", "--format", "datev", "--out", str(datev))
    assert datev.read_bytes().startswith(b'"EXTF";700;21;"Buchungsstapel";13;')
