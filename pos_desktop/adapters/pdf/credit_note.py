"""A credit note as an A4 or Letter PDF, laid out like the invoice it refers to.

Seller, "CREDIT NOTE", its own number and the invoice it credits, the lines given back with
their quantities, and the amounts as negatives (net, VAT, total refunded), then how the money
went back, why, and whether the goods went back to stock. Amounts are printed as stored.

Thread rule: a pure function of its arguments; run it in a worker, never on the UI thread.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from pos_desktop.adapters.pdf.documents import SellerInfo
from pos_desktop.adapters.pdf.fonts import SANS, SANS_BOLD, ensure_fonts
from pos_desktop.adapters.pdf.invoice import (
    HEADING,
    MARGIN,
    NUMBER,
    RIGHT,
    SELLER,
    SMALL,
    STATUS,
    TITLE,
    _line_table,
    _money,
    _p,
    _qty,
    _when,
    document_template,
    page_footer,
    page_size,
)
from pos_desktop.domain.money import format_amount

CREDIT_NOTE_TITLE = "CREDIT NOTE"


class CreditNoteDoc(Protocol):
    """What a credit note PDF prints (``services.credit_note_views.CreditNoteView`` fits)."""

    @property
    def number(self) -> str: ...
    @property
    def invoice_number(self) -> str: ...
    @property
    def currency(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def restocked(self) -> bool: ...
    @property
    def reason(self) -> str: ...
    @property
    def net(self) -> Decimal: ...
    @property
    def vat(self) -> Decimal: ...
    @property
    def gross(self) -> Decimal: ...
    @property
    def lines(self) -> Sequence[tuple[int, str, Decimal, Decimal]]: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def created_by(self) -> str: ...
    @property
    def approved_by(self) -> str | None: ...


def credit_note_pdf(
    note: CreditNoteDoc,
    seller: SellerInfo,
    *,
    paper: str = "A4",
    customer: str | None = None,
) -> bytes:
    """The credit note as PDF bytes; ``customer`` is the invoice's customer, if it had one."""
    ensure_fonts()
    size = page_size(paper)
    buffer = io.BytesIO()
    title = f"Credit note {note.number}"
    doc = document_template(
        buffer,
        size,
        title,
        author=seller.name,
        subject=f"{title} for invoice {note.invoice_number}",
    )
    width = size[0] - 2 * MARGIN
    foot = page_footer(size, title, seller.footer)

    flow: list[Any] = [
        _head(note, seller, width),
        Spacer(1, 6 * mm),
        _p("Customer", HEADING),
        _p(customer or "Walk-in customer"),
        Spacer(1, 6 * mm),
        _lines(note, width),
        Spacer(1, 5 * mm),
        _totals(note, width),
        Spacer(1, 4 * mm),
        *_closing(note),
    ]
    doc.build(flow, onFirstPage=foot, onLaterPages=foot)
    return buffer.getvalue()


def _head(note: CreditNoteDoc, seller: SellerInfo, width: float) -> Table:
    left: list[Any] = [_p(seller.name, SELLER)]
    left += [_p(line) for line in (*seller.address_lines, *seller.legal_lines)]
    right: list[Any] = [
        Paragraph(CREDIT_NOTE_TITLE, TITLE),
        _p(note.number, NUMBER),
        _p(f"For invoice: {note.invoice_number}", RIGHT),
        _p(f"Date: {_when(note.created_at)}", RIGHT),
        _p(f"Cashier: {note.created_by}", RIGHT),
    ]
    table = Table([[left, right]], colWidths=[width - 80 * mm, 80 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _lines(note: CreditNoteDoc, width: float) -> Table:
    cur = note.currency
    head = [Paragraph(h, SMALL) for h in ("Invoice line", "Description", "Qty", "Refunded")]
    rows: list[list[Any]] = [
        [str(position), _p(description), _qty(quantity), format_amount(-gross, cur)]
        for position, description, quantity, gross in note.lines
    ]
    widths = [22 * mm, 0, 16 * mm, 30 * mm]
    widths[1] = width - sum(widths)
    return _line_table([head, *rows], widths, heading=True)


def _totals(note: CreditNoteDoc, width: float) -> Table:
    cur = note.currency
    rows = [
        ["Total net", _money(-note.net, cur)],
        ["Total VAT", _money(-note.vat, cur)],
        ["Total refunded", _money(-note.gross, cur)],
    ]
    totals = Table(rows, colWidths=[40 * mm, 40 * mm], hAlign="RIGHT")
    totals.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 9),
                ("FONT", (0, 2), (-1, 2), SANS_BOLD, 11),
                ("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    return totals


def _closing(note: CreditNoteDoc) -> list[Any]:
    cur = note.currency
    block: list[Any] = [
        _p(f"REFUNDED: {_money(note.gross, cur)} paid back by {note.method}", STATUS),
        _p(f"Reason: {note.reason}"),
        _p("Goods returned to stock" if note.restocked else "Goods not restocked (damaged)"),
    ]
    if note.approved_by:
        block.append(_p(f"Approved by {note.approved_by}"))
    return block
