"""Stored credit notes as documents: the view by number, its PDF and its printed slip.

Read in a short read-only unit of work, rendered after it closed (as ``documents.py`` does for
invoices), so no connection is held while reportlab works.

Thread rule: safe from any thread; each call opens its own unit of work. Call it from a worker,
never on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.adapters.pdf import SellerInfo, seller_info
from pos_desktop.adapters.pdf.credit_note import credit_note_pdf
from pos_desktop.config import ShopSettings
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.numbering import InvoiceNumber
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services.refunds import CreditNoteView, credit_note_view
from pos_desktop.storage.models import CreditNote, Customer, Exhibition, Invoice, InvoiceLine
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class CreditNoteSource:
    """Everything a credit note's PDF or slip prints, read in one go."""

    view: CreditNoteView
    seller: SellerInfo
    customer_name: str | None
    customer_code: str | None
    exhibition: Exhibition | None


def load_credit_note(session: Session, number: str) -> tuple[CreditNote, Invoice, CreditNoteView]:
    """The credit note ``number`` (as printed), its invoice and its view."""
    text = clean_line(number).upper()
    note = session.scalars(select(CreditNote).where(CreditNote.number == text)).first()
    if note is None:
        raise NotFound(f"no credit note {text}")
    invoice = session.get(Invoice, note.invoice_id)
    assert invoice is not None  # a foreign key
    return note, invoice, stored_note_view(note, invoice)


def stored_note_view(note: CreditNote, invoice: Invoice) -> CreditNoteView:
    """The note as its documents show it, each line with the invoice line it gives back."""
    by_id = {line.id: line for line in invoice.lines}
    sources: dict[int, InvoiceLine] = {line.id: by_id[line.invoice_line_id] for line in note.lines}
    return credit_note_view(note, invoice, sources)


class CreditNoteDocuments:
    def __init__(self, db: Database, shop: ShopSettings) -> None:
        self._db = db
        self._shop = shop

    def of_invoice(self, actor: Actor, number: str) -> list[CreditNoteView]:
        """The credit notes made against invoice ``number``, oldest first (the invoice view
        lists them to open, save or reprint)."""
        actor.require(Permission.INVOICE_VIEW)
        text = InvoiceNumber.parse(number).text
        with self._db.reader() as uow:
            session = uow.session
            invoice = session.scalars(select(Invoice).where(Invoice.number == text)).first()
            if invoice is None:
                raise NotFound(f"no invoice {text}")
            notes = session.scalars(
                select(CreditNote)
                .where(CreditNote.invoice_id == invoice.id)
                .order_by(CreditNote.id)
            ).all()
            return [stored_note_view(note, invoice) for note in notes]

    def source(self, actor: Actor, number: str) -> CreditNoteSource:
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            session = uow.session
            _note, invoice, view = load_credit_note(session, number)
            customer = session.get(Customer, invoice.customer_id) if invoice.customer_id else None
            exhibition = session.get(Exhibition, invoice.exhibition_id)
            seller = seller_info(self._shop, exhibition.name if exhibition else "")
            return CreditNoteSource(
                view,
                seller,
                customer.name if customer else None,
                customer.code if customer else None,
                exhibition,
            )

    def pdf_for(self, actor: Actor, number: str, *, paper: str | None = None) -> bytes:
        """The credit note as PDF; ``paper`` ``A4`` or ``Letter`` (default: ``shop.paper``)."""
        source = self.source(actor, number)
        return credit_note_pdf(
            source.view,
            source.seller,
            paper=paper or self._shop.paper,
            customer=source.customer_name,
        )
