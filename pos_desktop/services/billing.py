"""Selling: invoices with lines and payments, issued with a gapless number, edited or voided.

Each method is one transaction: every line, payment, number and audit event of a sale is saved
together or not at all, so a sale whose third line is wrong leaves no trace of the first two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from pos_desktop.config import BillingSettings, PrinterSettings, SellerSettings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.approval import ApproverCredentials, ListPrice
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import Conflict, InvalidState, NotFound, ValidationError
from pos_desktop.domain.invoice import (
    AppliedPayment,
    InvoiceStatus,
    LineInput,
    PaymentInput,
    PricedInvoice,
    check_lines,
    price_lines,
    settle,
)
from pos_desktop.domain.money import ZERO, format_amount
from pos_desktop.domain.numbering import DocumentKind, InvoiceNumber
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.action_keys import remember, replayed
from pos_desktop.services.approvals import ApprovalGate, checked_approver, discount_approval
from pos_desktop.services.cash_sessions import closed_session_covering, require_open_session
from pos_desktop.services.invoice_views import (
    InvoiceSummary,
    InvoiceView,
    invoice_document,
    invoice_view,
    snapshot_buyer,
)
from pos_desktop.services.outbox import OutboxWriter
from pos_desktop.services.printing import auto_print_receipt
from pos_desktop.services.reverse_charge import check_reverse_charge
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import Stocked, invoice_lines, move_invoice_lines
from pos_desktop.storage.models import (
    CreditNote,
    Customer,
    Invoice,
    InvoiceLine,
    InvoiceRevision,
    Payment,
    Product,
)
from pos_desktop.storage.sales_rollup import SalesAmounts, count_change
from pos_desktop.storage.series import allocate_number
from pos_desktop.storage.uow import Database

REASON_MAX = 500
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
class InvoiceFilter:
    status: InvoiceStatus | None = None
    customer_code: str | None = None
    issued_from: datetime | None = None
    issued_to: datetime | None = None
    number_prefix: str | None = None


@dataclass(frozen=True, slots=True)
class TillInfo:
    """What a checkout screen needs before the first line: currency, pricing mode, defaults."""

    exhibition_code: str
    exhibition_name: str
    currency: str
    terminal_code: str
    prices_include_vat: bool
    default_vat_rate: Decimal


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


def _reason(text: str) -> str:
    reason = clean_line(text)
    if len(reason) < 3:
        raise ValidationError.single("reason", "say why (at least 3 characters)")
    if len(reason) > REASON_MAX:
        raise ValidationError.single("reason", f"is longer than {REASON_MAX} characters")
    return reason


class BillingService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: BillingSettings,
        station: StationResolver,
        *,
        outbox: OutboxWriter | None = None,
        printer: PrinterSettings | None = None,
        approvals: ApprovalGate | None = None,
        seller: SellerSettings | None = None,
    ) -> None:
        self._db = db
        self._seller = seller  # None: no seller country, so no reverse charge
        self._printer = printer  # None: no receipts queued (demo data, tests)
        self._approvals = approvals  # None: no manager can approve (demo data)
        self._outbox = outbox  # None: no customer emails (demo data)
        self._clock = clock
        self._settings = settings
        self._station = station

    def till(self, actor: Actor) -> TillInfo:
        """The exhibition this terminal sells for now (raises if none is active)."""
        actor.require(Permission.INVOICE_CREATE)
        with self._db.reader() as uow:
            exhibition = self._station.current_exhibition(uow.session)
            return TillInfo(
                exhibition.code,
                exhibition.name,
                exhibition.currency,
                self._station.terminal_code,
                self._settings.prices_include_vat,
                self._settings.default_vat_rate,
            )

    # ------------------------------------------------------------------------------- create

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
            raise ValidationError.single("payments", "a draft takes no payments; issue it first")
        if sale.reverse_charge and not issue:
            raise ValidationError.single("reverse charge", "is chosen when the sale is issued")
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
                return self._saved_view(session, done)
            station = self._station.resolve(session, now)
            check_lines(sale.lines, station.currency)
            customer = self._customer(session, code) if code else None
            if sale.reverse_charge:
                check_reverse_charge(actor, customer, self._seller)
            tracked, listed = self._check_products(session, sale.lines)
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
            row = Invoice(
                status=InvoiceStatus.DRAFT.value,
                exhibition_id=station.exhibition_id,
                terminal_id=station.terminal_id,
                customer_id=customer.id if customer else None,
                currency=station.currency,
                prices_include_vat=self._settings.prices_include_vat,
                paid=ZERO,
                change=ZERO,
                cashier_user_id=actor.user_id,
                cashier_name=actor.label,
                created_at=now,
                revision=0,
                reverse_charge=sale.reverse_charge,
            )
            self._set_lines(row, sale.lines, priced)
            self._book(row, settlement.payments, now, actor)
            if issue:
                # Everything that can refuse the sale is checked: from here the series row stays
                # locked until the commit, and the number goes into the invoice's own INSERT.
                self._number(
                    session,
                    row,
                    station.exhibition_code,
                    station.terminal_code,
                    now,
                    tracked=tracked,
                )
            session.add(row)
            session.flush()
            view = invoice_view(row, customer)
            audit.record(
                session,
                actor=actor,
                at=now,
                action="invoice.issue" if issue else "invoice.draft",
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
                count_change(session, row, SalesAmounts.of(row))
                if self._outbox is not None:
                    self._outbox.invoice_issued(session, view, customer, now=now, by=actor.label)
            self._remember(session, key, action, row=row, actor=actor, now=now)
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
                return self._saved_view(session, done)
            row = session.get(Invoice, draft_id)
            if row is None or row.status != InvoiceStatus.DRAFT.value:
                raise NotFound(f"no draft {draft_id}")
            station = self._station.resolve(session, now)
            if row.exhibition_id != station.exhibition_id:
                raise InvalidState("this draft belongs to another exhibition")
            settlement = settle(
                row.gross,
                payments,
                row.currency,
                already_paid=row.paid,
                tender_limit=self._settings.tender_limit,
            )
            self._book(row, settlement.payments, now, actor)
            self._number(session, row, station.exhibition_code, station.terminal_code, now)
            session.flush()
            customer = self._customer_row(session, row.customer_id)
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
            count_change(session, row, SalesAmounts.of(row))
            if self._outbox is not None:
                self._outbox.invoice_issued(session, view, customer, now=now, by=actor.label)
            self._remember(session, key, "invoice.issue", row=row, actor=actor, now=now)
            uow.commit()
        return view

    def _number(
        self,
        session: Session,
        row: Invoice,
        exhibition: str,
        terminal: str,
        now: datetime,
        *,
        tracked: Sequence[Stocked] | None = None,
    ) -> None:
        """Number the invoice, queue its receipt and take its stock (``tracked``: its tracked
        products when already read)."""
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
        snapshot_buyer(row, self._customer_row(session, row.customer_id))
        if self._printer is not None:
            auto_print_receipt(session, self._printer, row, terminal, now)
        self._move_stock(
            session,
            invoice_lines(row),
            -1,
            reason="sale",
            reference=number,
            now=now,
            tracked=tracked,
        )

    def _move_stock(
        self,
        session: Session,
        lines: list[tuple[int | None, Decimal]],
        sign: int,
        *,
        reason: str,
        reference: str | None,
        now: datetime,
        tracked: Sequence[Stocked] | None = None,
    ) -> None:
        """Tracked products leave (sale) or come back to (void, edit) this till's location."""
        move_invoice_lines(
            session,
            lines,
            sign=sign,
            location=self._station.stock_location_id,
            tracked=tracked,
            reason=reason,
            reference=reference,
            by=self._station.terminal_code,
            at=now,
            allow_negative=self._settings.allow_oversell,
        )

    @staticmethod
    def _set_lines(row: Invoice, lines: Sequence[LineInput], priced: PricedInvoice) -> None:
        row.lines = [
            InvoiceLine(
                position=position,
                product_id=line.product_id,
                description=line.description.strip(),
                quantity=line.quantity,
                unit_price=line.unit_price,
                discount=amounts.discount,
                discount_percent=line.discount_percent,
                vat_rate=line.vat_rate,
                net=amounts.net,
                vat=amounts.vat,
                gross=amounts.gross,
            )
            for position, (line, amounts) in enumerate(zip(lines, priced.lines, strict=True), 1)
        ]
        totals = priced.totals
        row.net, row.vat, row.gross, row.discount = (
            totals.net,
            totals.vat,
            totals.gross,
            totals.discount,
        )

    @staticmethod
    def _book(
        row: Invoice, payments: Sequence[AppliedPayment], now: datetime, actor: Actor
    ) -> None:
        for p in payments:
            row.payments.append(
                Payment(
                    method=p.method.value,
                    amount=p.amount,
                    tendered=p.tendered,
                    change=p.change,
                    reference=p.reference,
                    received_at=now,
                    received_by=actor.label,
                )
            )
            row.paid += p.amount
            row.change += p.change

    @staticmethod
    def _customer(session: Session, code: CustomerCode) -> Customer:
        row = session.scalars(select(Customer).where(Customer.code == code.value)).first()
        if row is None:
            raise NotFound(f"no customer with code {code.value}")
        return row

    @staticmethod
    def _customer_row(session: Session, customer_id: int | None) -> Customer | None:
        return session.get(Customer, customer_id) if customer_id else None

    @staticmethod
    def _check_products(
        session: Session, lines: Sequence[LineInput]
    ) -> tuple[list[Stocked], dict[int, ListPrice]]:
        """Refuse unknown or inactive products; the tracked ones, in id order, for the stock, and
        every product's own price for the discount limit (read in the same statement: one round
        trip fewer per sale)."""
        wanted = {ln.product_id for ln in lines if ln.product_id is not None}
        if not wanted:
            return [], {}
        found = session.execute(
            select(Product.id, Product.sku, Product.name, Product.track_stock, Product.price)
            .where(Product.id.in_(wanted), Product.active.is_(True))
            .order_by(Product.id)
        ).all()
        missing = sorted(wanted - {product.id for product in found})
        if missing:
            raise ValidationError.single("product", f"unknown or inactive product id {missing[0]}")
        return (
            [product for product in found if product.track_stock],
            {product.id: ListPrice(product.price, product.track_stock) for product in found},
        )

    # ---------------------------------------------------------------------------- payments

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
            raise ValidationError.single("payments", "no payment given")
        now = self._clock.now()
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "invoice.pay")) is not None:
                return self._saved_view(session, done)
            row = self._issued(session, number)
            before = {"paid": row.paid, "change": row.change}
            settlement = settle(
                row.gross,
                payments,
                row.currency,
                already_paid=row.paid,
                tender_limit=self._settings.tender_limit,
            )
            self._book(row, settlement.payments, now, actor)
            session.flush()
            view = invoice_view(row, self._customer_row(session, row.customer_id))
            audit.record(
                session,
                actor=actor,
                at=now,
                action="invoice.pay",
                entity_type="invoice",
                entity_key=row.number,
                summary=f"{format_amount(settlement.paid - before['paid'], row.currency)} "
                f"{row.currency} paid on {row.number}",
                before=before,
                after={"paid": row.paid, "change": row.change},
                terminal=self._station.terminal_code,
                subject=row,
            )
            self._remember(session, key, "invoice.pay", row=row, actor=actor, now=now)
            uow.commit()
        return view

    # ------------------------------------------------------------------------- edit / void

    def edit(
        self,
        actor: Actor,
        number: str,
        lines: Sequence[LineInput],
        *,
        reason: str,
        expected_version: int,
        customer_code: str | None = None,
        keep_customer: bool = True,
        key: ActionKey | None = None,
    ) -> InvoiceView:
        """Replace an issued invoice's lines (and customer); the old state goes to its revisions.

        The number stays; payments stay, so the balance may become due or owed back.
        """
        actor.require(Permission.INVOICE_EDIT)
        why = _reason(reason)
        now = self._clock.now()
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "invoice.edit")) is not None:
                return self._saved_view(session, done)
            row = self._issued(session, number)
            if row.version != expected_version:
                raise Conflict(f"invoice {row.number} was changed meanwhile; reload and try again")
            self._refuse_if_refunded(session, row, "edited; refund lines instead")
            self._refuse_if_closed(session, row)
            check_lines(lines, row.currency)
            _, listed = self._check_products(session, lines)
            old_customer = self._customer_row(session, row.customer_id)
            before = invoice_document(invoice_view(row, old_customer))
            counted = SalesAmounts.of(row)
            customer = old_customer
            if not keep_customer:
                customer = (
                    self._customer(session, CustomerCode.parse(customer_code))
                    if customer_code
                    else None
                )
            row.revision += 1
            session.add(
                InvoiceRevision(
                    invoice_id=row.id,
                    revision=row.revision,
                    snapshot=before,
                    reason=why,
                    edited_at=now,
                    edited_by=actor.label,
                )
            )
            sold_before = invoice_lines(row)
            row.lines.clear()
            session.flush()  # old positions go before new ones take their places
            priced = price_lines(lines, row.currency, row.prices_include_vat)
            # Only managers edit today; the limits hold should another role ever edit.
            discount_approval(
                actor,
                None,
                lines,
                priced.lines,
                listed,
                settings=self._settings,
                currency=row.currency,
            )
            self._set_lines(row, lines, priced)
            for lines_, sign in ((sold_before, 1), (invoice_lines(row), -1)):
                self._move_stock(
                    session, lines_, sign, reason="edit", reference=row.number, now=now
                )
            row.customer_id = customer.id if customer else None
            if not keep_customer:
                snapshot_buyer(row, customer)
                if row.reverse_charge:
                    check_reverse_charge(actor, customer, self._seller)
            session.flush()
            view = invoice_view(row, customer)
            audit.record(
                session,
                actor=actor,
                at=now,
                action="invoice.edit",
                entity_type="invoice",
                entity_key=row.number,
                summary=f"invoice {row.number} edited: {why}",
                before=before,
                after=invoice_document(view),
                terminal=self._station.terminal_code,
                subject=row,
            )
            count_change(session, row, SalesAmounts.of(row) - counted)
            self._remember(session, key, "invoice.edit", row=row, actor=actor, now=now)
            uow.commit()
        return view

    def void(
        self, actor: Actor, number: str, *, reason: str, key: ActionKey | None = None
    ) -> InvoiceView:
        """Mark an invoice void: it stays visible and keeps its number; its sale is taken back
        in the sales totals at the moment of the void (``services/net_sales.py``)."""
        actor.require(Permission.INVOICE_VOID)
        why = _reason(reason)
        now = self._clock.now()
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "invoice.void")) is not None:
                return self._saved_view(session, done)
            row = self._issued(session, number)
            self._refuse_if_refunded(session, row, "voided; refund what is left instead")
            row.status = InvoiceStatus.VOIDED.value
            row.voided_at = now
            row.voided_by = actor.label
            row.void_reason = why
            self._move_stock(
                session, invoice_lines(row), 1, reason="void", reference=row.number, now=now
            )
            session.flush()
            customer = self._customer_row(session, row.customer_id)
            view = invoice_view(row, customer)
            refund = (
                f"; {format_amount(row.paid, row.currency)} {row.currency} paid must be refunded"
                if row.paid > ZERO
                else ""
            )
            audit.record(
                session,
                actor=actor,
                at=now,
                action="invoice.void",
                entity_type="invoice",
                entity_key=row.number,
                summary=f"invoice {row.number} voided: {why}{refund}",
                before={"status": InvoiceStatus.ISSUED.value},
                after={"status": InvoiceStatus.VOIDED.value, "reason": why},
                terminal=self._station.terminal_code,
                subject=row,
            )
            count_change(session, row, -SalesAmounts.of(row), at=now)  # the void's own hour
            if self._outbox is not None:
                self._outbox.invoice_voided(session, view, customer, now=now, by=actor.label)
            self._remember(session, key, "invoice.void", row=row, actor=actor, now=now)
            uow.commit()
        return view

    def _remember(
        self,
        session: Session,
        key: ActionKey | None,
        action: str,
        *,
        row: Invoice,
        actor: Actor,
        now: datetime,
    ) -> None:
        """Every saved action carries a key: the caller's, or one made here (a direct call)."""
        remember(
            session,
            key or ActionKey.new(),
            action,
            row.number or f"draft:{row.id}",
            at=now,
            by=actor.label,
            terminal=self._station.terminal_code,
        )

    def _saved_view(self, session: Session, entity_key: str) -> InvoiceView:
        """What an action saved under a key, as it is now (a retry after a lost reply)."""
        if entity_key.startswith("draft:"):
            row = session.get(Invoice, int(entity_key.removeprefix("draft:")))
            if row is None:  # pragma: no cover - drafts are never deleted
                raise NotFound(f"no draft {entity_key}")
        else:
            row = self._by_number(session, entity_key)
        return invoice_view(row, self._customer_row(session, row.customer_id))

    def _issued(self, session: Session, number: str) -> Invoice:
        row = self._by_number(session, number)
        if row.status == InvoiceStatus.VOIDED.value:
            raise InvalidState(
                f"invoice {row.number} is void (by {row.voided_by}: {row.void_reason})"
            )
        return row

    @staticmethod
    def _refuse_if_closed(session: Session, row: Invoice) -> None:
        """A sale in a closed cash session's Z report stays as that report says: an edit
        would change its sales and VAT after the drawer was counted. Voiding it (cash back from
        today's drawer) or refunding it records the correction where it happens."""
        if row.issued_at is None:
            return
        closed = closed_session_covering(session, row.terminal_id, row.issued_at)
        if closed is not None and closed.closed_at is not None:
            raise InvalidState(
                f"invoice {row.number} is in the Z report of cash session {closed.id} (closed "
                f"{closed.closed_at.astimezone():%Y-%m-%d %H:%M}): it cannot be edited any "
                "more; void or refund it instead"
            )

    @staticmethod
    def _refuse_if_refunded(session: Session, row: Invoice, instead: str) -> None:
        """An invoice with credit notes keeps its lines: voiding or editing it would give back
        (money, stock) what the credit notes already gave back. The row is locked, so a refund
        at another till cannot slip in between."""
        notes = session.scalar(
            select(func.count(CreditNote.id)).where(CreditNote.invoice_id == row.id)
        )
        if notes:
            raise InvalidState(
                f"invoice {row.number} was refunded ({notes} credit "
                f"note{'s' if notes > 1 else ''}): it cannot be {instead}"
            )

    @staticmethod
    def _by_number(session: Session, number: str) -> Invoice:
        parsed = InvoiceNumber.parse(number)
        text = f"{parsed.exhibition}-{parsed.terminal}-{parsed.sequence:06d}"
        row = session.scalars(
            select(Invoice).where(Invoice.number == text).with_for_update()
        ).first()
        if row is None:
            raise NotFound(f"no invoice {text}")
        return row

    # ------------------------------------------------------------------------------- read

    def get(self, actor: Actor, number: str) -> InvoiceView:
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            parsed = InvoiceNumber.parse(number)
            text = f"{parsed.exhibition}-{parsed.terminal}-{parsed.sequence:06d}"
            row = uow.session.scalars(select(Invoice).where(Invoice.number == text)).first()
            if row is None:
                raise NotFound(f"no invoice {text}")
            return invoice_view(row, self._customer_row(uow.session, row.customer_id))

    def revisions(self, actor: Actor, number: str) -> list[tuple[int, datetime, str, str]]:
        """``(revision, edited_at, edited_by, reason)`` of every edit, oldest first."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            row = self._by_number(uow.session, number)
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
