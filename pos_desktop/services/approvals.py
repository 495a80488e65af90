"""Manager approvals: limits that add up, and a manager who is checked, not taken on trust.

A cashier's refund is measured with the refunds before it: the refunds of the same invoice
(and, with ``billing.refund_approval_per_session``, the cashier's own refunds in the till's cash
session) together must stay within ``billing.refund_approval_above``, so four refunds of 30 are
no way round a limit of 50. Every earlier refund counts, approved or not: a manager approves the
total they are shown. Price and discount limits per line are in ``domain/approval.py``.

The approving manager arrives as a name and password (``ApproverCredentials``) and is checked
here by the login's own check (the same lockout; a wrong password counts towards it, a good one
is audited as that manager's ``login.ok`` at this till), in a transaction of its own and before
the action's: a refused approval stays in the audit log although the action is not saved.

Threading: checking a password hashes on purpose (tens of milliseconds); call from a worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from pos_desktop.config import BillingSettings
from pos_desktop.domain.approval import ApproverCredentials, ListPrice, needs_manager
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.errors import (
    ApprovalRefused,
    ApprovalRequired,
    DatabaseUnavailable,
    PosError,
)
from pos_desktop.domain.invoice import LineAmounts, LineInput
from pos_desktop.domain.money import ZERO, format_amount
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.domain.text import clean_line
from pos_desktop.services import audit
from pos_desktop.services.users import UserService
from pos_desktop.storage.models import CashSession, CreditNote, Invoice
from pos_desktop.storage.uow import Database


class ApprovalGate:
    """Checks the manager who approves at a cashier's till: their password, then their role."""

    def __init__(self, db: Database, clock: Clock, users: UserService, terminal: str) -> None:
        self._db = db
        self._clock = clock
        self._users = users
        self._terminal = terminal

    def approver(
        self,
        credentials: ApproverCredentials | None,
        needs: Permission,
        *,
        requested_by: Actor,
        action: str,
    ) -> Actor | None:
        """The approving manager, checked; ``None`` when no one was named.

        Raises ``ApprovalRefused`` (audited as ``approval.refused``) for a wrong password, a
        locked or disabled account, or a role without ``needs``.
        """
        if credentials is None:
            return None
        try:
            manager = self._users.login(credentials.username, credentials.password)
        except DatabaseUnavailable:
            raise
        except PosError as error:  # wrong password, locked (or however the login refuses)
            self._refused(credentials.username, requested_by, action, str(error))
            raise ApprovalRefused(say("approval refused: {why}", why=error.message)) from error
        if not manager.can(needs):
            why = say(
                "{name} ({role}) may not approve this",
                name=manager.label,
                role=manager.role.value,
            )
            self._refused(manager.username, requested_by, action, why)
            raise ApprovalRefused(say("approval refused: {why}", why=why))
        return manager

    def _refused(self, username: str, requested_by: Actor, action: str, why: str) -> None:
        name = clean_line(username).lower()[:40] or "(empty user name)"
        with self._db.unit_of_work() as uow:
            audit.record(
                uow.session,
                actor=requested_by,
                at=self._clock.now(),
                action="approval.refused",
                entity_type="user",
                entity_key=name,
                summary=f"{name}'s approval of {action} for {requested_by.label} refused: {why}",
                terminal=self._terminal,
            )
            uow.commit()


def checked_approver(
    gate: ApprovalGate | None,
    credentials: ApproverCredentials | None,
    needs: Permission,
    *,
    requested_by: Actor,
    action: str,
) -> Actor | None:
    """``gate.approver``; a service built without a gate (demo data) accepts no approver."""
    if credentials is None:
        return None
    if gate is None:
        raise ApprovalRefused(say("approval refused: no manager can approve here"))
    return gate.approver(credentials, needs, requested_by=requested_by, action=action)


def discount_approval(
    actor: Actor,
    approver: Actor | None,
    lines: Sequence[LineInput],
    priced: Sequence[LineAmounts],
    listed: dict[int, ListPrice],
    *,
    settings: BillingSettings,
    currency: str,
) -> str | None:
    """Who approved the cart's discounts and prices (``None``: no approval was needed).

    ``approver`` was checked by ``ApprovalGate.approver`` for ``DISCOUNT_APPROVE``.
    """
    if actor.can(Permission.DISCOUNT_APPROVE):
        return None
    why = needs_manager(lines, priced, listed, settings.max_discount_percent, currency)
    if why is None:
        return None
    if approver is None:
        raise ApprovalRequired(why)
    return approver.label


def refund_approval(
    session: Session,
    actor: Actor,
    approver: Actor | None,
    *,
    invoice: Invoice,
    gross: Decimal,
    terminal_id: int,
    settings: BillingSettings,
) -> str | None:
    """Who approved this refund (``None``: no approval was needed).

    Called with the invoice row locked, so two tills refunding one invoice count each other.
    ``approver`` was checked by ``ApprovalGate.approver`` for ``REFUND_APPROVE``.
    """
    if actor.can(Permission.REFUND_APPROVE):
        return None
    limit, cur = settings.refund_approval_above, invoice.currency
    totals = [
        (say("the refunds of {number}", number=invoice.number), _refunded(session, invoice) + gross)
    ]
    if settings.refund_approval_per_session:
        earlier = _cashier_refunds(session, actor, terminal_id, cur)
        totals.append(
            (say("{name}'s refunds in this cash session", name=actor.label), earlier + gross)
        )
    over = [(what, total) for what, total in totals if total > limit]
    if not over:
        return None
    if approver is not None:
        return approver.label
    what, total = over[0]
    above, this = f"{format_amount(limit, cur)} {cur}", f"{format_amount(gross, cur)} {cur}"
    if total == gross:
        raise ApprovalRequired(
            say(
                "a refund above {limit} needs a manager's approval ({amount})",
                limit=above,
                amount=this,
            )
        )
    raise ApprovalRequired(
        say(
            "a refund above {limit} needs a manager's approval ({amount} brings {what} to {total})",
            limit=above,
            amount=this,
            what=what,
            total=f"{format_amount(total, cur)} {cur}",
        )
    )


def _refunded(session: Session, invoice: Invoice) -> Decimal:
    """Everything refunded on the invoice so far, by anyone, approved or not."""
    total = session.scalar(
        select(func.sum(CreditNote.gross)).where(CreditNote.invoice_id == invoice.id)
    )
    return total or ZERO


def _cashier_refunds(session: Session, actor: Actor, terminal_id: int, currency: str) -> Decimal:
    """The cashier's refunds at this till since its cash session opened (none open: since the
    last one closed), so not opening a session is no way round the limit either. The open
    session's row is locked: two refunds by one cashier at one till count each other."""
    current = session.scalars(
        select(CashSession)
        .where(CashSession.terminal_id == terminal_id, CashSession.closed_at.is_(None))
        .with_for_update()
    ).first()
    since = (
        current.opened_at
        if current is not None
        else session.scalar(
            select(func.max(CashSession.closed_at)).where(CashSession.terminal_id == terminal_id)
        )
    )
    conditions: list[ColumnElement[bool]] = [
        CreditNote.terminal_id == terminal_id,
        CreditNote.created_by == actor.label,
        CreditNote.currency == currency,
    ]
    if since is not None:
        conditions.append(CreditNote.created_at >= since)
    total = session.scalar(select(func.sum(CreditNote.gross)).where(*conditions))
    return total or ZERO
