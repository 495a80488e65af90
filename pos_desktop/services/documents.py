"""PDF documents of stored invoices and customers: invoice PDFs and badges, by number or code.

Reading and rendering are separate steps: the rows are read in a short read-only unit of work,
and the PDF is rendered after it has closed, so no database connection (and on SQLite no
snapshot) is held for the tens of milliseconds reportlab takes. An invoice speaks its
customer's language as their record says it when it is rendered (``document_texts.py``).

Two doors: the ``*_for`` methods check the acting user's permission (CLI, app); the
``render_*`` methods have no user, for the outbox sender attaching a PDF to an email that a
permitted action already queued.

Thread rule: safe from any thread; each call opens its own unit of work. Call it from a worker,
never on the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.adapters.pdf import SellerInfo, badge_pdf, invoice_pdf, seller_info
from pos_desktop.config import DocumentSettings, SellerSettings, ShopSettings
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.document_text import DocumentText
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services.customer_views import CustomerView, customer_view
from pos_desktop.services.document_texts import default_language, text_for
from pos_desktop.services.invoice_views import InvoiceView, invoice_view
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.invoice_lookup import invoice_by_number
from pos_desktop.storage.models import Customer, Exhibition
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class InvoiceSource:
    """Everything an invoice PDF prints, read in one go."""

    view: InvoiceView
    seller: SellerInfo
    buyer: CustomerView | None
    text: DocumentText


class DocumentService:
    def __init__(
        self,
        db: Database,
        shop: ShopSettings,
        station: StationResolver,
        seller: SellerSettings | None = None,
        documents: DocumentSettings | None = None,
    ) -> None:
        self._db = db
        self._shop = shop
        self._seller = seller
        self._station = station
        self._documents = documents

    # ------------------------------------------------------------------ with a user
    def invoice_pdf_for(self, actor: Actor, number: str, *, paper: str | None = None) -> bytes:
        """The invoice as PDF; ``paper`` ``A4`` or ``Letter`` (default: ``shop.paper``)."""
        actor.require(Permission.INVOICE_VIEW)
        return self.render_invoice_pdf(number, paper=paper)

    def badge_pdf_for(self, actor: Actor, code: str) -> bytes:
        actor.require(Permission.CUSTOMER_VIEW)
        return self.render_badge_pdf(code)

    # ------------------------------------------------------------------ without a user
    def render_invoice_pdf(self, number: str, *, paper: str | None = None) -> bytes:
        source = self.invoice_source(number)
        return invoice_pdf(
            source.view,
            source.seller,
            paper=paper or self._shop.paper,
            buyer=source.buyer,
            text=source.text,
        )

    def render_badge_pdf(self, code: str) -> bytes:
        customer, exhibition_name, text = self.badge_source(code)
        return badge_pdf(customer, exhibition_name, text)

    def invoice_source(self, number: str) -> InvoiceSource:
        with self._db.reader() as uow:
            session = uow.session
            row = invoice_by_number(session, number)
            customer = session.get(Customer, row.customer_id) if row.customer_id else None
            exhibition = session.get(Exhibition, row.exhibition_id)
            view = invoice_view(row, customer)
            buyer = customer_view(customer) if customer else None
            exhibition_name = exhibition.name if exhibition else ""
            text = text_for(customer, default_language(self._documents, exhibition))
        seller = seller_info(self._shop, exhibition_name, self._seller, text)
        return InvoiceSource(view, seller, buyer, text)

    def badge_source(self, code: str) -> tuple[CustomerView, str, DocumentText]:
        """The customer, the name of the exhibition they registered at (else the current) and
        their language."""
        parsed = CustomerCode.parse(code)
        with self._db.reader() as uow:
            session = uow.session
            row = session.scalars(select(Customer).where(Customer.code == parsed.value)).first()
            if row is None:
                raise NotFound(say("no customer with code {code}", code=parsed.value))
            exhibition = self._exhibition(session, row)
            text = text_for(row, default_language(self._documents, exhibition))
            name = exhibition.name if exhibition else self._shop.name
            return customer_view(row), name, text

    def _exhibition(self, session: Session, customer: Customer) -> Exhibition | None:
        if customer.registered_exhibition_id is not None:
            registered = session.get(Exhibition, customer.registered_exhibition_id)
            if registered is not None:
                return registered
        return self._station.current_exhibition_or_none(session)
