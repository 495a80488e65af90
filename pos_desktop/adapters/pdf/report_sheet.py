"""A report sheet (an X or Z report) as an A4 or Letter PDF, for the manager's archive.

The same :class:`~pos_desktop.domain.report_sheet.ReportSheet` the receipt printer prints, set
as an accounting page: the seller and the title on top, the facts (session, till, when, who),
then each section as a table with the figures right-aligned. Every figure is the sheet's own
text, so the paper slip and the PDF cannot disagree. Each page's foot carries the shop's
footer, the report's name and the page number (the invoice's page frame).

Thread rule: a pure function of its arguments; run it in a worker, never on the UI thread.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from pos_desktop.adapters.pdf.documents import SellerInfo
from pos_desktop.adapters.pdf.fonts import SANS, SANS_BOLD, ensure_fonts
from pos_desktop.adapters.pdf.invoice import (
    BODY,
    GRID,
    HEADING,
    MARGIN,
    RIGHT,
    SELLER,
    SHADE,
    STATUS,
    TITLE,
    _p,
    document_template,
    page_footer,
    page_size,
)
from pos_desktop.domain.receipt import COPY_MARK
from pos_desktop.domain.report_sheet import ReportSheet, SheetSection

VALUE_WIDTH = 30 * mm


def report_sheet_pdf(sheet: ReportSheet, seller: SellerInfo, *, paper: str = "A4") -> bytes:
    """The sheet as PDF bytes on ``paper`` (``A4`` or ``Letter``); ``seller`` signs the
    document's metadata and its page footer."""
    ensure_fonts()
    size = page_size(paper)
    buffer = io.BytesIO()
    doc = document_template(buffer, size, sheet.name, author=seller.name, subject=sheet.name)
    width = size[0] - 2 * MARGIN
    foot = page_footer(size, sheet.name, seller.footer)
    flow: list[Any] = [_head(sheet, width), Spacer(1, 6 * mm)]
    for section in sheet.sections:
        flow.append(
            KeepTogether(
                [_p(section.heading, HEADING), _section(section, width), Spacer(1, 5 * mm)]
            )
        )
    doc.build(flow, onFirstPage=foot, onLaterPages=foot)
    return buffer.getvalue()


def _head(sheet: ReportSheet, width: float) -> Table:
    """The sheet's own header lines (the seller, then the event), as the slip prints them."""
    left: list[Any] = [_p(line, SELLER if i == 0 else BODY) for i, line in enumerate(sheet.header)]
    right: list[Any] = [Paragraph(sheet.title, TITLE)]
    if sheet.copy:
        right.append(Paragraph(COPY_MARK, STATUS))
    right += [_p(f"{label}: {value}", RIGHT) for label, value in sheet.facts]
    table = Table([[left, right]], colWidths=[width - 85 * mm, 85 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _section(section: SheetSection, width: float) -> Table:
    heading = bool(section.columns)
    rows: list[list[str]] = [["", *section.columns]] if heading else []
    rows += [[row.label, *row.values] for row in section.rows]
    values = max(1, len(section.columns))
    widths = [width - values * VALUE_WIDTH] + [VALUE_WIDTH] * values
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 9),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        # A busy shift's Z report (every section, a few cash moves) still fits one A4 page.
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if heading:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    first = 1 if heading else 0
    for i, row in enumerate(section.rows, start=first):
        if row.bold:
            style.append(("FONT", (0, i), (-1, i), SANS_BOLD, 10))
    table = Table(rows or [[""] * (values + 1)], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table
