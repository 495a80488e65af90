"""The invoice as an A4 or Letter PDF, fit for an accountant's files.

Seller (with VAT ID, tax number and register entry) and buyer (on a full invoice: company,
address and VAT ID as they were at issue time), number and dates, the lines, the VAT breakdown
per rate, the totals, whether it is paid, the payments, a reverse-charge note when a manager
chose one, and a QR of the number that the app's scanner opens.
Every amount is printed as stored (computed once by ``domain.invoice``), never recomputed here.

Long invoices flow onto further pages with the column headings repeated; the VAT breakdown,
totals and payment status stay together after the last line. Each page's foot carries the
shop's footer, the invoice number and the page number.

Words, amounts and dates come from ``text``, the customer's language (domain/document_text.py);
English invoices read as they always did.

Thread rule: a pure function of its arguments; run it in a worker, never on the UI thread.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pos_desktop.adapters.pdf.documents import CustomerDoc, InvoiceDoc, SellerInfo
from pos_desktop.adapters.pdf.fonts import SANS, SANS_BOLD, draw_text, ensure_fonts, markup
from pos_desktop.adapters.pdf.qr_drawing import QrFlowable
from pos_desktop.domain.document_text import ENGLISH, N_, DocumentText
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.parties import REVERSE_CHARGE_NOTE

PAPER_SIZES = {"A4": A4, "LETTER": LETTER}
MARGIN = 18 * mm
QR_SIZE = 26 * mm
LINES_KEPT_WITH_TOTALS = 2
GRID = colors.Color(0.75, 0.75, 0.75)
SHADE = colors.Color(0.93, 0.93, 0.93)

BODY = ParagraphStyle("body", fontName=SANS, fontSize=9, leading=11.5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
RIGHT = ParagraphStyle("right", parent=BODY, alignment=TA_RIGHT)
SELLER = ParagraphStyle("seller", parent=BODY, fontName=SANS_BOLD, fontSize=14, leading=17)
TITLE = ParagraphStyle(
    "title", parent=BODY, fontName=SANS_BOLD, fontSize=18, leading=22, alignment=TA_RIGHT
)
NUMBER = ParagraphStyle(
    "number", parent=BODY, fontName=SANS_BOLD, fontSize=12, leading=16, alignment=TA_RIGHT
)
HEADING = ParagraphStyle("heading", parent=BODY, fontName=SANS_BOLD, fontSize=10, leading=13)
STATUS = ParagraphStyle("status", parent=BODY, fontName=SANS_BOLD, fontSize=11, leading=14)
#: How the payments list names the methods (their stored values, translated where printed).
METHOD_NAMES = (N_("cash"), N_("card"))


def page_size(paper: str) -> tuple[float, float]:
    """Points of ``A4`` or ``Letter`` (any case); anything else is a programming error."""
    try:
        size: tuple[float, float] = PAPER_SIZES[paper.upper()]
    except KeyError:
        raise ValueError(f"paper must be A4 or Letter, not {paper!r}") from None
    return size


def document_template(
    buffer: io.BytesIO, size: tuple[float, float], title: str, *, author: str, subject: str
) -> SimpleDocTemplate:
    """The page frame of an accounting document (invoice, credit note): margins, metadata,
    ``invariant`` so the same document gives the same bytes."""
    return SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 8 * mm,
        title=title,
        author=author,
        subject=subject,
        creator="Booth POS",
        invariant=True,
    )


def page_footer(
    size: tuple[float, float], title: str, footer: str, text: DocumentText = ENGLISH
) -> Callable[[Canvas, Any], None]:
    """Every page's foot: the shop's footer line, the document's title, the page number."""
    page = text.gettext("Page {number}")

    def foot(canvas: Canvas, _doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.35, 0.35, 0.35))
        if footer:
            draw_text(canvas, size[0] / 2, MARGIN + 11, footer, 7.5, align="centre")
        draw_text(canvas, MARGIN, MARGIN, title, 7.5)
        number = page.format(number=canvas.getPageNumber())
        draw_text(canvas, size[0] - MARGIN, MARGIN, number, 7.5, align="right")
        canvas.restoreState()

    return foot


