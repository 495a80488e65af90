"""Cash sessions: a till's shift from the counted float to the Z report that closes it.

The drawer must agree with the system at closing. What the drawer should hold is worked out
from what was recorded, never typed: the float, plus cash taken on sales that still stand,
minus cash handed back for sales voided during the shift or on credit notes, plus cash put in,
minus cash taken out. The X report shows it mid-shift; the Z report closes the session with the
counted cash and keeps expected, counted and the difference. One session per terminal at a time
(a unique index, so two windows of one till cannot both open one). Every step is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import InvalidState, NotFound, ValidationError
from pos_desktop.domain.invoice import InvoiceStatus, PaymentMethod
from pos_desktop.domain.money import ZERO, format_amount, parse_amount, round_money
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.reports import Amounts
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import (
    CashMovement,
    CashSession,
    CreditNote,
    Exhibition,
    Invoice,
    InvoiceLine,
    Payment,
    Terminal,
)
from pos_desktop.storage.uow import Database

CASH = PaymentMethod.CASH.value
ISSUED = InvoiceStatus.ISSUED.value
VOIDED = InvoiceStatus.VOIDED.value


class NoOpenSession(InvalidState):
    """The till has no open cash session (sales may need one: ``billing.require_cash_session``)."""


def require_open_session(session: Session, terminal_id: int, terminal_code: str) -> None:
    """Billing asks this inside the sale's transaction when sales need an open session."""
    if CashSessionService.open_row(session, terminal_id) is None:
        raise NoOpenSession(
            f"till {terminal_code} has no open cash session: open one with the counted float "
            "before selling"
        )


@dataclass(frozen=True, slots=True)
class SessionReport:
    """An X report (``closed_at`` empty: mid-shift) or the Z report of a closed session."""

    session_id: int
    terminal: str
    exhibition_name: str
    currency: str
    opened_at: datetime
    opened_by: str
    closed_at: datetime | None
    closed_by: str | None
    float_amount: Decimal
    cash_in: Decimal
    cash_out: Decimal
    movements: tuple[tuple[datetime, str, Decimal, str, str], ...]  # at, in|out, amount, why, who
    sales: Amounts
    by_payment_method: tuple[tuple[str, int, Decimal], ...]  # method, payments, amount
    by_vat_rate: tuple[tuple[Decimal, Amounts], ...]
    by_cashier: tuple[tuple[str, int, Decimal], ...]  # cashier, invoices, gross
    discounts: Decimal
    voids: tuple[int, Decimal]  # invoices voided during the session, their gross
    cash_returned_for_voids: Decimal  # for sales of earlier sessions voided in this one
    refunds: tuple[int, Decimal]  # credit notes made at this till during the session
    expected_cash: Decimal
    counted_cash: Decimal | None

    @property
    def difference(self) -> Decimal | None:
        """Counted minus expected: negative means cash is missing."""
        return None if self.counted_cash is None else self.counted_cash - self.expected_cash

    @property
    def kind(self) -> str:
        return "X" if self.closed_at is None else "Z"


def _reason(text: str) -> str:
    reason = clean_line(text)
    if len(reason) < 3:
        raise ValidationError.single("reason", "say why (at least 3 characters)")
    return reason[:200]


