"""Refunds and returns: a credit note against an issued invoice, whole or per line and quantity.

Never more than was sold, counting earlier refunds: the invoice row is locked for the check
(``FOR UPDATE`` on PostgreSQL; SQLite's writers queue with ``BEGIN IMMEDIATE``), so two tills
refunding the same receipt at once cannot both give the last item back. A line's amounts are
its share of what was charged; the refund that completes a line takes exactly what is left, so
rounding never gives back a cent more or less than was paid. Returned goods go back to stock
unless they are damaged. When a cashier's refund brings all refunds of the invoice (with
``billing.refund_approval_per_session``, also the cashier's refunds in the till's cash session)
above ``billing.refund_approval_above``, a manager approves: the front end passes the name and
password typed in place, checked here (``services/approvals.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pos_desktop.config import BillingSettings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.approval import ApproverCredentials
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import InvalidState, ValidationError
from pos_desktop.domain.invoice import InvoiceStatus, PaymentMethod
from pos_desktop.domain.money import ZERO, format_amount, round_money
from pos_desktop.domain.numbering import DocumentKind
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.action_keys import remember, replayed
from pos_desktop.services.approvals import ApprovalGate, checked_approver, refund_approval
from pos_desktop.services.credit_note_views import (
    CreditNoteView,
    credit_note_view,
    load_credit_note,
)
from pos_desktop.services.events import RefundMade
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.invoice_lookup import invoice_by_number
from pos_desktop.storage.models import (
    CreditNote,
    CreditNoteLine,
    Invoice,
    InvoiceLine,
)
from pos_desktop.storage.series import allocate_number
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class RefundLine:
    """``quantity`` of the invoice line at ``position`` (1-based, as printed)."""

    position: int
    quantity: Decimal


@dataclass(frozen=True, slots=True)
class Refundable:
    position: int
    description: str
    sold: Decimal
    refunded: Decimal
    gross: Decimal

    @property
    def left(self) -> Decimal:
        return self.sold - self.refunded


class RefundService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        settings: BillingSettings,
        station: StationResolver,
        *,
        approvals: ApprovalGate | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._settings = settings
        self._station = station
        self._approvals = approvals  # None: no manager can approve (tests of refunds alone)

    def refundable(self, actor: Actor, number: str) -> list[Refundable]:
        """Each line of the invoice: sold, already refunded, what is left."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            row = _invoice(uow.session, number, lock=False)
            return _refundable(uow.session, row)

    def refund(
        self,
        actor: Actor,
        number: str,
        lines: Sequence[RefundLine] | None = None,
        *,
        method: PaymentMethod | str,
        restock: bool = True,
        reason: str,
        approver: ApproverCredentials | None = None,
        key: ActionKey | None = None,
    ) -> CreditNoteView:
        """Issue a credit note; ``lines=None`` refunds everything not refunded yet.

        ``approver``: a manager's name and password, for refunds beyond the cashier's limit.
        ``key``: the refund's idempotency key (made when the refund dialog opened); a refund
        already saved under it is returned instead of refunding again.
        """
        actor.require(Permission.INVOICE_REFUND)
        why = clean_line(reason)
        if len(why) < 3:
            raise ValidationError.single(say("reason"), say("say why (at least 3 characters)"))
        pay_back = PaymentMethod(method)
        now = self._clock.now()
        manager = checked_approver(
            self._approvals,
            approver,
            Permission.REFUND_APPROVE,
            requested_by=actor,
            action=f"a refund of {clean_line(number)[:40]}",
        )
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "invoice.refund")) is not None:
                return load_credit_note(session, done)[2]
            row = _invoice(session, number, lock=True)
            station = self._station.resolve(session, now)
            available = {r.position: r for r in _refundable(session, row)}
            wanted = (
                [RefundLine(p, r.left) for p, r in available.items() if r.left > 0]
                if lines is None
                else list(lines)
            )
            credit_lines = self._price(row, wanted, available, session)
            gross = sum((line.gross for line, _ in credit_lines), ZERO)
            net = sum((line.net for line, _ in credit_lines), ZERO)
            approved_by = refund_approval(
                session,
                actor,
                manager,
                invoice=row,
                gross=gross,
                terminal_id=station.terminal_id,
                settings=self._settings,
            )
            series_id, sequence, credit_number = allocate_number(
                session,
                exhibition_id=row.exhibition_id,
                exhibition_code=station.exhibition_code,
                terminal_id=station.terminal_id,
                terminal_code=station.terminal_code,
                kind=DocumentKind.CREDIT_NOTE,
            )
            note = CreditNote(
                number=credit_number,
                series_id=series_id,
                sequence=sequence,
                invoice_id=row.id,
                terminal_id=station.terminal_id,
                currency=row.currency,
                method=pay_back.value,
                restocked=restock,
                reason=why,
                net=net,
                vat=gross - net,
                gross=gross,
                created_at=now,
                created_by=actor.label,
                approved_by=approved_by,
                lines=[line for line, _ in credit_lines],
            )
            session.add(note)
            session.flush()
            view = credit_note_view(note, row, {line.id: source for line, source in credit_lines})
            cur = row.currency
            audit.record(
                session,
                actor=actor,
                at=now,
                action="invoice.refund",
                entity_type="invoice",
                entity_key=row.number,
                summary=f"credit note {credit_number} against {row.number}: "
                f"{format_amount(gross, cur)} {cur} back by {pay_back.value}"
                f"{'' if restock else ', goods not restocked'}"
                f"{f', approved by {approved_by}' if approved_by else ''}: {why}",
                after=credit_note_document(view),
                terminal=station.terminal_code,
                subject=note,
            )
            # The slip and drawer kick, the goods back on the shelf, the running totals and the
            # customer's notice: the handlers of RefundMade, in this transaction.
            uow.record(
                RefundMade(
                    note=note,
                    invoice=row,
                    view=view,
                    method=pay_back,
                    restocked=[(source.product_id, line.quantity) for line, source in credit_lines]
                    if restock
                    else [],
                    by=actor.label,
                    terminal=station.terminal_code,
                    at=now,
                )
            )
            remember(
                session,
                key or ActionKey.new(),
                "invoice.refund",
                credit_number,
                at=now,
                by=actor.label,
                terminal=station.terminal_code,
            )
            uow.commit()
        return view

    def _price(
        self,
        row: Invoice,
        wanted: Sequence[RefundLine],
        available: dict[int, Refundable],
        session: Session,
    ) -> list[tuple[CreditNoteLine, InvoiceLine]]:
        if not wanted:
            raise InvalidState(say("nothing left to refund on {number}", number=row.number))
        by_position = {line.position: line for line in row.lines}
        done = _refunded_amounts(session, row.id)
        seen: set[int] = set()
        priced = []
        for want in wanted:
            line = by_position.get(want.position)
            if line is None:
                raise ValidationError.single(
                    say("line"),
                    say("{number} has no line {line}", number=row.number, line=want.position),
                )
            if want.position in seen:
                raise ValidationError.single(
                    say("line"), say("line {line} given twice", line=want.position)
                )
            seen.add(want.position)
            left = available[want.position].left
            if want.quantity <= 0:
                raise ValidationError.single(say("quantity"), say("must be more than 0"))
            if want.quantity > left:
                raise InvalidState(
                    say(
                        "line {line} ({description}): only {left} of {quantity} left to refund",
                        line=want.position,
                        description=line.description,
                        left=format(left.normalize(), "f"),
                        quantity=format(line.quantity.normalize(), "f"),
                    )
                )
            gross_done, net_done = done.get(line.id, (ZERO, ZERO))
            if want.quantity == left:  # the last of the line: exactly what is left
                gross, net = line.gross - gross_done, line.net - net_done
            else:
                share = want.quantity / line.quantity
                gross = round_money(line.gross * share, row.currency)
                net = round_money(line.net * share, row.currency)
            priced.append(
                (
                    CreditNoteLine(
                        invoice_line_id=line.id,
                        quantity=want.quantity,
                        vat_rate=line.vat_rate,
                        net=net,
                        vat=gross - net,
                        gross=gross,
                    ),
                    line,
                )
            )
        return priced


