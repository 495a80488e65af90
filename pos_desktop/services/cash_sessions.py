"""Cash sessions: a till's shift from the counted float to the Z report that closes it.

The drawer must agree with the system at closing. What the drawer should hold is worked out
from what was recorded, never typed: the float, plus cash taken on sales that still stand,
minus cash handed back for sales voided during the shift or on credit notes, plus cash put in,
minus cash taken out. The X report shows it mid-shift; the Z report closes the session with the
counted cash and keeps expected, counted and the difference. One session per terminal at a time
(a unique index, so two windows of one till cannot both open one). Every step is audited.
The figures themselves are worked out in ``session_report.py``; the closing announces
``CashSessionClosed``, whose print handler queues the Z report in the same transaction, as a sale
queues its receipt.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from pos_desktop.config import ShopSettings
from pos_desktop.domain.action_key import ActionKey
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import InvalidState, NotFound, ValidationError
from pos_desktop.domain.money import format_amount, parse_amount
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.action_keys import remember, replayed
from pos_desktop.services.events import CashMoved, CashSessionClosed, CashSessionOpened
from pos_desktop.services.session_documents import session_report_pdf
from pos_desktop.services.session_report import (
    SessionReport,
    session_report,
    session_report_document,
)
from pos_desktop.services.station import StationResolver
from pos_desktop.storage.models import CashMovement, CashSession, Terminal
from pos_desktop.storage.uow import Database

__all__ = [
    "CashSessionService",
    "NoOpenSession",
    "SessionReport",
    "closed_session_covering",
    "require_open_session",
    "session_report_document",
]


class NoOpenSession(InvalidState):
    """The till has no open cash session (sales may need one: ``billing.require_cash_session``)."""


def require_open_session(session: Session, terminal_id: int, terminal_code: str) -> None:
    """Billing asks this inside the sale's transaction when sales need an open session."""
    if CashSessionService.open_row(session, terminal_id) is None:
        raise NoOpenSession(
            say(
                "till {till} has no open cash session: open one with the counted float "
                "before selling",
                till=terminal_code,
            )
        )


def closed_session_covering(session: Session, terminal_id: int, at: datetime) -> CashSession | None:
    """The till's closed session during which ``at`` happened (its Z report holds it)."""
    return session.scalars(
        select(CashSession)
        .where(
            CashSession.terminal_id == terminal_id,
            CashSession.opened_at <= at,
            CashSession.closed_at >= at,
        )
        .limit(1)
    ).first()


def _reason(text: str) -> str:
    reason = clean_line(text)
    if len(reason) < 3:
        raise ValidationError.single(say("reason"), say("say why (at least 3 characters)"))
    return reason[:200]


