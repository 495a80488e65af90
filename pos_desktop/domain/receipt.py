"""The receipt: one document model, one layout, rendered as ESC/POS bytes, an image and text.

:class:`Receipt` holds what a receipt says (already rounded amounts from the invoice, never
recomputed here). :func:`receipt_layout` turns it into rows for a paper width counted in
characters (32 on 58 mm paper, 42 or 48 on 80 mm); every renderer walks those same rows, so the
printed slip, the on-screen preview and the plain text cannot disagree. A row never exceeds the
width: long descriptions wrap, long words break, large text gets half the columns.

Every word and figure goes through the receipt's :class:`DocumentText` (the customer's
language: ``domain/document_text.py``); in English a receipt reads as it always did.

Pure: no I/O, no printer library. Services build a :class:`Receipt` from an invoice view
(``services/receipts.py``); adapters render the layout.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, tzinfo
from decimal import Decimal
from enum import StrEnum

from pos_desktop.domain.document_text import ENGLISH, N_, DocumentText
from pos_desktop.domain.payment_methods import opens_drawer, rules_of

MIN_COLUMNS = 20
#: Characters per line of the usual paper widths (font A).
PAPER_COLUMNS = {"58mm": 32, "80mm": 48}
COPY_MARK = N_("*** COPY ***")
#: A sale's receipt that printed long after the sale (the printer was away): the customer or
#: an inspector can tell it from one printed at the counter.
LATE_MARK = N_("*** PRINTED LATE ***")
VOID_MARK = N_("*** VOID ***")


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """One sold line; ``amount`` is before the line's discount (what qty x price makes)."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    discount: Decimal
    discount_percent: Decimal | None
    vat_rate: Decimal
    vat_code: str


@dataclass(frozen=True, slots=True)
class ReceiptVat:
    code: str
    rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True, slots=True)
class ReceiptPayment:
    """``tendered`` is what the customer handed over (cash), ``amount`` what counts."""

    method: str
    label: str
    amount: Decimal
    tendered: Decimal
    reference: str | None


@dataclass(frozen=True, slots=True)
class ShopInfo:
    """What the invoice does not know: the seller's header, the event, the footer, the clock."""

    exhibition: str
    terminal: str
    header: tuple[str, ...] = ()
    booth: str | None = None
    venue: str | None = None
    footer: tuple[str, ...] = (N_("Thank you for your visit!"),)
    #: Receipts show local time; ``None`` means the machine's own zone.
    timezone: tzinfo | None = None


@dataclass(frozen=True, slots=True)
class Receipt:
    header: tuple[str, ...]
    exhibition: str
    booth: str | None
    number: str
    issued_at: datetime
    terminal: str
    cashier: str
    customer_name: str | None
    customer_code: str | None
    currency: str
    prices_include_vat: bool
    lines: tuple[ReceiptLine, ...]
    vat: tuple[ReceiptVat, ...]
    net: Decimal
    vat_total: Decimal
    gross: Decimal
    discount: Decimal
    paid: Decimal
    change: Decimal
    payments: tuple[ReceiptPayment, ...]
    footer: tuple[str, ...]
    copy: bool = False
    void: bool = False
    #: Printed long after the sale (see ``LATE_MARK``).
    late: bool = False
    venue: str | None = None
    #: A document other than a sale's receipt: ``"CREDIT NOTE"`` on a refund's slip, printed
    #: large on top, with the number labelled ``number_label`` and the invoice it refers to.
    title: str | None = None
    number_label: str = N_("Invoice")
    refers_to: str | None = None
    #: A full invoice's buyer (company, name, address, VAT ID); empty on a simplified one.
    buyer: tuple[str, ...] = ()
    #: Printed under the VAT table: the reverse-charge note.
    notes: tuple[str, ...] = ()
    #: The customer's language: the words of the layout, its amounts and its date. The texts
    #: above come in it already, except the title, the number's label and the footer, which
    #: the layout translates (a footer typed in the settings stays as typed).
    text: DocumentText = ENGLISH

    @property
    def balance(self) -> Decimal:
        return self.gross - self.paid

    @property
    def qr_data(self) -> str:
        """What the QR code holds: the invoice number, nothing else."""
        return self.number

    @property
    def paid_in_cash(self) -> bool:
        """Money went into (or out of) the drawer: it opens with the receipt."""
        return opens_drawer(p.method for p in self.payments)


# ------------------------------------------------------------------------------------- layout


