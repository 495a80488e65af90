"""Selling: a cart saved as an invoice with its lines and payments, numbered without gaps.

Each method is one transaction: every line, payment, number and audit event of a sale is saved
together or not at all, so a sale whose third line is wrong leaves no trace of the first two.
What a sale causes beyond the invoice (receipt, stock, running totals, the customer's email)
is announced with ``SaleIssued`` and done by the handlers wired in ``bootstrap``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.config import BillingSettings, SellerSettings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import InvalidState, NotFound, ValidationError
from pos_desktop.domain.invoice import (
    InvoiceStatus,
    LineInput,
    PaymentInput,
    check_lines,
    price_lines,
    settle,
)
from pos_desktop.domain.money import format_amount
from pos_desktop.domain.numbering import DocumentKind
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.vat_rates import vat_choices
from pos_desktop.services import audit
from pos_desktop.services.action_keys import replayed
from pos_desktop.services.approvals import ApprovalGate, checked_approver, discount_approval
from pos_desktop.services.cash_sessions import require_open_session
from pos_desktop.services.events import InvoicePaid, SaleIssued
from pos_desktop.services.invoice_views import (
    InvoiceView,
    invoice_document,
    invoice_view,
    snapshot_buyer,
)
from pos_desktop.services.reverse_charge import check_reverse_charge, seller_country
from pos_desktop.services.sales.ledger import (
    book_payments,
    checked_products,
    customer_by_code,
    customer_row,
    issued_invoice,
    line_rows,
    new_invoice,
    payment_rows,
    remember_action,
    save_new_invoice,
    saved_view,
)
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import Stocked
from pos_desktop.storage.models import Customer, Invoice, Product
from pos_desktop.storage.series import allocate_number
from pos_desktop.storage.uow import Database, UnitOfWork


@dataclass(frozen=True, slots=True)
class SaleInput:
    """A cart at the moment the cashier saves it."""

    lines: Sequence[LineInput]
    customer_code: str | None = None
    payments: Sequence[PaymentInput] = ()
    #: The manager who approves discounts and prices beyond the cashier's limit, typed at the
    #: till; the service checks the password (``services/approvals.py``).
    approver: ApproverCredentials | None = None
    #: The invoice carries the reverse-charge note (a manager's choice; see reverse_charge.py).
    reverse_charge: bool = False


@dataclass(frozen=True, slots=True)
class TillInfo:
    """What a checkout screen needs before the first line: currency, pricing mode, defaults."""

    exhibition_code: str
    exhibition_name: str
    currency: str
    terminal_code: str
    prices_include_vat: bool
    default_vat_rate: Decimal
    #: The rates offered for a free-text line, the default first (``domain/vat_rates.py``).
    vat_rates: tuple[Decimal, ...] = ()


class Selling:
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
        self._db = db
        self._seller = seller  # None: no seller country, so no reverse charge
        self._approvals = approvals  # None: no manager can approve (demo data)
        self._clock = clock
        self._settings = settings
        self._station = station

    def till(self, actor: Actor) -> TillInfo:
        """The exhibition this terminal sells for now (raises if none is active)."""
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            exhibition = self._station.current_exhibition(uow.session)
            in_use = uow.session.scalars(
                select(Product.vat_rate).where(Product.active.is_(True)).distinct()
            ).all()
            default, rates = vat_choices(
                self._settings.default_vat_rate, seller_country(self._seller), in_use
            )
            return TillInfo(
                exhibition.code,
                exhibition.name,
                exhibition.currency,
                self._station.terminal_code,
                self._settings.prices_include_vat,
                default,
                rates,
            )

    def create_invoice(
        self, actor: Actor, sale: SaleInput, *, issue: bool = True, key: ActionKey | None = None
    ) -> InvoiceView:
        """Save a sale; ``issue=True`` numbers it at once (the normal checkout).

        A draft (``issue=False``) keeps a cart without using a number; it takes no payments.
        ``key``: the cart's idempotency key; a sale already saved under it is returned as saved
        (after a lost COMMIT reply the retry must not sell twice).
        """
        actor.require(Permission.INVOICE_CREATE)
        code = CustomerCode.parse(sale.customer_code) if sale.customer_code else None
        if sale.payments and not issue:
            raise ValidationError.single(
                say("payments"), say("a draft takes no payments; issue it first")
            )
        if sale.reverse_charge and not issue:
            raise ValidationError.single(
                say("reverse charge"), say("is chosen when the sale is issued")
            )
        now = self._clock.now()
        action = "invoice.issue" if issue else "invoice.draft"
        approver = checked_approver(
            self._approvals,
            sale.approver,
            Permission.DISCOUNT_APPROVE,
            requested_by=actor,
            action="a sale's discounts and prices",
        )
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, action)) is not None:
                return saved_view(session, done)
            station = self._station.resolve(session, now)
            check_lines(sale.lines, station.currency)
            customer = customer_by_code(session, code) if code else None
            if sale.reverse_charge:
                check_reverse_charge(actor, customer, self._seller)
            tracked, listed = checked_products(session, sale.lines)
            priced = price_lines(sale.lines, station.currency, self._settings.prices_include_vat)
            approved_by = discount_approval(
                actor,
                approver,
                sale.lines,
                priced.lines,
                listed,
                settings=self._settings,
                currency=station.currency,
            )
            settlement = settle(
                priced.totals.gross,
                sale.payments,
                station.currency,
                tender_limit=self._settings.tender_limit,
            )
            paid = payment_rows(settlement.payments, now, actor)
            row = new_invoice(
                priced,
                paid,
                status=InvoiceStatus.DRAFT.value,
                exhibition_id=station.exhibition_id,
                terminal_id=station.terminal_id,
                customer_id=customer.id if customer else None,
                currency=station.currency,
                prices_include_vat=self._settings.prices_include_vat,
                cashier_user_id=actor.user_id,
                cashier_name=actor.label,
                created_at=now,
                revision=0,
                reverse_charge=sale.reverse_charge,
            )
            if issue:
                # Everything that can refuse the sale is checked: from here the series row stays
                # locked until the commit, and the number goes into the invoice's own INSERT.
                self._number(session, row, station.exhibition_code, station.terminal_code, now)
            save_new_invoice(session, row, line_rows(sale.lines, priced), paid)
            view = invoice_view(row, customer, breakdown=priced.totals.vat_breakdown)
            audit.record(
                session,
                actor=actor,
                at=now,
                action=action,
                entity_type="invoice",
                entity_key=row.number or f"draft-{row.id}",
                summary=(
                    f"{'invoice ' + row.number if row.number else 'draft'} for "
                    f"{customer.code if customer else 'walk-in'}: "
                    f"{format_amount(row.gross, row.currency)} {row.currency}, "
                    f"paid {format_amount(row.paid, row.currency)}"
                    + (f"; discount approved by {approved_by}" if approved_by else "")
                    + ("; reverse charge" if sale.reverse_charge else "")
                ),
                after=invoice_document(view),
                terminal=station.terminal_code,
                subject=row,
            )
            if issue:
                self._announce_sale(
                    uow, row, view, customer=customer, actor=actor, now=now, tracked=tracked
                )
            remember_action(
                session, key, action, row=row, actor=actor, now=now, terminal=station.terminal_code
            )
            uow.commit()
        return view

    def issue(
        self,
        actor: Actor,
        draft_id: int,
        payments: Sequence[PaymentInput] = (),
        *,
        key: ActionKey | None = None,
    ) -> InvoiceView:
        """Give a draft its number (and take its payments) in one transaction."""
        actor.require(Permission.INVOICE_CREATE)
        now = self._clock.now()
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "invoice.issue")) is not None:
                return saved_view(session, done)
            row = session.get(Invoice, draft_id)
            if row is None or row.status != InvoiceStatus.DRAFT.value:
                raise NotFound(say("no draft {number}", number=draft_id))
            station = self._station.resolve(session, now)
            if row.exhibition_id != station.exhibition_id:
                raise InvalidState(say("this draft belongs to another exhibition"))
            settlement = settle(
                row.gross,
                payments,
                row.currency,
                already_paid=row.paid,
                tender_limit=self._settings.tender_limit,
            )
            book_payments(row, settlement.payments, now, actor)
            self._number(session, row, station.exhibition_code, station.terminal_code, now)
            session.flush()
            customer = customer_row(session, row.customer_id)
            view = invoice_view(row, customer)
            audit.record(
                session,
                actor=actor,
                at=now,
                action="invoice.issue",
                entity_type="invoice",
                entity_key=row.number,
                summary=f"draft {draft_id} issued as {row.number}",
                after=invoice_document(view),
                terminal=station.terminal_code,
                subject=row,
            )
            self._announce_sale(
                uow, row, view, customer=customer, actor=actor, now=now, tracked=None
            )
            remember_action(
                session,
                key,
                "invoice.issue",
                row=row,
                actor=actor,
                now=now,
                terminal=station.terminal_code,
            )
            uow.commit()
        return view

    def _number(
        self, session: Session, row: Invoice, exhibition: str, terminal: str, now: datetime
    ) -> None:
        """Give the invoice its number in the till's series (the series row stays locked until
        the commit: two tills never get the same number, and no number is skipped)."""
        if self._settings.require_cash_session:
            require_open_session(session, row.terminal_id, terminal)
        series_id, sequence, number = allocate_number(
            session,
            exhibition_id=row.exhibition_id,
            exhibition_code=exhibition,
            terminal_id=row.terminal_id,
            terminal_code=terminal,
            kind=DocumentKind.INVOICE,
        )
        row.series_id, row.sequence, row.number = series_id, sequence, number
        row.status = InvoiceStatus.ISSUED.value
        row.issued_at = now
        snapshot_buyer(row, customer_row(session, row.customer_id))

    def _announce_sale(
        self,
        uow: UnitOfWork,
        row: Invoice,
        view: InvoiceView,
        *,
        customer: Customer | None,
        actor: Actor,
        now: datetime,
        tracked: Sequence[Stocked] | None,
    ) -> None:
        uow.record(
            SaleIssued(
                invoice=row,
                view=view,
                customer=customer,
                tracked=tracked,
                by=actor.label,
                terminal=self._station.terminal_code,
                at=now,
            )
        )

    def pay(
        self,
        actor: Actor,
        number: str,
        payments: Sequence[PaymentInput],
        *,
        key: ActionKey | None = None,
    ) -> InvoiceView:
        """Take (more) payments for an issued invoice; cash beyond the balance is change."""
        actor.require(Permission.INVOICE_PAY)
        if not payments:
            raise ValidationError.single(say("payments"), say("no payment given"))
        now = self._clock.now()
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "invoice.pay")) is not None:
                return saved_view(session, done)
            row = issued_invoice(session, number)
            before = {"paid": row.paid, "change": row.change}
            settlement = settle(
                row.gross,
                payments,
                row.currency,
                already_paid=row.paid,
                tender_limit=self._settings.tender_limit,
            )
            book_payments(row, settlement.payments, now, actor)
            session.flush()
            view = invoice_view(row, customer_row(session, row.customer_id))
            taken = settlement.paid - before["paid"]
            audit.record(
                session,
                actor=actor,
                at=now,
                action="invoice.pay",
                entity_type="invoice",
                entity_key=row.number,
                summary=f"{format_amount(taken, row.currency)} {row.currency} paid on {row.number}",
                before=before,
                after={"paid": row.paid, "change": row.change},
                terminal=self._station.terminal_code,
                subject=row,
            )
            uow.record(
                InvoicePaid(
                    invoice=row,
                    amount=taken,
                    by=actor.label,
                    terminal=self._station.terminal_code,
                    at=now,
                )
            )
            remember_action(
                session,
                key,
                "invoice.pay",
                row=row,
                actor=actor,
                now=now,
                terminal=self._station.terminal_code,
            )
            uow.commit()
        return view
