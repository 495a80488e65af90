"""A credit note as an A4 or Letter PDF, laid out like the invoice it refers to.

Seller, "CREDIT NOTE", its own number and the invoice it credits, the lines given back with
their quantities, and the amounts as negatives (net, VAT, total refunded), then how the money
went back, why, and whether the goods went back to stock. Amounts are printed as stored, in
the customer's language (``text``) as the invoice is.

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
from reportlab.platypus import Spacer, Table, TableStyle

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
from pos_desktop.domain.document_text import ENGLISH, N_, DocumentText

CREDIT_NOTE_TITLE = N_("CREDIT NOTE")


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
    text: DocumentText = ENGLISH,
) -> bytes:
    """The credit note as PDF bytes; ``customer`` is the invoice's customer, if it had one;
    ``text``: their language."""
    ensure_fonts()
    size = page_size(paper)
    buffer = io.BytesIO()
    _ = text.gettext
    title = _("Credit note {number}").format(number=note.number)
    doc = document_template(
        buffer,
        size,
        title,
        author=seller.name,
        subject=_("Credit note {number} for invoice {invoice}").format(
            number=note.number, invoice=note.invoice_number
        ),
    )
    width = size[0] - 2 * MARGIN
    foot = page_footer(size, title, seller.footer, text)

    flow: list[Any] = [
        _head(note, seller, width, text),
        Spacer(1, 6 * mm),
        _p(_("Customer"), HEADING),
        _p(customer or _("Walk-in customer")),
        Spacer(1, 6 * mm),
        _lines(note, width, text),
        Spacer(1, 5 * mm),
        _totals(note, width, text),
        Spacer(1, 4 * mm),
        *_closing(note, text),
    ]
    doc.build(flow, onFirstPage=foot, onLaterPages=foot)
    return buffer.getvalue()


def _head(note: CreditNoteDoc, seller: SellerInfo, width: float, text: DocumentText) -> Table:
    _ = text.gettext
    left: list[Any] = [_p(seller.name, SELLER)]
    left += [_p(line) for line in (*seller.address_lines, *seller.legal_lines_in(text))]
    right: list[Any] = [
        _p(_(CREDIT_NOTE_TITLE), TITLE),
        _p(note.number, NUMBER),
        _p(_("For invoice: {number}").format(number=note.invoice_number), RIGHT),
        _p(_("Date: {date}").format(date=_when(note.created_at, text)), RIGHT),
        _p(_("Cashier: {name}").format(name=note.created_by), RIGHT),
    ]
    table = Table([[left, right]], colWidths=[width - 80 * mm, 80 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return table


def _lines(note: CreditNoteDoc, width: float, text: DocumentText) -> Table:
    cur, _ = note.currency, text.gettext
    head = [_p(h, SMALL) for h in (_("Invoice line"), _("Description"), _("Qty"), _("Refunded"))]
    rows: list[list[Any]] = [
        [str(position), _p(description), _qty(quantity), text.amount(-gross, cur)]
        for position, description, quantity, gross in note.lines
    ]
    widths = [22 * mm, 0, 16 * mm, 30 * mm]
    widths[1] = width - sum(widths)
    return _line_table([head, *rows], widths, heading=True)


def _totals(note: CreditNoteDoc, width: float, text: DocumentText) -> Table:
    cur, _ = note.currency, text.gettext
    rows = [
        [_("Total net"), _money(-note.net, cur, text)],
        [_("Total VAT"), _money(-note.vat, cur, text)],
        [_("Total refunded"), _money(-note.gross, cur, text)],
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


def _closing(note: CreditNoteDoc, text: DocumentText) -> list[Any]:
    _ = text.gettext
    refunded = _("REFUNDED: {amount} paid back by {method}").format(
        amount=_money(note.gross, note.currency, text), method=_(note.method)
    )
    block: list[Any] = [
        _p(refunded, STATUS),
        _p(_("Reason: {reason}").format(reason=note.reason)),
        _p(_("Goods returned to stock") if note.restocked else _("Goods not restocked (damaged)")),
    ]
    if note.approved_by:
        block.append(_p(_("Approved by {name}").format(name=note.approved_by)))
    return block
