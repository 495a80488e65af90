"""What each email says: subject, plain text and HTML from the templates, plus what to attach.

The templates hold each message's paragraphs per language; the sentences made here (the
attached PDF, the parties' headings, the amount still due) come from the documents'
catalogues (``adapters/document_catalogues.py``) in the same language. Amounts and dates are
written as that language writes them (Babel, as the email client shows text: ``25,00 €``).

Composed when the message is queued, inside the transaction of the event (a registration, a
sale, a void): the text then says what was true at that moment, and composing is string
substitution (tens of microseconds). Attachments are only *named* here (``AttachmentSpec``);
their bytes are made when the message is sent: see services/outbox/sending.py.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from pos_desktop.adapters.document_catalogues import documents_text
from pos_desktop.adapters.email_templates import RenderedEmail, escape_all
from pos_desktop.adapters.pdf.documents import SellerInfo
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.document_text import N_, DocumentText
from pos_desktop.domain.money import ZERO
from pos_desktop.domain.outbox import AttachmentSpec
from pos_desktop.domain.parties import REVERSE_CHARGE_NOTE
from pos_desktop.domain.payment_methods import rules_of
from pos_desktop.services.email_formats import email_date, money_format
from pos_desktop.services.invoice_views import InvoiceView

QR_CID = "customer-qr"
LOGO_CID = "shop-logo"


class EmailRendering(Protocol):
    """The email templates (adapters/email_templates.py, picked in bootstrap): a subject,
    a plain text and an HTML page per message name and language, English when one is missing."""

    def render(
        self,
        name: str,
        language: str,
        values: Mapping[str, str],
        *,
        raw: Mapping[str, str] | None = None,
    ) -> RenderedEmail: ...


@dataclass(frozen=True, slots=True)
class Branding:
    """The shop as its emails show it; an empty name means the exhibition's."""

    shop_name: str = ""
    footer: str = ""
    #: A PNG or JPEG shown at the top of the HTML part; empty for none.
    logo_path: str = ""
    #: The seller's legal data for an exhibition's name (its country named in the email's
    #: language), read from the settings when an invoice email is composed (so a change in
    #: Settings applies to the next one).
    seller: Callable[[str, DocumentText], SellerInfo] | None = None


@dataclass(frozen=True, slots=True)
class RefundNotice:
    """A credit note as the customer's email tells it (plain values: no storage types here)."""

    credit_number: str
    invoice_number: str
    created_at: datetime
    currency: str
    gross: Decimal
    method: str  # a PaymentMethod value: how the money goes back
    lines: tuple[tuple[str, Decimal, Decimal], ...]  # description, quantity, gross


@dataclass(frozen=True, slots=True)
class ComposedEmail:
    rendered: RenderedEmail
    attachments: tuple[AttachmentSpec, ...]


#: The sentence naming an attached PDF, per kind.
_PDF_NOTE = {
    "invoice_pdf": N_("The invoice is attached as a PDF ({file})."),
    "credit_note_pdf": N_("The credit note is attached as a PDF ({file})."),
}


def _parties(
    seller: SellerInfo | None, view: InvoiceView, text: DocumentText
) -> tuple[str, str, str, str]:
    """The seller's block (when an address or legal data are set) and, on a full invoice, the
    buyer's, as plain text and HTML; then the reverse-charge note as text and HTML."""
    _ = text.gettext
    reverse = _(REVERSE_CHARGE_NOTE)
    blocks: list[tuple[str, list[str]]] = []
    if seller is not None and (seller.address_lines or seller.legal_lines):
        legal = seller.legal_lines_in(text)
        blocks.append((_("Seller"), [seller.name, *seller.address_lines, *legal]))
    if view.buyer is not None and view.buyer.is_full:
        blocks.append((_("Bill to"), view.buyer.block_lines(text)))
    plain = html_cells = ""
    if blocks:
        plain = (
            "\n"
            + "\n\n".join(
                f"{heading}:\n" + "\n".join(f"  {line}" for line in lines)
                for heading, lines in blocks
            )
            + "\n\n"
        )
        html_cells = "".join(
            f'<td style="vertical-align:top;padding:0 24px 12px 0;"><strong>'
            f"{html.escape(heading)}</strong><br>"
            + "<br>".join(html.escape(line) for line in lines)
            + "</td>"
            for heading, lines in blocks
        )
        html_cells = f'<table role="presentation" cellpadding="0"><tr>{html_cells}</tr></table>'
    if not view.reverse_charge:
        return plain, html_cells, "", ""
    return plain, html_cells, f"\n\n{reverse}", f"<p><strong>{html.escape(reverse)}</strong></p>"


