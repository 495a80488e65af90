"""The audit trail: written inside the caller's transaction, read by admins, verifiable.

Entries are chained by hashes as their transaction commits (``audit_chain``); an entry of a
money action names its ``subject`` (the invoice, credit note or cash session it changed) and
holds the digest of that record as committed (``audit_records``). ``AuditService.verify``
recomputes both (``audit_verify``). docs/audit-chain.md says why it is built this way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.domain.clock import Clock
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services import audit_chain
from pos_desktop.storage.models import AuditEvent, CashSession, CreditNote, Invoice
from pos_desktop.storage.uow import Database

if TYPE_CHECKING:  # verifying loads its workers and parts: imported when asked for
    from pos_desktop.services.audit_verify import VerifyReport

#: What an entry can vouch for: the record's digest goes into the entry's hash.
Subject = Invoice | CreditNote | CashSession


#: Values JSON writes as they are: their exact types (a ``StrEnum`` is a ``str`` but is written
#: as its value, a ``bool`` is an ``int``), so a document of them is copied without a call each.
_PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: Any) -> Any:
    """Values as JSON keeps them exactly: amounts and dates as text."""
    kind = type(value)
    if kind is dict:
        return {
            (k if type(k) is str else str(k)): (v if type(v) in _PLAIN else jsonable(v))
            for k, v in value.items()
        }
    if kind is list:
        return [v if type(v) in _PLAIN else jsonable(v) for v in value]
    return _converted(value)


def _converted(value: Any) -> Any:
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def record(
    session: Session,
    *,
    actor: Actor,
    at: datetime,
    action: str,
    entity_type: str,
    entity_key: str | None,
    summary: str,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    terminal: str | None = None,
    subject: Subject | None = None,
) -> AuditEvent:
    """Add an audit event to the current transaction (it commits or rolls back with it).

    ``subject``: the business record a money action left (an issued invoice, a credit note, a
    closed cash session); the entry holds its digest as the transaction commits it. The
    entry is written, numbered and hashed when the transaction commits (see ``audit_chain``);
    ``audit_chain.seal(session)`` does it earlier for a caller that needs the hash.
    """
    event = AuditEvent(
        occurred_at=at,
        actor=actor.label,
        user_id=actor.user_id,
        terminal=terminal,
        action=action,
        entity_type=entity_type,
        entity_key=entity_key,
        summary=summary,
        before=jsonable(before) if before is not None else None,
        after=jsonable(after) if after is not None else None,
    )
    audit_chain.hold(session, event, subject)
    return event


def seal(session: Session) -> None:
    """Write, number and hash this transaction's entries now rather than at its commit."""
    audit_chain.seal(session)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    occurred_at: datetime
    actor: str
    terminal: str | None
    action: str
    entity_type: str
    entity_key: str | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


class AuditService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def verify(self, actor: Actor) -> VerifyReport:
        """Recompute the hash chain and every audited record's digest (seconds per million
        entries: call it from a worker)."""
        actor.require(Permission.AUDIT_VIEW)
        from pos_desktop.services.audit_verify import verify  # noqa: PLC0415 - see the import

        return verify(self._db.engine)

    def entries(
        self,
        actor: Actor,
        *,
        since: datetime | None = None,
        action: str | None = None,
        entity_key: str | None = None,
        actor_label: str | None = None,
        limit: int = 200,
        after: AuditEntry | None = None,
    ) -> list[AuditEntry]:
        """Newest first. ``action`` matches a prefix, so ``invoice`` finds every invoice event.

        ``after`` (the last entry shown) pages back by id, for a viewer that scrolls.
        """
        actor.require(Permission.AUDIT_VIEW)
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
        if after is not None:
            query = query.where(AuditEvent.id < after.id)
        if since is not None:
            query = query.where(AuditEvent.occurred_at >= since)
        if action:
            query = query.where(AuditEvent.action.startswith(action, autoescape=True))
        if entity_key:
            query = query.where(AuditEvent.entity_key == entity_key)
        if actor_label:
            query = query.where(AuditEvent.actor == actor_label)
        with self._db.reader() as uow:
            return [
                AuditEntry(
                    e.id,
                    e.occurred_at,
                    e.actor,
                    e.terminal,
                    e.action,
                    e.entity_type,
                    e.entity_key,
                    e.summary,
                    e.before,
                    e.after,
                )
                for e in uow.session.scalars(query)
            ]
