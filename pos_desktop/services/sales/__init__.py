"""Invoices: selling (``selling.py``), correcting (``corrections.py``) and reading
(``queries.py``), with what they share in ``ledger.py``.

``BillingService`` keeps the one object the front ends know (``services.billing``); each job
is its own class, so reading the code of one does not mean reading the others.
"""

from __future__ import annotations

from pos_desktop.config import BillingSettings, SellerSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.services.approvals import ApprovalGate
from pos_desktop.services.sales.corrections import Corrections
from pos_desktop.services.sales.queries import InvoiceFilter, InvoiceQueries
from pos_desktop.services.sales.selling import SaleInput, Selling, TillInfo
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.uow import Database

__all__ = ["BillingService", "InvoiceFilter", "SaleInput", "TillInfo"]


class BillingService:
    """Selling, corrections and queries behind one name, as the front ends use them."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: BillingSettings,
        station: StationResolver,
        *,
        approvals: ApprovalGate | None = None,
        seller: SellerSettings | None = None,
    ) -> None:
        self.selling = Selling(db, clock, settings, station, approvals=approvals, seller=seller)
        self.corrections = Corrections(db, clock, settings, station, seller=seller)
        self.queries = InvoiceQueries(db)
        self.till = self.selling.till
        self.create_invoice = self.selling.create_invoice
        self.issue = self.selling.issue
        self.pay = self.selling.pay
        self.edit = self.corrections.edit
        self.void = self.corrections.void
        self.get = self.queries.get
        self.revisions = self.queries.revisions
        self.list_invoices = self.queries.list_invoices