def _line_table(rows: list[tuple[str, str]]) -> tuple[str, str]:
    """The lines (what, amount) as aligned plain text and as an HTML table."""
    width = max([len(what) for what, _ in rows], default=0)
    text = "\n".join([f"  {what.ljust(width)}  {amount}" for what, amount in rows])
    escaped = escape_all([part for row in rows for part in row])  # what, amount, what, ...
    cells = "".join(
        [
            f'<tr><td style="padding:2px 12px 2px 0;">{what}</td>'
            f'<td style="text-align:right;">{amount}</td></tr>'
            for what, amount in zip(escaped[::2], escaped[1::2], strict=True)
        ]
    )
    return text, f'<table role="presentation" cellpadding="0">{cells}</table>'


def _attach_pdf(parts: list[Any], render: str, key: str, file: str, text: DocumentText) -> str:
    """Name the PDF in the message's ``parts``; returns the sentence that says it is attached."""
    parts.append(AttachmentSpec(render, key, file))
    return text.gettext(_PDF_NOTE[render]).format(file=file)


class EmailComposer:
    """Threading: stateless apart from the template cache; share it freely."""

    def __init__(
        self,
        templates: EmailRendering,
        branding: Branding,
        *,
        invoice_pdf: bool = False,
        badge_pdf: bool = False,
        credit_note_pdf: bool = False,
    ) -> None:
        """``invoice_pdf`` / ``badge_pdf`` / ``credit_note_pdf``: whether the sender can attach
        those PDFs (then the text mentions them and the message names them)."""
        self._templates = templates
        self.branding = branding
        self._invoice_pdf = invoice_pdf
        self._badge_pdf = badge_pdf
        self._credit_note_pdf = credit_note_pdf

    def _common(self, exhibition: str) -> tuple[dict[str, str], dict[str, str], list[Any]]:
        shop = self.branding.shop_name or exhibition
        values = {"shop": shop, "exhibition": exhibition, "footer": self.branding.footer}
        raw, parts = {"logo": ""}, []
        if self.branding.logo_path:
            raw["logo"] = (
                f'<img src="cid:{LOGO_CID}" alt="" height="40" '
                'style="vertical-align:middle;margin-right:12px;">'
            )
            parts.append(AttachmentSpec("file", self.branding.logo_path, "logo", LOGO_CID))
        return values, raw, parts

    def compose(
        self,
        name: str,
        *,
        exhibition: str,
        language: str,
        values: Mapping[str, str],
        attachments: tuple[AttachmentSpec, ...] = (),
    ) -> ComposedEmail:
        """Template ``name`` with the shop's name, logo and footer and ``values`` (a message
        that needs no formatting of its own: the workshops' offer and certificate)."""
        common, raw, parts = self._common(exhibition)
        rendered = self._templates.render(name, language, common | dict(values), raw=raw)
        return ComposedEmail(rendered, (*parts, *attachments))

    def welcome(self, *, name: str, code: str, exhibition: str, language: str) -> ComposedEmail:
        values, raw, parts = self._common(exhibition)
        qr_name = f"customer-code-{code}.png"
        badge_note = ""
        if self._badge_pdf:
            note = documents_text(language).gettext("Your badge is attached as a PDF ({file}).")
            badge_note = " " + note.format(file=f"badge-{code}.pdf")
        values |= {
            "name": name,
            "code": CustomerCode(code).display,
            "qr_filename": qr_name,
            "qr_cid": QR_CID,
            "badge_note": badge_note,
        }
        parts += [AttachmentSpec("qr", code, qr_name, QR_CID), AttachmentSpec("qr", code, qr_name)]
        if self._badge_pdf:
            parts.append(AttachmentSpec("badge_pdf", code, f"badge-{code}.pdf"))
        rendered = self._templates.render("welcome", language, values, raw=raw)
        return ComposedEmail(rendered, tuple(parts))

    def invoice(self, view: InvoiceView, *, exhibition: str, language: str) -> ComposedEmail:
        values, raw, parts = self._common(exhibition)
        text = documents_text(language)
        number = view.number or ""
        money = money_format(language, view.currency)
        lines_text, raw["lines_html"] = _line_table(
            [
                (
                    f"{ln.quantity.normalize():f} x {ln.description}",
                    money(ln.gross if view.prices_include_vat else ln.net),
                )
                for ln in view.lines
            ]
        )
        balance = view.balance
        balance_note = ""
        if balance > ZERO:
            due = money(balance)
            balance_note = ", " + text.gettext("still to pay: {amount}").format(amount=due)
        pdf_note = ""
        if self._invoice_pdf:
            pdf_note = _attach_pdf(parts, "invoice_pdf", number, f"invoice-{number}.pdf", text)
        seller = self.branding.seller(exhibition, text) if self.branding.seller else None
        parties, raw["parties_html"], reverse_charge, raw["reverse_charge_html"] = _parties(
            seller, view, text
        )
        values |= {
            "name": view.customer_name or "",
            "number": number,
            "date": email_date(view.issued_at, language),
            "lines": lines_text,
            "total": money(view.gross),
            "paid": money(view.paid),
            "balance_note": balance_note,
            "pdf_note": pdf_note,
            "parties": parties,
            "reverse_charge_note": reverse_charge,
        }
        rendered = self._templates.render("invoice", language, values, raw=raw)
        return ComposedEmail(rendered, tuple(parts))

    def void(self, view: InvoiceView, *, exhibition: str, language: str) -> ComposedEmail:
        values, raw, parts = self._common(exhibition)
        money = money_format(language, view.currency)
        refund = ""
        if view.paid > ZERO:
            amount = money(view.paid)
            said = documents_text(language).gettext("The {amount} you paid will be refunded.")
            refund = said.format(amount=amount)
        values |= {
            "name": view.customer_name or "",
            "number": view.number or "",
            "date": email_date(view.issued_at, language),
            "total": money(view.gross),
            "reason": view.void_reason or "",
            "refund_note": refund,
        }
        rendered = self._templates.render("void", language, values, raw=raw)
        return ComposedEmail(rendered, tuple(parts))

    def refund(
        self, notice: RefundNotice, *, name: str, exhibition: str, language: str
    ) -> ComposedEmail:
        """The credit note: its number, the invoice, the amount and how it is paid back."""
        values, raw, parts = self._common(exhibition)
        text = documents_text(language)
        money = money_format(language, notice.currency)
        lines_text, raw["lines_html"] = _line_table(
            [
                (f"{quantity.normalize():f} x {description}", money(gross))
                for description, quantity, gross in notice.lines
            ]
        )
        pdf_note = ""
        if self._credit_note_pdf:
            number = notice.credit_number
            file = f"credit-note-{number}.pdf"
            pdf_note = _attach_pdf(parts, "credit_note_pdf", number, file, text)
        values |= {
            "name": name,
            "number": notice.invoice_number,
            "credit_number": notice.credit_number,
            "date": email_date(notice.created_at, language),
            "lines": lines_text,
            "amount": money(notice.gross),
            "payback_note": text.gettext(rules_of(notice.method).payback),
            "pdf_note": pdf_note,
        }
        rendered = self._templates.render("refund", language, values, raw=raw)
        return ComposedEmail(rendered, tuple(parts))

    def test(self, *, exhibition: str, terminal: str, language: str = "en") -> ComposedEmail:
        values, raw, parts = self._common(exhibition)
        values["terminal"] = terminal
        rendered = self._templates.render("test", language, values, raw=raw)
        return ComposedEmail(rendered, tuple(parts))
