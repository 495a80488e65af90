"""The email outbox: messages queued in the transaction of their event, and their management.

A registration, a sale or a void calls :class:`OutboxWriter` with its own session, so the
message exists exactly when the event does: a rolled-back sale sends nothing, a committed one
cannot lose its email to a crash or a dead Wi-Fi. The row holds the rendered subject and
bodies (what was true at the event) and attachment specs rendered at send time (see
services/email_documents.py for why). services/outbox_sender.py delivers them.

:class:`OutboxService` is what people do with the outbox: see what waits and why, retry,
cancel, queue a customer's welcome or an invoice again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import make_msgid

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.adapters.smtp_password import read_password
from pos_desktop.config import SmtpSettings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.errors import InvalidState, NotFound, PosError, ValidationError
from pos_desktop.domain.outbox import (
    DEFAULT_MAX_ATTEMPTS,
    DeliveryFailed,
    MessageKind,
    MessageState,
    OutgoingEmail,
    language_of,
)
from pos_desktop.domain.roles import Actor, Permission
from pos_desktop.services import audit
from pos_desktop.services.credit_note_views import load_credit_note, refund_notice
from pos_desktop.services.email_compose import ComposedEmail, EmailComposer, RefundNotice
from pos_desktop.services.invoice_emails import (
    InvoiceEmail,
    choose_email,
    invoice_by_number,
    invoice_emails,
)
from pos_desktop.services.invoice_views import InvoiceView, invoice_view
from pos_desktop.storage.models import Customer, Exhibition, Invoice, OutboxMessage
from pos_desktop.storage.uow import Database, UnitOfWork

LIST_LIMIT_MAX = 1000


class EmailNotSent(PosError):
    """A test email the server did not take; the message says why."""


class OutboxWriter:
    """Queues messages in the caller's session. Threading: stateless; share it."""

    def __init__(
        self,
        composer: EmailComposer,
        smtp: SmtpSettings,
        *,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    ) -> None:
        self.composer = composer
        self._smtp = smtp
        self._max_attempts = max_attempts

    def welcome(
        self, session: Session, customer: Customer, *, now: datetime, by: str
    ) -> OutboxMessage | None:
        """Queue the welcome with the customer's code; ``None`` when they gave no email."""
        if not customer.email:
            return None
        exhibition = _exhibition(session, customer.registered_exhibition_id)
        language = language_of(exhibition.language if exhibition else None)
        composed = self.composer.welcome(
            name=customer.name,
            code=customer.code,
            exhibition=exhibition.name if exhibition else "",
            language=language,
        )
        return self._add(session, MessageKind.WELCOME, composed, customer, now=now, by=by)

    def invoice_issued(
        self,
        session: Session,
        view: InvoiceView,
        customer: Customer | None,
        *,
        now: datetime,
        by: str,
    ) -> OutboxMessage | None:
        """ "Your order has been placed" for an issued invoice of a customer with an email."""
        return self._invoice(session, MessageKind.INVOICE, view, customer, now=now, by=by)

    def invoice_voided(
        self,
        session: Session,
        view: InvoiceView,
        customer: Customer | None,
        *,
        now: datetime,
        by: str,
    ) -> OutboxMessage | None:
        return self._invoice(session, MessageKind.VOID, view, customer, now=now, by=by)

    def refunded(
        self,
        session: Session,
        notice: RefundNotice,
        customer: Customer | None,
        *,
        exhibition_id: int | None,
        invoice_id: int,
        now: datetime,
        by: str,
    ) -> OutboxMessage | None:
        """The refund notice for a credit note, to the invoice's customer if they have an email."""
        if customer is None or not customer.email:
            return None
        exhibition = _exhibition(session, exhibition_id)
        language = language_of(exhibition.language if exhibition else None)
        composed = self.composer.refund(
            notice,
            name=customer.name,
            exhibition=exhibition.name if exhibition else "",
            language=language,
        )
        return self._add(
            session, MessageKind.REFUND, composed, customer, now=now, by=by, invoice_id=invoice_id
        )

    def _invoice(
        self,
        session: Session,
        kind: MessageKind,
        view: InvoiceView,
        customer: Customer | None,
        *,
        now: datetime,
        by: str,
    ) -> OutboxMessage | None:
        if customer is None or not customer.email:
            return None
        exhibition = _exhibition(session, view.exhibition_id)
        language = language_of(exhibition.language if exhibition else None)
        name = exhibition.name if exhibition else ""
        compose = self.composer.invoice if kind is MessageKind.INVOICE else self.composer.void
        composed = compose(view, exhibition=name, language=language)
        return self._add(session, kind, composed, customer, now=now, by=by, invoice_id=view.id)

    def _add(
        self,
        session: Session,
        kind: MessageKind,
        composed: ComposedEmail,
        customer: Customer,
        *,
        now: datetime,
        by: str,
        invoice_id: int | None = None,
    ) -> OutboxMessage:
        rendered = composed.rendered
        row = OutboxMessage(
            message_id=self.new_message_id(kind),
            kind=kind.value,
            state=MessageState.QUEUED.value,
            recipient=customer.email or "",
            subject=rendered.subject[:300],
            text_body=rendered.text,
            html_body=rendered.html,
            attachments=[a.as_json() for a in composed.attachments],
            language=rendered.language,
            customer=customer,
            invoice_id=invoice_id,
            attempts=0,
            max_attempts=self._max_attempts,
            next_attempt_at=now,
            created_at=now,
            updated_at=now,
            queued_by=by,
        )
        session.add(row)
        return row

    def new_message_id(self, kind: MessageKind | str) -> str:
        """Globally unique, made once when queued and kept for every delivery attempt."""
        domain = self._smtp.sender.rpartition("@")[2].strip(" >") or "booth-pos.invalid"
        return make_msgid(idstring=str(kind), domain=domain)


