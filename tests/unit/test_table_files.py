"""Reading messy spreadsheets: encodings, delimiters, BOM, quoted newlines, ragged rows, XLSX,
and random bytes that must never crash the importer's reading and row rules."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from pos_desktop.adapters.table_files import TableFile, UnreadableRow
from pos_desktop.domain.import_mapping import auto_mapping
from pos_desktop.domain.import_row import ImportedCustomer, RejectedRow, RowReader
from pos_desktop.domain.import_values import normalize_website
from pos_desktop.domain.spreadsheet_cells import neutralise

TEXT = "Name;E-Mail;Land\nJürgen Müller;j@example.de;Österreich\nZoë;z@example.fr;France\n"


def rows_of(path: Path) -> list[tuple[int, list[str] | UnreadableRow]]:
    return list(TableFile(path).rows())


@pytest.mark.parametrize(
    ("encoding", "data_prefix", "detected"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
        ("cp1252", b"", "cp1252"),
        ("utf-16", b"", "utf-16"),
    ],
)
def test_encodings_are_detected_and_accents_survive(
    tmp_path: Path, encoding: str, data_prefix: bytes, detected: str
) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(data_prefix + TEXT.encode(encoding))
    table = TableFile(path)
    assert table.info.encoding == detected
    assert table.info.headers == ("Name", "E-Mail", "Land")
    assert next(cells for _n, cells in table.rows()) == [
        "Jürgen Müller",
        "j@example.de",
        "Österreich",
    ]


def test_latin1_only_when_a_byte_is_undefined_in_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes("Name\nRené\n".encode("latin-1") + b"x\x81y\n")
    assert TableFile(path).info.encoding == "latin-1"


def test_a_late_non_utf8_byte_decides_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes(b"Name\n" + b"plain\n" * 300_000 + "Müller\n".encode("cp1252"))
    table = TableFile(path)
    assert table.info.encoding == "cp1252"
    assert list(table.rows())[-1][1] == ["Müller"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "f.csv"
    path.write_text(f"Name{delimiter}Email{delimiter}City\nA-B{delimiter}a@x.org{delimiter}Köln\n")
    table = TableFile(path)
    assert table.info.delimiter == delimiter
    assert rows_of(path) == [(2, ["A-B", "a@x.org", "Köln"])]


def test_quoted_newlines_blank_lines_and_ragged_rows(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text(
        'Name,Notes,City\r\n"Ann","line one\r\nline two",Bonn\r\n\r\n,,\r\nBob\r\nCy,n,c,extra\r\n',
        newline="",
    )
    assert rows_of(path) == [
        (2, ["Ann", "line one\r\nline two", "Bonn"]),
        (6, ["Bob"]),
        (7, ["Cy", "n", "c", "extra"]),
    ]


def test_duplicate_and_blank_headers_get_names(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_text("Phone,,Phone\n1,2,3\n")
    assert TableFile(path).info.headers == ("Phone", "Column 2", "Phone (2)")


def test_xlsx_first_sheet_streamed_with_numbers_as_typed(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Phone", "Score"])
    sheet.append(["Ann", 493012345678, 1.5])
    sheet.append([None, None, None])
    sheet.append(["Bob", None, 2])
    path = tmp_path / "f.xlsx"
    book.save(path)
    table = TableFile(path)
    assert (table.info.kind, table.info.headers) == ("xlsx", ("Name", "Phone", "Score"))
    assert rows_of(path) == [(2, ["Ann", "493012345678", "1.5"]), (4, ["Bob", "", "2"])]


def test_an_export_cell_made_safe_imports_back_as_it_was() -> None:
    reader = RowReader(
        auto_mapping(["Name", "Phone"]), keep_invalid_email=False, default_region="DE"
    )
    safe = [neutralise("-Dash Person"), neutralise("+49 30 1234567")]
    assert safe == ["'-Dash Person", "'+49 30 1234567"]
    customer = reader(safe)
    assert isinstance(customer, ImportedCustomer)
    assert (customer.name, customer.phone) == ("-Dash Person", "+49301234567")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("example.com", "https://example.com"),
        ("http://Example.COM/", "http://example.com"),
        ("www.fox-manning.com/about?x=1", "https://www.fox-manning.com/about?x=1"),
        ("bücher.de", "https://xn--bcher-kva.de"),
        ("not a site", None),
        ("javascript:alert(1)", None),
        ("localhost", None),
    ],
)
def test_websites(text: str, expected: str | None) -> None:
    assert normalize_website(text) == expected


HEADERS = ["Customer Id", "Name", "Email", "Phone", "Country", "Website", "Type", "Status"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=2000))
def test_random_bytes_never_crash_reading(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "random.csv"
    path.write_bytes(b"Name,Email\n" + data)
    table = TableFile(path)
    reader = RowReader(
        auto_mapping(table.info.headers), keep_invalid_email=False, default_region="DE"
    )
    for _number, cells in table.rows():
        if isinstance(cells, list):
            assert isinstance(reader(cells), ImportedCustomer | RejectedRow)


@settings(max_examples=100, deadline=None)
@given(
    rows=st.lists(
        st.lists(st.text(max_size=30), min_size=0, max_size=len(HEADERS) + 2), max_size=20
    ),
    keep=st.booleans(),
)
def test_random_rows_always_make_a_customer_or_a_reason(rows: list[list[str]], keep: bool) -> None:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([HEADERS, *rows])
    reader = RowReader(auto_mapping(HEADERS), keep_invalid_email=keep, default_region="DE")
    for cells in rows:
        result = reader(cells)
        if isinstance(result, RejectedRow):
            assert result.problems and all(p.field in {"name", "email"} for p in result.problems)
        else:
            assert result.name
            assert result.country is None or len(result.country) == 2
            assert result.phone is None or result.phone.startswith("+")