class CashSessionService:
    def __init__(self, db: Database, clock: Clock, station: StationResolver) -> None:
        self._db = db
        self._clock = clock
        self._station = station

    # ---------------------------------------------------------------------------- actions

    def open(self, actor: Actor, float_amount: str) -> SessionReport:
        """Start the shift with the float counted into the drawer."""
        actor.require(Permission.CASH_SESSION)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            station = self._station.resolve(session, now)
            amount = parse_amount(float_amount, station.currency, field="float", allow_zero=True)
            if self.open_row(session, station.terminal_id) is not None:
                raise InvalidState(f"till {station.terminal_code} has an open cash session")
            row = CashSession(
                terminal_id=station.terminal_id,
                exhibition_id=station.exhibition_id,
                currency=station.currency,
                opened_at=now,
                opened_by=actor.label,
                float_amount=amount,
            )
            session.add(row)
            try:
                session.flush()
            except IntegrityError:  # another window of this till opened one meanwhile
                raise InvalidState(
                    f"till {station.terminal_code} has an open cash session"
                ) from None
            audit.record(
                session,
                actor=actor,
                at=now,
                action="cash_session.open",
                entity_type="cash_session",
                entity_key=str(row.id),
                summary=f"cash session {row.id} opened with a float of "
                f"{format_amount(amount, station.currency)} {station.currency}",
                after={"float": amount},
                terminal=station.terminal_code,
            )
            report = self._report(session, row, now)
            uow.commit()
        return report

    def move_cash(self, actor: Actor, kind: str, amount: str, reason: str) -> SessionReport:
        """Cash put in (``in``: change from the bank) or taken out (``out``: to the safe)."""
        actor.require(Permission.CASH_SESSION)
        if kind not in ("in", "out"):
            raise ValidationError.single("kind", "is in or out")
        why = _reason(reason)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = self._require_open(session, now)
            value = parse_amount(amount, row.currency, field="amount")
            row.movements.append(
                CashMovement(kind=kind, amount=value, reason=why, at=now, by=actor.label)
            )
            session.flush()
            cur = row.currency
            audit.record(
                session,
                actor=actor,
                at=now,
                action=f"cash_session.cash_{kind}",
                entity_type="cash_session",
                entity_key=str(row.id),
                summary=f"cash {kind} {format_amount(value, cur)} {cur}: {why}",
                after={"kind": kind, "amount": value, "reason": why},
                terminal=self._station.terminal_code,
            )
            report = self._report(session, row, now)
            uow.commit()
        return report

    def x_report(self, actor: Actor) -> SessionReport:
        """The open session's figures so far; changes nothing."""
        actor.require(Permission.CASH_SESSION)
        now = self._clock.now()
        with self._db.reader() as uow:
            return self._report(uow.session, self._require_open(uow.session, now), now)

    def close(self, actor: Actor, counted: str) -> SessionReport:
        """Count the drawer, close the session: its Z report keeps expected, counted, difference."""
        actor.require(Permission.CASH_SESSION)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            session = uow.session
            row = self._require_open(session, now)
            counted_cash = parse_amount(counted, row.currency, field="counted", allow_zero=True)
            expected = self._report(session, row, now).expected_cash
            row.closed_at, row.closed_by = now, actor.label
            row.expected_cash, row.counted_cash = expected, counted_cash
            session.flush()
            report = self._report(session, row, now)
            cur = row.currency
            difference = counted_cash - expected
            audit.record(
                session,
                actor=actor,
                at=now,
                action="cash_session.close",
                entity_type="cash_session",
                entity_key=str(row.id),
                summary=f"cash session {row.id} closed: expected {format_amount(expected, cur)},"
                f" counted {format_amount(counted_cash, cur)}, difference "
                f"{format_amount(difference, cur)} {cur}",
                after={
                    "expected_cash": expected,
                    "counted_cash": counted_cash,
                    "difference": difference,
                },
                terminal=self._station.terminal_code,
            )
            uow.commit()
        return report

    def z_report(self, actor: Actor, session_id: int | None = None) -> SessionReport:
        """A closed session's Z report: the given one, or this till's last."""
        actor.require(Permission.CASH_SESSION)
        now = self._clock.now()
        with self._db.reader() as uow:
            session = uow.session
            query = select(CashSession).where(CashSession.closed_at.is_not(None))
            if session_id is not None:
                query = query.where(CashSession.id == session_id)
            else:
                terminal = self._station.terminal_id(session, now)
                query = query.where(CashSession.terminal_id == terminal).order_by(
                    CashSession.closed_at.desc()
                )
            row = session.scalars(query.limit(1)).first()
            if row is None:
                raise NotFound("no closed cash session" + (f" {session_id}" if session_id else ""))
            return self._report(session, row, now)

    # ---------------------------------------------------------------------------- reading

    @staticmethod
    def open_row(session: Session, terminal_id: int) -> CashSession | None:
        return session.scalars(
            select(CashSession).where(
                CashSession.terminal_id == terminal_id, CashSession.closed_at.is_(None)
            )
        ).first()

    def _require_open(self, session: Session, now: datetime) -> CashSession:
        row = self.open_row(session, self._station.terminal_id(session, now))
        if row is None:
            raise NoOpenSession(
                f"till {self._station.terminal_code} has no open cash session: open one with "
                "the counted float first"
            )
        return row

    def _report(self, session: Session, row: CashSession, now: datetime) -> SessionReport:
        start, end, cur = row.opened_at, row.closed_at or now, row.currency

        def money(amount: Decimal | None) -> Decimal:
            return round_money(amount or ZERO, cur)

        def mine(*extra: ColumnElement[bool]) -> list[ColumnElement[bool]]:
            return [Invoice.terminal_id == row.terminal_id, Invoice.currency == cur, *extra]

        in_window = (Invoice.issued_at >= start, Invoice.issued_at <= end)
        sold = mine(Invoice.status == ISSUED, *in_window)
        count, net, vat, gross, discounts = session.execute(
            select(
                func.count(Invoice.id),
                func.sum(Invoice.net),
                func.sum(Invoice.vat),
                func.sum(Invoice.gross),
                func.sum(Invoice.discount),
            ).where(*sold)
        ).one()
        rates = session.execute(
            select(
                InvoiceLine.vat_rate,
                func.count(InvoiceLine.id),
                func.sum(InvoiceLine.net),
                func.sum(InvoiceLine.vat),
                func.sum(InvoiceLine.gross),
            )
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(*sold)
            .group_by(InvoiceLine.vat_rate)
            .order_by(InvoiceLine.vat_rate)
        ).all()
        cashiers = session.execute(
            select(Invoice.cashier_name, func.count(Invoice.id), func.sum(Invoice.gross))
            .where(*sold)
            .group_by(Invoice.cashier_name)
            .order_by(func.sum(Invoice.gross).desc())
        ).all()
        received = (Payment.received_at >= start, Payment.received_at <= end)
        methods = session.execute(
            select(Payment.method, func.count(Payment.id), func.sum(Payment.amount))
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(*mine(Invoice.status == ISSUED), *received)
            .group_by(Payment.method)
            .order_by(Payment.method)
        ).all()
        voided_here = (Invoice.voided_at >= start, Invoice.voided_at <= end)
        void_count, void_gross = session.execute(
            select(func.count(Invoice.id), func.sum(Invoice.gross)).where(
                *mine(Invoice.status == VOIDED, *voided_here)
            )
        ).one()
        returned = session.scalar(
            select(func.sum(Payment.amount))
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(
                *mine(Invoice.status == VOIDED, *voided_here),
                Payment.method == CASH,
                Payment.received_at < start,
            )
        )
        made = (
            CreditNote.terminal_id == row.terminal_id,
            CreditNote.currency == cur,
            CreditNote.created_at >= start,
            CreditNote.created_at <= end,
        )
        refund_count, refund_gross = session.execute(
            select(func.count(CreditNote.id), func.sum(CreditNote.gross)).where(*made)
        ).one()
        cash_refunded = session.scalar(
            select(func.sum(CreditNote.gross)).where(*made, CreditNote.method == CASH)
        )
        cash_in = sum((m.amount for m in row.movements if m.kind == "in"), ZERO)
        cash_out = sum((m.amount for m in row.movements if m.kind == "out"), ZERO)
        cash_taken = next((amount for method, _n, amount in methods if method == CASH), ZERO)
        expected = (
            row.float_amount
            + cash_taken
            - (returned or ZERO)
            - (cash_refunded or ZERO)
            + cash_in
            - cash_out
        )
        exhibition = session.get(Exhibition, row.exhibition_id)
        terminal = session.get(Terminal, row.terminal_id)

        def amounts(n: int, a: Any, b: Any, c: Any) -> Amounts:
            return Amounts(int(n or 0), money(a), money(b), money(c))

        return SessionReport(
            row.id,
            terminal.code if terminal else "?",
            exhibition.name if exhibition else "?",
            cur,
            row.opened_at,
            row.opened_by,
            row.closed_at,
            row.closed_by,
            money(row.float_amount),
            money(cash_in),
            money(cash_out),
            tuple((m.at, m.kind, money(m.amount), m.reason, m.by) for m in row.movements),
            amounts(count, net, vat, gross),
            tuple((method, int(n), money(amount)) for method, n, amount in methods),
            tuple((rate.normalize(), amounts(n, a, b, c)) for rate, n, a, b, c in rates),
            tuple((cashier, int(n), money(g)) for cashier, n, g in cashiers),
            money(discounts),
            (int(void_count or 0), money(void_gross)),
            money(returned),
            (int(refund_count or 0), money(refund_gross)),
            money(row.expected_cash if row.expected_cash is not None else expected),
            None if row.counted_cash is None else money(row.counted_cash),
        )