def invoice_pdf(
    view: InvoiceDoc,
    seller: SellerInfo,
    *,
    paper: str = "A4",
    buyer: CustomerDoc | None = None,
    text: DocumentText = ENGLISH,
) -> bytes:
    """The invoice as PDF bytes; ``buyer`` (the customer's record) adds company and address;
    ``text``: the customer's language."""
    ensure_fonts()
    size = page_size(paper)
    buffer = io.BytesIO()
    _ = text.gettext
    title = _("Invoice {number}").format(number=view.number) if view.number else _("Draft invoice")
    doc = document_template(buffer, size, title, author=seller.name, subject=title)
    width = size[0] - 2 * MARGIN
    foot = page_footer(size, title, seller.footer, text)

    def story(tail_heading: bool) -> tuple[list[Any], PageMark, PageMark]:
        body_end, tail_start = PageMark(), PageMark()
        body, tail = _lines(view, width, text, tail_heading=tail_heading)
        flow: list[Any] = [
            _head(view, seller, width, text),
            Spacer(1, 6 * mm),
            *_buyer(view, buyer, text),
            Spacer(1, 6 * mm),
            *body,
            body_end,
            KeepTogether([tail_start, tail, Spacer(1, 5 * mm), *_closing(view, width, text)]),
        ]
        return flow, body_end, tail_start

    flow, body_end, tail_start = story(tail_heading=False)
    doc.build(flow, onFirstPage=foot, onLaterPages=foot)
    if body_end.page is not None and tail_start.page != body_end.page:
        # The last lines moved to a new page with the totals: build again with headings there.
        buffer.seek(0)
        buffer.truncate()
        flow, _, _ = story(tail_heading=True)
        doc.build(flow, onFirstPage=foot, onLaterPages=foot)
    return buffer.getvalue()


def _p(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(markup(text), style)


def _money(amount: Decimal, currency: str, text: DocumentText = ENGLISH) -> str:
    return text.money(amount, currency)


def _when(moment: datetime | None, text: DocumentText = ENGLISH) -> str:
    return text.moment(moment.astimezone()) if moment else ""


def _head(view: InvoiceDoc, seller: SellerInfo, width: float, text: DocumentText) -> Table:
    _ = text.gettext
    left: list[Any] = [_p(seller.name, SELLER)]
    left += [_p(line) for line in (*seller.address_lines, *seller.legal_lines_in(text))]
    facts = [
        _("Invoice date: {date}").format(date=_when(view.issued_at, text) or _("not issued")),
        _("Cashier: {name}").format(name=view.cashier),
    ]
    right: list[Any] = [
        _p(_("INVOICE") if view.number else _("DRAFT"), TITLE),
        _p(view.number or _("no number yet"), NUMBER),
        *[_p(fact, RIGHT) for fact in facts],
    ]
    qr: Any = QrFlowable(view.number, QR_SIZE) if view.number else ""
    table = Table(
        [[left, right, qr]],
        colWidths=[width - QR_SIZE - 62 * mm, 62 * mm, QR_SIZE],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (1, 0), 4 * mm),
                ("RIGHTPADDING", (2, 0), (2, 0), 0),
                ("ALIGN", (2, 0), (2, 0), "RIGHT"),
            ]
        )
    )
    return table


def _buyer(view: InvoiceDoc, buyer: CustomerDoc | None, text: DocumentText) -> list[Any]:
    """A full invoice names the buyer as issued (snapshot); a simplified one the customer."""
    _ = text.gettext
    block: list[Any] = [_p(_("Bill to"), HEADING)]
    code = _("Customer code: {code}").format(code=view.customer_code)
    if view.buyer is not None and view.buyer.is_full:
        block += [_p(line) for line in view.buyer.block_lines(text)]
        if view.customer_code:
            block.append(_p(code))
        return block
    if view.customer_name is None:
        return [*block, _p(_("Walk-in customer"))]
    block.append(_p(view.customer_name))
    if buyer is not None:
        if buyer.company:
            block.append(_p(buyer.company))
        place = ", ".join(p for p in (buyer.city, buyer.country) if p)
        if place:
            block.append(_p(place))
        if buyer.email:
            block.append(_p(buyer.email))
    block.append(_p(code))
    return block


class PageMark(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """Takes no room; remembers the page it landed on."""

    def __init__(self) -> None:
        super().__init__()
        self.page: int | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.page = self.canv.getPageNumber()


def _lines(
    view: InvoiceDoc, width: float, text: DocumentText, *, tail_heading: bool
) -> tuple[list[Any], Table]:
    """The lines as a table flowing over pages, and its last rows as a separate table.

    The last rows stay with the totals, so no page holds totals without a line above them;
    ``tail_heading`` repeats the column headings over them when they start a new page.
    """
    cur, _, amount = view.currency, text.gettext, text.amount
    amount_head = _("Amount incl. VAT") if view.prices_include_vat else _("Amount excl. VAT")
    head = [
        _p(h, SMALL)
        for h in (
            _("#"),
            _("Description"),
            _("Qty"),
            _("Unit price"),
            _("Discount"),
            _("VAT %"),
            amount_head,
        )
    ]
    rows: list[list[Any]] = [
        [
            str(ln.position),
            _p(ln.description),
            _qty(ln.quantity),
            amount(ln.unit_price, cur),
            amount(ln.discount, cur) if ln.discount else "",
            _qty(ln.vat_rate),
            amount(ln.gross if view.prices_include_vat else ln.net, cur),
        ]
        for ln in view.lines
    ]
    widths = [9 * mm, 0, 14 * mm, 22 * mm, 20 * mm, 14 * mm, 28 * mm]
    widths[1] = width - sum(widths)
    split = max(0, len(rows) - LINES_KEPT_WITH_TOTALS)
    body: list[Any] = []
    if split:
        body.append(_line_table([head, *rows[:split]], widths, heading=True))
    with_heading = tail_heading or not split
    tail_rows = [head, *rows[split:]] if with_heading else rows[split:]
    return body, _line_table(tail_rows, widths, heading=with_heading)


def _line_table(rows: list[list[Any]], widths: list[float], *, heading: bool) -> Table:
    table = Table(rows or [[""] * len(widths)], colWidths=widths, repeatRows=1 if heading else 0)
    first = 1 if heading else 0
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 9),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (2, first), (-1, -1), "RIGHT"),
    ]
    if heading:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle(style))
    return table


