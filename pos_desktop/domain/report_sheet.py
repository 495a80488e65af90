"""A report for paper: titled sections of labelled figures, laid out for the receipt printer.

:class:`ReportSheet` holds what a report says as text already formatted (amounts included),
so the thermal slip and the A4 PDF, which both read the same sheet, cannot print different
figures. :func:`sheet_layout` turns it into the receipt's rows (``domain.receipt``) for a
paper width counted in characters: label and figure on one line, value columns side by side
when they fit, one figure per line under its label when they do not.

Pure: no I/O. Services build a sheet (``services/session_documents.py`` for X and Z reports);
the ESC/POS renderer prints its layout, ``adapters/pdf/report_sheet.py`` sets it on A4.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from pos_desktop.domain.receipt import (
    COPY_MARK,
    MIN_COLUMNS,
    Align,
    Block,
    Rule,
    TextRow,
    _centered,
    _pair,
    _wrap,
)

#: Fewer characters than this left for the label: value columns go under it instead.
MIN_LABEL = 8


@dataclass(frozen=True, slots=True)
class SheetRow:
    """A label and its figures (one per value column of the section)."""

    label: str
    values: tuple[str, ...]
    bold: bool = False


@dataclass(frozen=True, slots=True)
class SheetSection:
    """``columns`` names the value columns; none: each row is a label and one figure."""

    heading: str
    rows: tuple[SheetRow, ...]
    columns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReportSheet:
    #: What the document is called in the print queue and on the PDF ("Z report 12").
    name: str
    #: Printed large on top ("Z REPORT").
    title: str
    #: The seller's lines (shop name, address, VAT id) and the event.
    header: tuple[str, ...]
    #: Label and value lines under the header: session, till, when, who.
    facts: tuple[tuple[str, str], ...]
    sections: tuple[SheetSection, ...]
    copy: bool = False


def sheet_layout(sheet: ReportSheet, columns: int) -> tuple[Block, ...]:
    """The sheet as receipt rows for ``columns`` characters per line (at least 20)."""
    return tuple(_layout(sheet, max(MIN_COLUMNS, columns)))


def _layout(sheet: ReportSheet, width: int) -> Iterator[Block]:
    yield from _centered([sheet.title], width // 2, bold=True, large=True)
    if sheet.copy:
        yield TextRow(COPY_MARK, Align.CENTER, bold=True)
    if sheet.header:
        yield from _centered(sheet.header[:1], width, bold=True)
        yield from _centered(sheet.header[1:], width)
    yield Rule()
    for label, value in sheet.facts:
        for text in _pair(label, value, width):
            yield TextRow(text)
    for section in sheet.sections:
        yield Rule()
        for text in _wrap(section.heading, width):
            yield TextRow(text, bold=True)
        if section.columns:
            yield from _table(section, width)
        else:
            for row in section.rows:
                for text in _pair(row.label, " ".join(row.values), width):
                    yield TextRow(text, bold=row.bold)
    yield Rule()
    if sheet.copy:
        yield TextRow(COPY_MARK, Align.CENTER, bold=True)


def _table(section: SheetSection, width: int) -> Iterator[Block]:
    """Value columns right-aligned beside the label; under it when the paper is too narrow."""
    cells = [section.columns, *(row.values for row in section.rows)]
    widths = [max(len(row[i]) for row in cells) for i in range(len(section.columns))]
    label_room = width - sum(widths) - len(widths)
    if label_room >= MIN_LABEL:
        figures = " ".join(f"{c:>{widths[i]}}" for i, c in enumerate(section.columns))
        yield TextRow(" " * (width - len(figures)) + figures)
        for row in section.rows:
            figures = " ".join(f"{c:>{widths[i]}}" for i, c in enumerate(row.values))
            for text in _pair(row.label, figures, width):
                yield TextRow(text, bold=row.bold)
        return
    for row in section.rows:
        for text in _wrap(row.label, width):
            yield TextRow(text, bold=row.bold)
        for column, value in zip(section.columns, row.values, strict=True):
            for text in _pair(f"  {column}", value, width):
                yield TextRow(text, bold=row.bold)