def session_report_document(report: SessionReport) -> dict[str, Any]:
    """``session x-report|z-report --json``: amounts as decimal strings; names are a contract."""
    cur = report.currency

    def m(amount: Decimal | None) -> str | None:
        return None if amount is None else format_amount(amount, cur)

    s = report.sales
    return {
        "kind": report.kind,
        "session": report.session_id,
        "terminal": report.terminal,
        "exhibition": report.exhibition_name,
        "currency": cur,
        "opened_at": report.opened_at.isoformat(),
        "opened_by": report.opened_by,
        "closed_at": report.closed_at.isoformat() if report.closed_at else None,
        "closed_by": report.closed_by,
        "float": m(report.float_amount),
        "cash_in": m(report.cash_in),
        "cash_out": m(report.cash_out),
        "sales": {"count": s.count, "net": m(s.net), "vat": m(s.vat), "gross": m(s.gross)},
        "payments": [
            {"method": method, "count": n, "amount": m(amount)}
            for method, n, amount in report.by_payment_method
        ],
        "vat_rates": [
            {"rate": format(rate, "f"), "net": m(a.net), "vat": m(a.vat), "gross": m(a.gross)}
            for rate, a in report.by_vat_rate
        ],
        "cashiers": [{"cashier": c, "count": n, "gross": m(g)} for c, n, g in report.by_cashier],
        "discounts": m(report.discounts),
        "voids": {"count": report.voids[0], "gross": m(report.voids[1])},
        "cash_returned_for_voids": m(report.cash_returned_for_voids),
        "refunds": {"count": report.refunds[0], "gross": m(report.refunds[1])},
        "expected_cash": m(report.expected_cash),
        "counted_cash": m(report.counted_cash),
        "difference": m(report.difference),
    }