def _closing(view: InvoiceDoc, width: float, text: DocumentText) -> list[Any]:
    """VAT breakdown, totals, payment status and payments: one block, after the last line."""
    cur, _, amount = view.currency, text.gettext, text.amount
    vat_rows: list[list[Any]] = [[_("VAT %"), _("Net"), _("VAT"), _("Gross")]]
    vat_rows += [
        [_qty(b.rate), amount(b.net, cur), amount(b.vat, cur), amount(b.gross, cur)]
        for b in view.vat_breakdown
    ]
    vat_table = Table(vat_rows, colWidths=[16 * mm, 22 * mm, 22 * mm, 22 * mm])
    vat_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("ALIGN", (0, 0), (-1, -1), "RIGHT"),
            ]
        )
    )
    totals: list[list[Any]] = []
    if view.discount:
        totals.append([_("Discounts included"), _money(view.discount, cur, text)])
    totals += [
        [_("Total net"), _money(view.net, cur, text)],
        [_("Total VAT"), _money(view.vat, cur, text)],
    ]
    total_row = len(totals)
    totals += [
        [_("Total"), _money(view.gross, cur, text)],
        [_("Paid"), _money(view.paid, cur, text)],
    ]
    if view.balance:
        label = _("Balance due") if view.balance > 0 else _("To refund")
        totals.append([label, _money(abs(view.balance), cur, text)])
    totals_table = Table(totals, colWidths=[34 * mm, 34 * mm])
    totals_table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 9),
                ("FONT", (0, total_row), (-1, total_row), SANS_BOLD, 11),
                ("LINEABOVE", (0, total_row), (-1, total_row), 0.8, colors.black),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ]
        )
    )
    side_by_side = Table(
        [[vat_table, totals_table]],
        colWidths=[width - 70 * mm, 70 * mm],
    )
    side_by_side.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    block: list[Any] = [side_by_side, Spacer(1, 4 * mm)]
    if view.reverse_charge:
        block += [_p(_(REVERSE_CHARGE_NOTE), HEADING), Spacer(1, 2 * mm)]
    block.append(_p(payment_status(view, text), STATUS))
    for p in view.payments:
        ref = ", " + _("ref. {reference}").format(reference=p.reference) if p.reference else ""
        handed = ""
        if p.change:
            handed = " " + _("(tendered {tendered}, change {change})").format(
                tendered=_money(p.tendered, cur, text), change=_money(p.change, cur, text)
            )
        paid = _("{method}: {amount}").format(
            method=_(p.method), amount=_money(p.amount, cur, text)
        )
        block.append(_p(f"{_when(p.received_at, text)}  {paid}{handed}{ref}"))
    return block


def payment_status(view: InvoiceDoc, text: DocumentText = ENGLISH) -> str:
    """One line a bookkeeper reads first: paid, what is due, or why the invoice does not count."""
    cur, _ = view.currency, text.gettext
    if view.status is InvoiceStatus.DRAFT:
        return _("DRAFT: not an invoice, nothing is due")
    if view.status is InvoiceStatus.VOIDED:
        said = _("VOID since {date}: {reason}") if view.void_reason else _("VOID since {date}")
        return said.format(date=_when(view.voided_at, text), reason=view.void_reason)
    if view.balance == 0:
        return _("PAID")
    if view.balance < 0:
        owed = _money(-view.balance, cur, text)
        return _("PAID; {amount} to refund to the customer").format(amount=owed)
    due = _money(view.balance, cur, text)
    if view.paid == 0:
        return _("UNPAID: {amount} due").format(amount=due)
    return _("PARTLY PAID: {amount} due").format(amount=due)


def _qty(value: Decimal) -> str:
    return format(value.normalize(), "f")
