"""Corrections of issued invoices: edit (lines, customer) and void, each with a reason.

The number stays; the old state goes to the invoice's revisions and the audit trail. Stock and
the running totals follow by the ``InvoiceEdited`` and ``InvoiceVoided`` handlers; a void's
notice to the customer by the mail handler.
"""

from __future__ import annotations

from collections.abc import Sequence

from pos_desktop.config import BillingSettings, SellerSettings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import Conflict
from pos_desktop.domain.invoice import InvoiceStatus, LineInput, check_lines, price_lines
from pos_desktop.domain.money import ZERO, format_amount
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services import audit
from pos_desktop.services.action_keys import replayed
from pos_desktop.services.approvals import discount_approval
from pos_desktop.services.events import InvoiceEdited, InvoiceVoided
from pos_desktop.services.invoice_views import (
    InvoiceView,
    invoice_document,
    invoice_view,
    snapshot_buyer,
)
from pos_desktop.services.reverse_charge import check_reverse_charge
from pos_desktop.services.sales.ledger import (
    checked_products,
    customer_by_code,
    customer_row,
    issued_invoice,
    reason_given,
    refuse_if_closed,
    refuse_if_refunded,
    remember_action,
    saved_view,
    set_lines,
)
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import invoice_lines
from pos_desktop.storage.models import InvoiceRevision
from pos_desktop.storage.sales_rollup import SalesAmounts
from pos_desktop.storage.uow import Database


class Corrections:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: BillingSettings,
        station: StationResolver,
        *,
        seller: SellerSettings | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._station = station
        self._seller = seller

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
        why = reason_given(reason)
        now = self._clock.now()
        terminal = self._station.terminal_code
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "invoice.edit")) is not None:
                return saved_view(session, done)
            row = issued_invoice(session, number)
            if row.version != expected_version:
                raise Conflict(
                    say(
                        "invoice {number} was changed meanwhile; reload and try again",
                        number=row.number,
                    )
                )
            refuse_if_refunded(session, row, say("edited; refund lines instead"))
            refuse_if_closed(session, row)
            check_lines(lines, row.currency)
            _, listed = checked_products(session, lines)
            old_customer = customer_row(session, row.customer_id)
            before = invoice_document(invoice_view(row, old_customer))
            counted = SalesAmounts.of(row)
            customer = old_customer
            if not keep_customer:
                customer = (
                    customer_by_code(session, CustomerCode.parse(customer_code))
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
            set_lines(row, lines, priced)
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
                terminal=terminal,
                subject=row,
            )
            uow.record(
                InvoiceEdited(
                    invoice=row,
                    view=view,
                    lines_before=sold_before,
                    counted_before=counted,
                    reason=why,
                    customer_kept=keep_customer,
                    by=actor.label,
                    terminal=terminal,
                    at=now,
                )
            )
            remember_action(
                session, key, "invoice.edit", row=row, actor=actor, now=now, terminal=terminal
            )
            uow.commit()
        return view

    def void(
        self, actor: Actor, number: str, *, reason: str, key: ActionKey | None = None
    ) -> InvoiceView:
        """Mark an invoice void: it stays visible and keeps its number; its sale is taken back
        in the sales totals at the moment of the void (``services/net_sales.py``)."""
        actor.require(Permission.INVOICE_VOID)
        why = reason_given(reason)
        now = self._clock.now()
        terminal = self._station.terminal_code
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "invoice.void")) is not None:
                return saved_view(session, done)
            row = issued_invoice(session, number)
            refuse_if_refunded(session, row, say("voided; refund what is left instead"))
            row.status = InvoiceStatus.VOIDED.value
            row.voided_at = now
            row.voided_by = actor.label
            row.void_reason = why
            session.flush()
            customer = customer_row(session, row.customer_id)
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
                terminal=terminal,
                subject=row,
            )
            uow.record(
                InvoiceVoided(
                    invoice=row,
                    view=view,
                    customer=customer,
                    by=actor.label,
                    terminal=terminal,
                    at=now,
                )
            )
            remember_action(
                session, key, "invoice.void", row=row, actor=actor, now=now, terminal=terminal
            )
            uow.commit()
        return view
