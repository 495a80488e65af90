"""What people do with the outbox: see what waits and why, retry, cancel, queue a customer's
welcome or an invoice's email again, send a test email.

The test email goes through the mail port (``ports.MailTransport``) with the settings the
admin typed, not through the queue: the admin waits for the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from pos_desktop.config import SmtpSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import InvalidState, NotFound, PosError, ValidationError
from pos_desktop.domain.outbox import DeliveryFailed, MessageKind, MessageState, OutgoingEmail
from pos_desktop.domain.phrases import say
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services import audit
from pos_desktop.services.credit_note_views import load_credit_note, refund_notice
from pos_desktop.services.invoice_emails import (
    InvoiceEmail,
    choose_email,
    invoice_emails,
)
from pos_desktop.services.invoice_views import invoice_view
from pos_desktop.services.outbox.ports import MailTransport
from pos_desktop.services.outbox.queries import (
    OutboxEntry,
    OutboxSummary,
    entries,
    entry_query,
)
from pos_desktop.services.outbox.writer import OutboxWriter
from pos_desktop.storage.invoice_lookup import invoice_by_number
from pos_desktop.storage.models import Customer, Exhibition, OutboxMessage
from pos_desktop.storage.uow import Database, UnitOfWork

LIST_LIMIT_MAX = 1000


class EmailNotSent(PosError):
    """A test email the server did not take; the message says why."""


class OutboxService:
    def __init__(
        self, db: Database, clock: Clock, writer: OutboxWriter, transport: MailTransport
    ) -> None:
        self._db = db
        self._clock = clock
        self.writer = writer
        self._transport = transport

    # ------------------------------------------------------------------------------ read

    def waiting_count(self) -> int:
        """For the status bar: messages not sent yet (an index count)."""
        with self._db.reader() as uow:
            return int(
                uow.session.scalar(
                    select(func.count(OutboxMessage.id)).where(
                        OutboxMessage.state == MessageState.QUEUED.value
                    )
                )
                or 0
            )

    def summary(self, actor: Actor) -> OutboxSummary:
        actor.require(Permission.CUSTOMER_VIEW)
        with self._db.reader() as uow:
            s = uow.session
            counts = dict(
                s.execute(
                    select(OutboxMessage.state, func.count(OutboxMessage.id)).group_by(
                        OutboxMessage.state
                    )
                ).all()
            )
            queued = OutboxMessage.state == MessageState.QUEUED.value
            due = s.scalar(select(func.min(OutboxMessage.next_attempt_at)).where(queued))
            error = s.scalar(
                select(OutboxMessage.last_error)
                .where(queued, OutboxMessage.last_error.is_not(None))
                .order_by(OutboxMessage.updated_at.desc())
                .limit(1)
            )
        return OutboxSummary(
            int(counts.get(MessageState.QUEUED.value, 0)),
            int(counts.get(MessageState.SENT.value, 0)),
            int(counts.get(MessageState.FAILED.value, 0)),
            int(counts.get(MessageState.CANCELLED.value, 0)),
            due,
            error,
        )

    def messages(
        self,
        actor: Actor,
        *,
        state: MessageState | None = None,
        kind: MessageKind | None = None,
        limit: int = 200,
        before_id: int | None = None,
    ) -> list[OutboxEntry]:
        """Newest first, of ``state`` and ``kind`` if given; ``before_id`` (the last row
        shown) pages back."""
        actor.require(Permission.CUSTOMER_VIEW)
        query = entry_query()
        if state is not None:
            query = query.where(OutboxMessage.state == state.value)
        if kind is not None:
            query = query.where(OutboxMessage.kind == kind.value)
        if before_id is not None:
            query = query.where(OutboxMessage.id < before_id)
        query = query.order_by(OutboxMessage.id.desc()).limit(max(1, min(limit, LIST_LIMIT_MAX)))
        with self._db.reader() as uow:
            return entries(uow.session, query)

    def customer_status(self, actor: Actor, code: str) -> OutboxEntry | None:
        """The customer's latest welcome email, or ``None`` if none was ever queued."""
        return self.customer_statuses(actor, [code]).get(CustomerCode.parse(code).value)

    def customer_statuses(self, actor: Actor, codes: Sequence[str]) -> dict[str, OutboxEntry]:
        """Latest welcome per customer code, for a page of a list (one query)."""
        actor.require(Permission.CUSTOMER_VIEW)
        wanted = [CustomerCode.parse(c).value for c in codes]
        if not wanted:
            return {}
        latest = (
            select(func.max(OutboxMessage.id))
            .join(Customer, Customer.id == OutboxMessage.customer_id)
            .where(Customer.code.in_(wanted), OutboxMessage.kind == MessageKind.WELCOME.value)
            .group_by(OutboxMessage.customer_id)
        )
        query = entry_query().where(OutboxMessage.id.in_(latest))
        with self._db.reader() as uow:
            return {e.customer_code: e for e in entries(uow.session, query) if e.customer_code}

    # ---------------------------------------------------------------------------- change

    def retry(self, actor: Actor, message_id: int) -> OutboxEntry:
        """A failed or waiting message goes out at the sender's next round, attempts anew."""
        actor.require(Permission.OUTBOX_MANAGE)
        return self._change(actor, message_id, MessageState.QUEUED, "email.retry")

    def cancel(self, actor: Actor, message_id: int) -> OutboxEntry:
        actor.require(Permission.OUTBOX_MANAGE)
        return self._change(actor, message_id, MessageState.CANCELLED, "email.cancel")

    def _change(
        self, actor: Actor, message_id: int, target: MessageState, action: str
    ) -> OutboxEntry:
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            row = uow.session.get(OutboxMessage, message_id, with_for_update=True)
            if row is None:
                raise NotFound(say("no email {number} in the outbox", number=message_id))
            if row.state == MessageState.SENT.value:
                raise InvalidState(
                    say(
                        "email {number} was sent already; queue a new one instead",
                        number=message_id,
                    )
                )
            before = {"state": row.state, "attempts": row.attempts, "last_error": row.last_error}
            row.state = target.value
            if target is MessageState.QUEUED:
                row.attempts = 0
                row.next_attempt_at = now
            row.updated_at = now
            audit.record(
                uow.session,
                actor=actor,
                at=now,
                action=action,
                entity_type="email",
                entity_key=str(message_id),
                summary=f"email to {row.recipient} ({row.subject}): {target.value}",
                before=before,
                after={"state": target.value},
            )
            uow.session.flush()
            (entry,) = entries(uow.session, entry_query().where(OutboxMessage.id == row.id))
            uow.commit()
        return entry

    def send_test(
        self, actor: Actor, smtp: SmtpSettings, *, to: str, password: str | None = None
    ) -> str:
        """Send a test email now with ``smtp`` (the Settings form's values, maybe unsaved).

        Not through the outbox: the admin is waiting for the answer, and a test must not sit
        in the queue. Returns the Message-ID; raises :class:`EmailNotSent` with the reason.
        """
        actor.require(Permission.SETTINGS_MANAGE)
        address = to.strip()
        if "@" not in address:
            raise ValidationError.single(say("to"), say("enter the address to send the test to"))
        with self._db.reader() as uow:
            exhibition = uow.session.scalars(
                select(Exhibition.name).where(Exhibition.active.is_(True)).limit(1)
            ).first()
        composed = self.writer.composer.test(exhibition=exhibition or "Booth POS", terminal="")
        transport = self._transport
        secret = password if password is not None else transport.stored_password(smtp)
        mailer = transport.mailer(smtp, lambda: secret)
        problem = mailer.missing()
        if problem:
            raise EmailNotSent(problem)
        mail = OutgoingEmail(
            self.writer.new_message_id("test"),
            smtp.sender,
            address,
            composed.rendered.subject,
            composed.rendered.text,
            composed.rendered.html,
            self._clock.now(),
        )
        try:
            with mailer.session() as session:
                session.send(mail)
        except DeliveryFailed as failure:
            raise EmailNotSent(failure.reason) from failure
        return mail.message_id

    def retry_waiting_now(self, actor: Actor) -> int:
        """Every waiting message due at once (after the SMTP settings were fixed)."""
        actor.require(Permission.CUSTOMER_VIEW)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            result = uow.session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.state == MessageState.QUEUED.value,
                    OutboxMessage.next_attempt_at > now,
                    OutboxMessage.last_error.is_not(None),
                )
                .values(next_attempt_at=now)
            )
            uow.commit()
        return int(result.rowcount)  # type: ignore[attr-defined]

    def resend_welcome(self, actor: Actor, code: str) -> OutboxEntry:
        """Queue the customer's welcome again (a new message: they asked for it again)."""
        actor.require(Permission.CUSTOMER_VIEW)
        parsed = CustomerCode.parse(code)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            s = uow.session
            customer = s.scalars(select(Customer).where(Customer.code == parsed.value)).first()
            if customer is None:
                raise NotFound(say("no customer with code {code}", code=parsed.value))
            if not customer.email:
                raise InvalidState(say("customer {code} has no email address", code=parsed.value))
            row = self.writer.welcome(s, customer, now=now, by=actor.label)
            self._audit_queue(
                s, actor, now, "customer", parsed.value, to=customer.email, what="welcome"
            )
            return self._commit_with(uow, row)

    def invoice_emails(self, actor: Actor, number: str) -> list[InvoiceEmail]:
        """What the invoice's customer can be sent again, what a cashier most likely means
        first: the void notice of a voided invoice, the latest refund notice of a refunded one,
        else the invoice itself."""
        actor.require(Permission.INVOICE_VIEW)
        with self._db.reader() as uow:
            row = invoice_by_number(uow.session, number)
            return invoice_emails(uow.session, row)

    def send_invoice_again(
        self,
        actor: Actor,
        number: str,
        *,
        kind: MessageKind | str | None = None,
        credit_note: str | None = None,
    ) -> OutboxEntry:
        """Queue one of :meth:`invoice_emails` again: the first, or the one of ``kind``
        (``invoice``, ``void``, ``refund``); ``credit_note`` picks a refund notice (else the
        latest). A voided invoice is never sent as "your order has been placed"."""
        actor.require(Permission.INVOICE_VIEW)
        now = self._clock.now()
        with self._db.unit_of_work() as uow:
            s = uow.session
            row = invoice_by_number(s, number)
            customer = s.get(Customer, row.customer_id) if row.customer_id else None
            if customer is None or not customer.email:
                raise InvalidState(
                    say("invoice {number} has no customer with an email address", number=row.number)
                )
            chosen = choose_email(row, invoice_emails(s, row), kind, credit_note)
            queued: OutboxMessage | None
            if chosen.credit_note is not None:
                _note, _invoice_row, note = load_credit_note(s, chosen.credit_note)
                queued = self.writer.refunded(
                    s,
                    refund_notice(note),
                    customer,
                    exhibition_id=row.exhibition_id,
                    invoice_id=row.id,
                    now=now,
                    by=actor.label,
                )
            else:
                write = (
                    self.writer.invoice_voided
                    if chosen.kind is MessageKind.VOID
                    else self.writer.invoice_issued
                )
                queued = write(s, invoice_view(row, customer), customer, now=now, by=actor.label)
            self._audit_queue(
                s, actor, now, "invoice", row.number or "", to=customer.email, what=chosen.label
            )
            return self._commit_with(uow, queued)

    @staticmethod
    def _audit_queue(
        s: Session, actor: Actor, now: datetime, entity: str, key: str, *, to: str, what: str
    ) -> None:
        audit.record(
            s,
            actor=actor,
            at=now,
            action="email.resend",
            entity_type=entity,
            entity_key=key,
            summary=f"{what} email to {to} queued again",
        )

    @staticmethod
    def _commit_with(uow: UnitOfWork, row: OutboxMessage | None) -> OutboxEntry:
        assert row is not None  # the callers checked the address
        uow.session.flush()
        (entry,) = entries(uow.session, entry_query().where(OutboxMessage.id == row.id))
        uow.commit()
        return entry
