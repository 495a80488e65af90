"""Stored credit notes as documents: an invoice's credit notes, and a note's PDF by number, for
a user or for the outbox.

Read in a short read-only unit of work, rendered after it closed (as ``documents.py`` does for
invoices), so no connection is held while reportlab works.

Thread rule: safe from any thread; each call opens its own unit of work. Call it from a worker,
never on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from pos_desktop.adapters.pdf import SellerInfo, seller_info
from pos_desktop.adapters.pdf.credit_note import credit_note_pdf
from pos_desktop.config import DocumentSettings, SellerSettings, ShopSettings
from pos_desktop.domain.document_text import DocumentText
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services.credit_note_views import (
    CreditNoteView,
    load_credit_note,
    stored_note_view,
)
from pos_desktop.services.document_texts import default_language, text_for
from pos_desktop.storage.invoice_lookup import invoice_by_number
from pos_desktop.storage.models import CreditNote, Customer, Exhibition
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class CreditNoteSource:
    """Everything a credit note's PDF or slip prints, read in one go."""

    view: CreditNoteView
    seller: SellerInfo
    customer_name: str | None
    customer_code: str | None
    exhibition: Exhibition | None
    #: The customer's language (as their record says it now), else the till's.
    text: DocumentText


class CreditNoteDocuments:
    def __init__(
        self,
        db: Database,
        shop: ShopSettings,
        seller: SellerSettings | None = None,
        documents: DocumentSettings | None = None,
    ) -> None:
        self._db = db
        self._shop = shop
        self._seller = seller
        self._documents = documents

    def of_invoice(self, actor: Actor, number: str) -> list[CreditNoteView]:
        """The credit notes made against invoice ``number``, oldest first (the invoice view
        lists them to open, save or reprint)."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            session = uow.session
            invoice = invoice_by_number(session, number)
            notes = session.scalars(
                select(CreditNote)
                .where(CreditNote.invoice_id == invoice.id)
                .order_by(CreditNote.id)
            ).all()
            return [stored_note_view(note, invoice) for note in notes]

    def source(self, actor: Actor, number: str) -> CreditNoteSource:
        actor.require(Permission.INVOICE_VIEW)
        return self._source(number)

    def pdf_for(self, actor: Actor, number: str, *, paper: str | None = None) -> bytes:
        """The credit note as PDF; ``paper`` ``A4`` or ``Letter`` (default: ``shop.paper``)."""
        actor.require(Permission.INVOICE_VIEW)
        return self.render_pdf(number, paper=paper)

    def render_pdf(self, number: str, *, paper: str | None = None) -> bytes:
        """Without a user: for the outbox sender attaching it to a refund notice that a
        permitted refund (or resend) already queued."""
        source = self._source(number)
        return credit_note_pdf(
            source.view,
            source.seller,
            paper=paper or self._shop.paper,
            customer=source.customer_name,
            text=source.text,
        )

    def _source(self, number: str) -> CreditNoteSource:
        with self._db.reader() as uow:
            session = uow.session
            _note, invoice, view = load_credit_note(session, number)
            customer = session.get(Customer, invoice.customer_id) if invoice.customer_id else None
            exhibition = session.get(Exhibition, invoice.exhibition_id)
            text = text_for(customer, default_language(self._documents, exhibition))
            name = exhibition.name if exhibition else ""
            seller = seller_info(self._shop, name, self._seller, text)
            return CreditNoteSource(
                view,
                seller,
                customer.name if customer else None,
                customer.code if customer else None,
                exhibition,
                text,
            )
