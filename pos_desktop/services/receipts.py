"""From an invoice to its receipt: :func:`build_receipt` fills the one document model.

The PDF receipt, the ESC/POS slip, the preview image and the text all start from here, so
what a customer reads is the same whichever way it reaches them. ``text`` is the customer's
language (``domain/document_text.py``): the texts made here come in it, the layout says the
rest.
"""

from __future__ import annotations

from pos_desktop.adapters.pdf.documents import seller_info
from pos_desktop.config import SellerSettings, ShopSettings
from pos_desktop.domain.document_text import ENGLISH, N_, DocumentText
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.money import ZERO, round_money
from pos_desktop.domain.parties import REVERSE_CHARGE_NOTE
from pos_desktop.domain.payment_methods import rules_of
from pos_desktop.domain.receipt import (
    Receipt,
    ReceiptLine,
    ReceiptPayment,
    ReceiptVat,
    ShopInfo,
)
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.storage.models import CreditNote, Invoice

CREDIT_NOTE_TITLE = N_("CREDIT NOTE")


def vat_code(index: int) -> str:
    """``A``, ``B``, ... for the invoice's rates in breakdown order (``Z1`` beyond 26)."""
    return chr(ord("A") + index) if index < 26 else f"Z{index - 25}"


def build_receipt(
    view: InvoiceView, shop: ShopInfo, *, copy: bool = False, text: DocumentText = ENGLISH
) -> Receipt:
    """The receipt of an issued (or voided) invoice; ``copy`` marks a reprint "COPY".

    Raises ``ValueError`` for a draft: it has no number to print.
    """
    if view.number is None:
        raise ValueError("a draft has no receipt; issue it first")
    codes = {bucket.rate: vat_code(i) for i, bucket in enumerate(view.vat_breakdown)}
    moment = view.issued_at or view.created_at
    lines = tuple(
        ReceiptLine(
            description=ln.description,
            quantity=ln.quantity,
            unit_price=ln.unit_price,
            amount=(ln.gross if view.prices_include_vat else ln.net) + ln.discount,
            discount=ln.discount,
            discount_percent=ln.discount_percent,
            vat_rate=ln.vat_rate,
            vat_code=codes.get(ln.vat_rate, "?"),
        )
        for ln in view.lines
    )
    return Receipt(
        header=shop.header,
        exhibition=shop.exhibition,
        booth=shop.booth,
        number=view.number,
        issued_at=moment.astimezone(shop.timezone),
        terminal=shop.terminal,
        cashier=view.cashier,
        customer_name=view.customer_name,
        customer_code=view.customer_code,
        currency=view.currency,
        prices_include_vat=view.prices_include_vat,
        lines=lines,
        vat=tuple(
            ReceiptVat(codes[b.rate], b.rate, b.net, b.vat, b.gross) for b in view.vat_breakdown
        ),
        net=view.net,
        vat_total=view.vat,
        gross=view.gross,
        discount=view.discount,
        paid=view.paid,
        change=view.change,
        payments=tuple(
            ReceiptPayment(
                p.method.value, rules_of(p.method).label, p.amount, p.tendered, p.reference
            )
            for p in view.payments
        ),
        footer=shop.footer,
        copy=copy,
        void=view.status is InvoiceStatus.VOIDED,
        venue=shop.venue,
        buyer=tuple(view.buyer.block_lines(text)) if view.buyer and view.buyer.is_full else (),
        notes=(text.gettext(REVERSE_CHARGE_NOTE),) if view.reverse_charge else (),
        text=text,
    )


def credit_note_receipt(
    note: CreditNote,
    invoice: Invoice,
    shop: ShopInfo,
    *,
    copy: bool = False,
    text: DocumentText = ENGLISH,
) -> Receipt:
    """The refund's slip: the receipt model titled CREDIT NOTE, every amount negative."""
    cur = note.currency
    by_id = {line.id: line for line in invoice.lines}
    rates = sorted({line.vat_rate for line in note.lines}, reverse=True)
    codes = {rate: vat_code(i) for i, rate in enumerate(rates)}
    lines = []
    for line in sorted(note.lines, key=lambda cl: by_id[cl.invoice_line_id].position):
        source = by_id[line.invoice_line_id]
        lines.append(
            ReceiptLine(
                description=source.description,
                quantity=line.quantity,
                unit_price=round_money(-line.gross / line.quantity, cur),
                amount=-line.gross,
                discount=ZERO,
                discount_percent=None,
                vat_rate=line.vat_rate,
                vat_code=codes[line.vat_rate],
            )
        )
    vat = tuple(
        ReceiptVat(
            codes[rate],
            rate,
            -sum((cl.net for cl in note.lines if cl.vat_rate == rate), ZERO),
            -sum((cl.vat for cl in note.lines if cl.vat_rate == rate), ZERO),
            -sum((cl.gross for cl in note.lines if cl.vat_rate == rate), ZERO),
        )
        for rate in rates
    )
    label = rules_of(note.method).refund_label
    return Receipt(
        header=shop.header,
        exhibition=shop.exhibition,
        booth=shop.booth,
        number=note.number,
        issued_at=note.created_at.astimezone(shop.timezone),
        terminal=shop.terminal,
        cashier=note.created_by,
        customer_name=None,
        customer_code=None,
        currency=cur,
        prices_include_vat=True,
        lines=tuple(lines),
        vat=vat,
        net=-note.net,
        vat_total=-note.vat,
        gross=-note.gross,
        discount=ZERO,
        paid=-note.gross,
        change=ZERO,
        payments=(ReceiptPayment(note.method, label, -note.gross, -note.gross, None),),
        footer=(text.gettext("Reason: {reason}").format(reason=note.reason), *shop.footer),
        copy=copy,
        venue=shop.venue,
        title=CREDIT_NOTE_TITLE,
        number_label=N_("Credit note"),
        refers_to=invoice.number,
        text=text,
    )


def split_lines(text: str) -> tuple[str, ...]:
    """Setting text with ``|``, ``;`` or line breaks between lines, as a tuple of lines."""
    for separator in ("|", ";"):
        text = text.replace(separator, "\n")
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def shop_info(
    shop: ShopSettings,
    footer: str,
    *,
    exhibition: str,
    terminal: str,
    booth: str | None = None,
    venue: str | None = None,
    seller: SellerSettings | None = None,
    text: DocumentText = ENGLISH,
) -> ShopInfo:
    """The receipt's header: the seller (``[seller]``, else ``[shop]``: name, address, VAT ID,
    tax number, register) in ``text``'s language; its footer from ``printer``. The exhibition
    is printed under it, so a seller without a name gets none here."""
    legal = seller_info(shop, "", seller, text)
    header = [legal.name] if legal.name else []
    header += legal.address_lines + legal.legal_lines_in(text)
    return ShopInfo(
        exhibition=exhibition,
        terminal=terminal,
        header=tuple(header),
        booth=booth,
        venue=venue,
        footer=split_lines(footer),
    )
