"""A report sheet on paper: never wider than the roll, figures beside or under their labels."""

from __future__ import annotations

import pytest

from pos_desktop.domain.receipt import COPY_MARK, TextRow, block_text
from pos_desktop.domain.report_sheet import ReportSheet, SheetRow, SheetSection, sheet_layout

SHEET = ReportSheet(
    name="Z report 7",
    title="Z REPORT",
    header=("Booth Books GmbH", "Hauptstraße 1, 10115 Berlin", "Frankfurt Book Fair"),
    facts=(("Session", "7"), ("Till", "T1"), ("Closed", "2026-05-04 18:02 Zoë Ångström")),
    sections=(
        SheetSection(
            "Cash drawer",
            (
                SheetRow("Float", ("150.00",)),
                SheetRow("Expected cash", ("12345.67",), bold=True),
                SheetRow("Difference", ("-0.50",), bold=True),
            ),
        ),
        SheetSection(
            "VAT by rate",
            (
                SheetRow("19%", ("10374.51", "1971.16", "12345.67")),
                SheetRow("7%", ("10.00", "0.70", "10.70")),
            ),
            ("Net", "VAT", "Gross"),
        ),
        SheetSection(
            "Cash in and out",
            (SheetRow("10:05 out to the safe, counted twice by the manager (maria)", ("-30.00",)),),
        ),
    ),
    copy=True,
)


def text(columns: int) -> list[str]:
    return [line for b in sheet_layout(SHEET, columns) for line in block_text(b, columns)]


@pytest.mark.parametrize("columns", [20, 32, 42, 48])
def test_no_row_is_wider_than_the_paper(columns: int) -> None:
    for block in sheet_layout(SHEET, columns):
        if isinstance(block, TextRow):
            assert len(block.text) <= (columns // 2 if block.large else columns), block


def test_value_columns_stand_beside_their_label_on_wide_paper() -> None:
    lines = text(48)
    assert [line.split() for line in lines if line.startswith(("19%", "7%"))] == [
        ["19%", "10374.51", "1971.16", "12345.67"],
        ["7%", "10.00", "0.70", "10.70"],
    ]
    headings = next(line for line in lines if line.endswith("Gross"))
    assert headings.split() == ["Net", "VAT", "Gross"]
    assert lines.count(COPY_MARK.center(48).rstrip()) == 2  # top and bottom


def test_on_narrow_paper_each_figure_goes_under_its_label() -> None:
    lines = [line.strip() for line in text(32)]
    at = lines.index("19%")
    assert [line.split() for line in lines[at + 1 : at + 4]] == [
        ["Net", "10374.51"],
        ["VAT", "1971.16"],
        ["Gross", "12345.67"],
    ]
    expected = next(line for line in lines if line.startswith("Expected cash"))
    assert expected.split()[-1] == "12345.67"


def test_a_long_label_wraps_and_keeps_its_figure_on_the_first_line() -> None:
    lines = text(32)
    first = next(i for i, line in enumerate(lines) if line.startswith("10:05 out"))
    assert lines[first].endswith("-30.00")
    assert "(maria)" in " ".join(lines[first : first + 3])
