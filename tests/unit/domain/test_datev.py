"""DATEV Buchungsstapel lines: positions, decimal comma, quoting, the header's own checks."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest

from pos_desktop.domain.datev import COLUMNS, DatevHeader, buchungsstapel
from pos_desktop.domain.errors import ValidationError
from pos_desktop.domain.journal import Booking, BookingKind

HEADER = DatevHeader(
    created=datetime(2026, 5, 31, 18, 5, 7, 250_000),
    consultant=1001,
    client=1,
    fiscal_year_start=date(2025, 7, 1),
    account_length=4,
    first_day=date(2026, 5, 1),
    last_day=date(2026, 5, 31),
    label='Booth POS "EXPO26" at the fair in Köln',
    currency="EUR",
)


def test_a_booking_fills_its_columns_and_leaves_the_rest_empty() -> None:
    sale = Booking(
        date(2026, 5, 4),
        "EXPO26-T1-000001 x",
        BookingKind.CREDIT_NOTE,
        "1410",
        "8300",
        Decimal("1234.5"),
        "EUR",
        vat_rate=Decimal("7.00"),
        net=Decimal("1153.74"),
        vat=Decimal("80.76"),
    )
    header, columns, line, end = buchungsstapel(HEADER, [sale]).split("\r\n")
    assert end == ""
    assert header.startswith('"EXTF";700;21;"Buchungsstapel";13;20260531180507250;;"RE";')
    assert ";1001;1;20250701;4;20260501;20260531;" in header
    assert '"Booth POS ""EXPO26"" at the fair";' in header  # 30 characters, quotes doubled
    assert columns.split(";")[:3] == [
        "Umsatz (ohne Soll/Haben-Kz)",
        "Soll/Haben-Kennzeichen",
        "WKZ Umsatz",
    ]
    cells = line.split(";")
    assert len(cells) == len(COLUMNS) == 125
    filled = {COLUMNS[n]: cell for n, cell in enumerate(cells) if cell}
    assert filled == {
        "Umsatz (ohne Soll/Haben-Kz)": "1234,50",
        "Soll/Haben-Kennzeichen": '"H"',
        "WKZ Umsatz": '"EUR"',
        "Konto": "1410",
        "Gegenkonto (ohne BU-Schlüssel)": "8300",
        "Belegdatum": "0405",
        "Belegfeld 1": '"EXPO26-T1-000001x"',  # only the characters DATEV allows there
        "Buchungstext": '"Credit note 7%"',
    }
    assert next(csv.reader([line], delimiter=";"))[1] == "H"


def test_the_header_is_refused_before_anything_is_written() -> None:
    with pytest.raises(ValidationError) as unset:
        buchungsstapel(replace(HEADER, consultant=0), [])
    assert unset.value.fields == ["accounting.datev_consultant"]
    with pytest.raises(ValidationError) as client:
        buchungsstapel(replace(HEADER, client=100_000), [])
    assert client.value.fields == ["accounting.datev_client"]
    with pytest.raises(ValidationError, match="fiscal year starting 2026-07-01"):
        buchungsstapel(replace(HEADER, last_day=date(2026, 7, 1)), [])