class CashSessionService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        station: StationResolver,
        *,
        shop: ShopSettings | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._station = station
        self._shop = shop or ShopSettings()

    # ---------------------------------------------------------------------------- actions

    def open(
        self, actor: Actor, float_amount: str, *, key: ActionKey | None = None
    ) -> SessionReport:
        """Start the shift with the float counted into the drawer."""
        actor.require(Permission.CASH_SESSION)
        now = self._clock.now()
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "cash_session.open")) is not None:
                return self._saved_report(session, done, now)
            station = self._station.resolve(session, now)
            amount = parse_amount(
                float_amount, station.currency, field=say("float"), allow_zero=True
            )
            if self.open_row(session, station.terminal_id) is not None:
                raise InvalidState(
                    say("till {till} has an open cash session", till=station.terminal_code)
                )
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
                    say("till {till} has an open cash session", till=station.terminal_code)
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
            # Nothing sold in it yet: whole on any database (its journal entry comes at commit).
            report = replace(session_report(session, row, now), partial=False)
            uow.record(
                CashSessionOpened(
                    cash_session=row, by=actor.label, terminal=station.terminal_code, at=now
                )
            )
            self._remember(session, key, "cash_session.open", row=row, actor=actor, now=now)
            uow.commit()
        return report

    def move_cash(
        self, actor: Actor, kind: str, amount: str, reason: str, *, key: ActionKey | None = None
    ) -> SessionReport:
        """Cash put in (``in``: change from the bank) or taken out (``out``: to the safe)."""
        actor.require(Permission.CASH_SESSION)
        if kind not in ("in", "out"):
            raise ValidationError.single(say("kind"), say("is in or out"))
        why = _reason(reason)
        now = self._clock.now()
        action = f"cash_session.cash_{kind}"
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, action)) is not None:
                return self._saved_report(session, done, now)
            row = self._require_open(session, now)
            value = parse_amount(amount, row.currency, field=say("amount"))
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
            report = session_report(session, row, now)
            uow.record(
                CashMoved(
                    cash_session=row,
                    kind=kind,
                    amount=value,
                    by=actor.label,
                    terminal=self._station.terminal_code,
                    at=now,
                )
            )
            self._remember(session, key, action, row=row, actor=actor, now=now)
            uow.commit()
        return report

    def is_open(self, actor: Actor) -> bool:
        """Whether this till has an open session (the checkout warns before taking cash
        without one: that cash would be in no drawer count). Reads only: a till that never
        sold has no terminal row yet, and no session."""
        actor.require(Permission.CASH_SESSION)
        with self._db.reader() as uow:
            found = uow.session.scalars(
                select(CashSession.id)
                .join(Terminal, Terminal.id == CashSession.terminal_id)
                .where(
                    Terminal.code == self._station.terminal_code,
                    CashSession.closed_at.is_(None),
                )
            ).first()
            return found is not None

    def x_report(self, actor: Actor) -> SessionReport:
        """The open session's figures so far; changes nothing."""
        actor.require(Permission.CASH_SESSION)
        now = self._clock.now()
        with self._db.reader() as uow:
            return session_report(uow.session, self._require_open(uow.session, now), now)

    def close(self, actor: Actor, counted: str, *, key: ActionKey | None = None) -> SessionReport:
        """Count the drawer, close the session: its Z report keeps expected, counted, difference."""
        actor.require(Permission.CASH_SESSION)
        now = self._clock.now()
        with self._db.unit_of_work(key=key) as uow:
            session = uow.session
            if (done := replayed(session, key, "cash_session.close")) is not None:
                return self._saved_report(session, done, now)
            row = self._require_open(session, now)
            counted_cash = parse_amount(
                counted, row.currency, field=say("counted"), allow_zero=True
            )
            expected = session_report(session, row, now).expected_cash
            row.closed_at, row.closed_by = now, actor.label
            row.expected_cash, row.counted_cash = expected, counted_cash
            session.flush()
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
                subject=row,
            )
            audit.seal(session)  # the Z report prints the closing entry's place and hash
            report = session_report(session, row, now)
            uow.record(
                CashSessionClosed(
                    cash_session=row,
                    by=actor.label,
                    terminal=self._station.terminal_code,
                    at=now,
                )
            )
            self._remember(session, key, "cash_session.close", row=row, actor=actor, now=now)
            uow.commit()
        return report

    def report_pdf(self, report: SessionReport, *, paper: str | None = None) -> bytes:
        """``report`` as a PDF for the archive (``shop.paper``, A4 or Letter, as invoices).

        Renders the figures already read (with the permission that read them); blocks for
        tens of milliseconds: call it from a worker."""
        return session_report_pdf(report, self._shop, paper=paper)

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
                raise NotFound(
                    say("no closed cash session {number}", number=session_id)
                    if session_id
                    else say("no closed cash session")
                )
            return session_report(session, row, now)

    # ---------------------------------------------------------------------------- reading

    def _remember(
        self,
        session: Session,
        key: ActionKey | None,
        action: str,
        *,
        row: CashSession,
        actor: Actor,
        now: datetime,
    ) -> None:
        remember(
            session,
            key or ActionKey.new(),
            action,
            str(row.id),
            at=now,
            by=actor.label,
            terminal=self._station.terminal_code,
        )

    @staticmethod
    def _saved_report(session: Session, session_id: str, now: datetime) -> SessionReport:
        """The session an action with this key changed, as it reports now (a retry)."""
        row = session.get(CashSession, int(session_id))
        if row is None:  # pragma: no cover - sessions are never deleted
            raise NotFound(say("no cash session {number}", number=session_id))
        return session_report(session, row, now)

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
                say(
                    "till {till} has no open cash session: open one with the counted float first",
                    till=self._station.terminal_code,
                )
            )
        return row