@dataclass(frozen=True, slots=True)
class TextRow:
    """One printed line; ``large`` is double width and height, so it fits half the columns."""

    text: str
    align: Align = Align.LEFT
    bold: bool = False
    large: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """A separator across the paper."""


@dataclass(frozen=True, slots=True)
class QrCode:
    data: str


@dataclass(frozen=True, slots=True)
class LogoPlace:
    """Where a configured logo image goes (renderers without a logo skip it)."""


Block = TextRow | Rule | QrCode | LogoPlace


def qty_text(quantity: Decimal) -> str:
    return format(quantity.normalize(), "f")


def rate_text(rate: Decimal) -> str:
    return f"{format(rate.normalize(), 'f')}%"


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def _pair(left: str, right: str, width: int) -> list[str]:
    """``left`` and ``right`` on one line, right-aligned; ``left`` wraps if both do not fit."""
    right = right[:width]
    room = width - len(right) - 1
    if room < 1:
        return [*_wrap(left, width), right.rjust(width)]
    parts = _wrap(left, room)
    first = parts[0].ljust(room) + " " + right
    return [first, *parts[1:]]


def _money(r: Receipt) -> Callable[[Decimal], str]:
    text, currency = r.text, r.currency

    def money(amount: Decimal) -> str:
        return text.amount(amount, currency)

    return money


def _centered(lines: list[str] | tuple[str, ...], width: int, **style: bool) -> Iterator[Block]:
    for line in lines:
        for part in _wrap(line, width):
            yield TextRow(part, Align.CENTER, **style)


def receipt_layout(receipt: Receipt, columns: int) -> tuple[Block, ...]:
    """The receipt as rows for ``columns`` characters per line (at least 20)."""
    width = max(MIN_COLUMNS, columns)
    return tuple(_layout(receipt, width))


