"""Reading invoices: one by number, its revisions, and the invoice list by pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, or_, select

from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services.invoice_views import InvoiceSummary, InvoiceView, invoice_view
from pos_desktop.services.sales.ledger import customer_row
from pos_desktop.storage.invoice_lookup import invoice_by_number
from pos_desktop.storage.models import Customer, Invoice, InvoiceRevision
from pos_desktop.storage.uow import Database

LIST_LIMIT_MAX = 1000
#: What a row of the invoice list shows, in ``InvoiceSummary``'s order.
SUMMARY_COLUMNS = (
    Invoice.id,
    Invoice.number,
    Invoice.status,
    Invoice.issued_at,
    Customer.code,
    Customer.name,
    Invoice.currency,
    Invoice.gross,
    Invoice.paid,
    Invoice.cashier_name,
)


@dataclass(frozen=True, slots=True)
class InvoiceFilter:
    status: InvoiceStatus | None = None
    customer_code: str | None = None
    issued_from: datetime | None = None
    issued_to: datetime | None = None
    number_prefix: str | None = None


def _beyond(row: InvoiceSummary, oldest_first: bool) -> ColumnElement[bool]:
    """Rows after ``row`` in the list's order: by id for drafts, else by (issued_at, id)."""
    if row.issued_at is None:
        return Invoice.id > row.id if oldest_first else Invoice.id < row.id
    if oldest_first:
        return or_(
            Invoice.issued_at > row.issued_at,
            and_(Invoice.issued_at == row.issued_at, Invoice.id > row.id),
        )
    return or_(
        Invoice.issued_at < row.issued_at,
        and_(Invoice.issued_at == row.issued_at, Invoice.id < row.id),
    )


class InvoiceQueries:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, actor: Actor, number: str) -> InvoiceView:
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            row = invoice_by_number(uow.session, number)
            return invoice_view(row, customer_row(uow.session, row.customer_id))

    def revisions(self, actor: Actor, number: str) -> list[tuple[int, datetime, str, str]]:
        """``(revision, edited_at, edited_by, reason)`` of every edit, oldest first."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            row = invoice_by_number(uow.session, number)
            revs = uow.session.scalars(
                select(InvoiceRevision)
                .where(InvoiceRevision.invoice_id == row.id)
                .order_by(InvoiceRevision.revision)
            )
            return [(r.revision, r.edited_at, r.edited_by, r.reason) for r in revs]

    def list_invoices(
        self,
        actor: Actor,
        filters: InvoiceFilter | None = None,
        *,
        limit: int = 100,
        offset: int = 0,
        after: InvoiceSummary | None = None,
        oldest_first: bool = False,
    ) -> list[InvoiceSummary]:
        """Newest first (or oldest first); drafts only when asked for by status.

        ``after`` (the last row of the previous page) pages by key instead of ``offset``, so the
        millionth row comes as fast as the first: that is how a scrolling list fetches more.
        Only the listed columns are read: loading whole invoices also loaded every line and
        payment of the page (two more queries and a thousand objects per 200 rows).
        """
        actor.require(Permission.INVOICE_VIEW)
        f = filters or InvoiceFilter()
        query = select(*SUMMARY_COLUMNS).outerjoin(Customer, Customer.id == Invoice.customer_id)
        if f.status is not None:
            query = query.where(Invoice.status == f.status.value)
        else:
            query = query.where(Invoice.status != InvoiceStatus.DRAFT.value)
        if f.customer_code:
            query = query.where(Customer.code == CustomerCode.parse(f.customer_code).value)
        if f.issued_from:
            query = query.where(Invoice.issued_at >= f.issued_from)
        if f.issued_to:
            query = query.where(Invoice.issued_at < f.issued_to)
        if f.number_prefix:
            query = query.where(
                Invoice.number.startswith(clean_line(f.number_prefix).upper(), autoescape=True)
            )
        if after is not None:
            query = query.where(_beyond(after, oldest_first))
        # Drafts have no date: by id. Everything else by date, which an index on issued_at
        # serves as it is, either way (a NULLS LAST clause would make SQLite sort every row).
        keys = (Invoice.id,) if f.status is InvoiceStatus.DRAFT else (Invoice.issued_at, Invoice.id)
        order = keys if oldest_first else tuple(k.desc() for k in keys)
        query = query.order_by(*order).limit(max(1, min(limit, LIST_LIMIT_MAX))).offset(offset)
        with self._db.reader() as uow:
            rows = uow.session.execute(query).all()
        return [
            InvoiceSummary(i, number, InvoiceStatus(status), at, code, name, cur, gross, paid, by)
            for i, number, status, at, code, name, cur, gross, paid, by in rows
        ]