def _invoice(session: Session, number: str, *, lock: bool) -> Invoice:
    row = invoice_by_number(session, number, lock=lock)
    if row.status != InvoiceStatus.ISSUED.value:
        raise InvalidState(
            say(
                "{number} is {status}: only issued invoices are refunded",
                number=row.number,
                status=row.status,
            )
        )
    return row


def _refunded_amounts(session: Session, invoice_id: int) -> dict[int, tuple[Decimal, Decimal]]:
    rows = session.execute(
        select(
            CreditNoteLine.invoice_line_id,
            func.sum(CreditNoteLine.gross),
            func.sum(CreditNoteLine.net),
        )
        .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .where(CreditNote.invoice_id == invoice_id)
        .group_by(CreditNoteLine.invoice_line_id)
    ).all()
    return {line_id: (gross, net) for line_id, gross, net in rows}


def _refundable(session: Session, row: Invoice) -> list[Refundable]:
    quantities = dict(
        session.execute(
            select(CreditNoteLine.invoice_line_id, func.sum(CreditNoteLine.quantity))
            .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
            .where(CreditNote.invoice_id == row.id)
            .group_by(CreditNoteLine.invoice_line_id)
        ).all()
    )
    return [
        Refundable(
            line.position,
            line.description,
            line.quantity,
            quantities.get(line.id, ZERO),
            line.gross,
        )
        for line in sorted(row.lines, key=lambda line: line.position)
    ]


def credit_note_document(view: CreditNoteView) -> dict[str, Any]:
    """The credit note as JSON (``invoice refund --json``, audit); amounts as decimal strings."""
    cur = view.currency
    return {
        "number": view.number,
        "invoice": view.invoice_number,
        "currency": cur,
        "method": view.method,
        "restocked": view.restocked,
        "reason": view.reason,
        "net": format_amount(view.net, cur),
        "vat": format_amount(view.vat, cur),
        "gross": format_amount(view.gross, cur),
        "lines": [
            {
                "position": position,
                "description": description,
                "quantity": format(quantity.normalize(), "f"),
                "gross": format_amount(gross, cur),
            }
            for position, description, quantity, gross in view.lines
        ],
        "created_at": view.created_at.isoformat(),
        "created_by": view.created_by,
        "approved_by": view.approved_by,
    }