def _exhibition(session: Session, exhibition_id: int | None) -> Exhibition | None:
    return session.get(Exhibition, exhibition_id) if exhibition_id else None


# ------------------------------------------------------------------------------ read models


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
            return "sent"
        if self.state is MessageState.FAILED:
            return f"failed: {self.last_error}"
        if self.state is MessageState.CANCELLED:
            return "cancelled"
        if self.last_error:
            tries = f"attempt {self.attempts} of {self.max_attempts}"
            return f"queued, not sent yet: {self.last_error} ({tries})"
        return "queued"


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


def _entries(session: Session, query: EntryQuery) -> list[OutboxEntry]:
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


def _entry_query() -> EntryQuery:
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
    found = _entries(session, _entry_query().where(OutboxMessage.id == latest))
    return found[0].status_text if found else None


class OutboxService:
    def __init__(self, db: Database, clock: Clock, writer: OutboxWriter) -> None:
        self._db = db
        self._clock = clock
        self.writer = writer

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
        query = _entry_query()
        if state is not None:
            query = query.where(OutboxMessage.state == state.value)
        if kind is not None:
            query = query.where(OutboxMessage.kind == kind.value)
        if before_id is not None:
            query = query.where(OutboxMessage.id < before_id)
        query = query.order_by(OutboxMessage.id.desc()).limit(max(1, min(limit, LIST_LIMIT_MAX)))
        with self._db.reader() as uow:
            return _entries(uow.session, query)

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
        query = _entry_query().where(OutboxMessage.id.in_(latest))
        with self._db.reader() as uow:
            return {e.customer_code: e for e in _entries(uow.session, query) if e.customer_code}

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
                raise NotFound(f"no email {message_id} in the outbox")
            if row.state == MessageState.SENT.value:
                raise InvalidState(f"email {message_id} was sent already; queue a new one instead")
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
            (entry,) = _entries(uow.session, _entry_query().where(OutboxMessage.id == row.id))
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
            raise ValidationError.single("to", "enter the address to send the test to")
        with self._db.reader() as uow:
            exhibition = uow.session.scalars(
                select(Exhibition.name).where(Exhibition.active.is_(True)).limit(1)
            ).first()
        composed = self.writer.composer.test(exhibition=exhibition or "Booth POS", terminal="")
        secret = password if password is not None else read_password(smtp)  # keyring or file
        mailer = SmtpMailer(smtp, password=lambda: secret)
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
                raise NotFound(f"no customer with code {parsed.value}")
            if not customer.email:
                raise InvalidState(f"customer {parsed.value} has no email address")
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
                raise InvalidState(f"invoice {row.number} has no customer with an email address")
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
        (entry,) = _entries(uow.session, _entry_query().where(OutboxMessage.id == row.id))
        uow.commit()
        return entry