def _marks(r: Receipt, width: int) -> Iterator[Block]:
    """What the paper is, above everything: CREDIT NOTE, COPY, VOID."""
    _ = r.text.gettext
    if r.title:
        yield from _centered([_(r.title)], width // 2, bold=True, large=True)
    if r.copy:
        yield from _centered([_(COPY_MARK)], width, bold=True)
    if r.late:
        yield from _centered([_(LATE_MARK)], width, bold=True)
    if r.void:
        yield from _centered([_(VOID_MARK)], width, bold=True)


def _layout(r: Receipt, width: int) -> Iterator[Block]:  # noqa: PLR0912 - a form, top to bottom
    money, _ = _money(r), r.text.gettext
    yield LogoPlace()
    yield from _marks(r, width)
    if r.header:
        yield from _centered(r.header[:1], width // 2, bold=True, large=True)
        yield from _centered(r.header[1:], width)
    yield from _centered([r.exhibition], width, bold=not r.header)
    if r.venue:
        yield from _centered([r.venue], width)
    if r.booth:
        yield from _centered([_("Booth {booth}").format(booth=r.booth)], width)
    yield Rule()
    for row in _pair(_(r.number_label), r.number, width):
        yield TextRow(row, bold=True)
    if r.refers_to:
        for row in _pair(_("For invoice"), r.refers_to, width):
            yield TextRow(row)
    till = _("Till {terminal}").format(terminal=r.terminal)
    for row in _pair(r.text.moment(r.issued_at), till, width):
        yield TextRow(row)
    for row in _wrap(_("Cashier: {name}").format(name=r.cashier), width):
        yield TextRow(row)
    yield from _customer(r, width)
    yield Rule()
    amount_width = max(len(money(ln.amount)) for ln in r.lines) + 2 if r.lines else 0
    for ln in r.lines:
        for part in _wrap(ln.description, width):
            yield TextRow(part)
        left = f"  {qty_text(ln.quantity)} x {money(ln.unit_price)}"
        right = f"{money(ln.amount)} {ln.vat_code}".rjust(amount_width)
        for row in _pair(left, right, width):
            yield TextRow(row)
        if ln.discount:
            what = "  " + (
                _("Discount {rate}").format(rate=rate_text(ln.discount_percent))
                if ln.discount_percent
                else _("Discount")
            )
            for row in _pair(what, f"-{money(ln.discount)}  ", width):
                yield TextRow(row)
    yield Rule()
    if r.discount:
        for row in _pair(_("Subtotal"), money(r.gross + r.discount), width):
            yield TextRow(row)
        for row in _pair(_("Discounts"), f"-{money(r.discount)}", width):
            yield TextRow(row)
    total = r.text.money(r.gross, r.currency, english="symbol")
    for row in _pair(_("TOTAL"), total, width // 2):
        yield TextRow(row, bold=True, large=True)
    including = _("Prices include VAT ({currency})") if r.prices_include_vat else None
    for row in _wrap((including or _("Plus VAT ({currency})")).format(currency=r.currency), width):
        yield TextRow(row)
    yield from _vat_table(r, width)
    for note in r.notes:
        for row in _wrap(note, width):
            yield TextRow(row, bold=True)
    yield Rule()
    yield from _payments(r, width)
    yield Rule()
    yield QrCode(r.qr_data)
    yield TextRow(r.number, Align.CENTER)
    yield from _centered([_(line) for line in r.footer], width)
    if r.copy:
        yield from _centered([_(COPY_MARK)], width, bold=True)


def _customer(r: Receipt, width: int) -> Iterator[Block]:
    """A full invoice's buyer block, else the customer's name and code (if any)."""
    _ = r.text.gettext
    if r.buyer:
        yield TextRow(_("Bill to:"), bold=True)
        for line in r.buyer:
            for row in _wrap(line, width):
                yield TextRow(row)
        if r.customer_code:
            for row in _wrap(_("Customer code: {code}").format(code=r.customer_code), width):
                yield TextRow(row)
    elif r.customer_name or r.customer_code:
        who = r.customer_name or ""
        code = f"({r.customer_code})" if r.customer_code else ""
        line = _("Customer: {name} {code}").format(name=who, code=code)
        for row in _wrap(line.replace("  ", " ").strip(), width):
            yield TextRow(row)


def _vat_table(r: Receipt, width: int) -> Iterator[Block]:
    money, _ = _money(r), r.text.gettext
    cells = [("", _("VAT"), _("Net"), _("Tax"), _("Gross"))] + [
        (v.code, rate_text(v.rate), money(v.net), money(v.vat), money(v.gross)) for v in r.vat
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(5)]
    spare = width - sum(widths)
    if spare >= 4:
        for row in cells:
            left = f"{row[0]:<{widths[0]}} {row[1]:>{widths[1]}}"
            nums = " ".join(f"{c:>{widths[i + 2]}}" for i, c in enumerate(row[2:]))
            yield TextRow(left + nums.rjust(width - len(left)))
        return
    for v in r.vat:  # too narrow for a table: one block per rate
        yield TextRow(_("{code} VAT {rate}").format(code=v.code, rate=rate_text(v.rate)))
        for label, amount in ((_("Net"), v.net), (_("Tax"), v.vat), (_("Gross"), v.gross)):
            for text in _pair(f"  {label}", money(amount), width):
                yield TextRow(text)


def _payments(r: Receipt, width: int) -> Iterator[Block]:
    money, _ = _money(r), r.text.gettext
    for p in r.payments:
        label = f"{_(p.label)} ({p.reference})" if p.reference else _(p.label)
        for row in _pair(
            label, money(p.tendered if rules_of(p.method).gives_change else p.amount), width
        ):
            yield TextRow(row)
    if r.change:
        for row in _pair(_("Change"), money(r.change), width):
            yield TextRow(row, bold=True)
    if r.balance > 0:
        for row in _pair(_("Still to pay"), money(r.balance), width):
            yield TextRow(row, bold=True)
    elif r.balance < 0:
        for row in _pair(_("Owed to customer"), money(-r.balance), width):
            yield TextRow(row, bold=True)
    if not r.payments:
        yield TextRow(_("Not paid yet"))


# ------------------------------------------------------------------------------- plain text


def block_text(block: Block, columns: int) -> list[str]:
    """A block as plain lines of at most ``columns`` characters (large text keeps its place)."""
    if isinstance(block, Rule):
        return ["-" * columns]
    if isinstance(block, QrCode):
        return [f"[QR {block.data}]".center(columns).rstrip()]
    if isinstance(block, LogoPlace):
        return []
    if block.align is Align.CENTER:
        return [block.text.center(columns).rstrip()]
    if block.align is Align.RIGHT:
        return [block.text.rjust(columns)]
    return [block.text.rstrip()]


def receipt_text(receipt: Receipt, columns: int) -> str:
    """The receipt as plain text, ``columns`` wide, ending with a newline."""
    width = max(MIN_COLUMNS, columns)
    rows = [line for b in receipt_layout(receipt, width) for line in block_text(b, width)]
    return "\n".join(rows) + "\n"
