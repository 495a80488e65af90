"""The outbox as people read it: one row per message with its state and why it waits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from pos_desktop.domain.outbox import MessageKind, MessageState
from pos_desktop.domain.phrases import say
from pos_desktop.storage.models import Customer, Invoice, OutboxMessage


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int
    message_id: str
    kind: str
    state: MessageState
    recipient: str
    subject: str
    customer_code: str | None
    invoice_number: str | None
    attempts: int
    max_attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None

    @property
    def status_text(self) -> str:
        """What the customer card and lists show: queued / sent / failed with the reason."""
        if self.state is MessageState.SENT:
            return say("sent")
        if self.state is MessageState.FAILED:
            return say("failed: {reason}", reason=self.last_error)
        if self.state is MessageState.CANCELLED:
            return say("cancelled")
        if self.last_error:
            return say(
                "queued, not sent yet: {reason} (attempt {attempt} of {attempts})",
                reason=self.last_error,
                attempt=self.attempts,
                attempts=self.max_attempts,
            )
        return say("queued")


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    queued: int
    sent: int
    failed: int
    cancelled: int
    next_attempt_at: datetime | None
    last_error: str | None

    @property
    def waiting(self) -> int:
        return self.queued


EntryQuery = Select[OutboxMessage, str, str | None]  # the customer's code is None: outer join


def entries(session: Session, query: EntryQuery) -> list[OutboxEntry]:
    rows = session.execute(query)
    return [
        OutboxEntry(
            m.id,
            m.message_id,
            m.kind,
            MessageState(m.state),
            m.recipient,
            m.subject,
            code,
            number,
            m.attempts,
            m.max_attempts,
            m.next_attempt_at,
            m.last_error,
            m.created_at,
            m.sent_at,
        )
        for m, code, number in rows
    ]


def entry_query() -> EntryQuery:
    return (
        select(OutboxMessage, Customer.code, Invoice.number)
        .outerjoin(Customer, Customer.id == OutboxMessage.customer_id)
        .outerjoin(Invoice, Invoice.id == OutboxMessage.invoice_id)
    )


def welcome_status(session: Session, customer_id: int) -> str | None:
    """The status text of a customer's latest welcome email (the customer card shows it)."""
    latest = (
        select(func.max(OutboxMessage.id))
        .where(
            OutboxMessage.customer_id == customer_id,
            OutboxMessage.kind == MessageKind.WELCOME.value,
        )
        .scalar_subquery()
    )
    found = entries(session, entry_query().where(OutboxMessage.id == latest))
    return found[0].status_text if found else None
