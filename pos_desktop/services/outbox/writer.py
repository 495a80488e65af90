"""Queueing an email in the transaction of its event: the outbox's writer.

A registration, a sale or a void calls :class:`OutboxWriter` with its own session, so the
message exists exactly when the event does: a rolled-back sale sends nothing, a committed one
cannot lose its email to a crash or a dead Wi-Fi. The row holds the rendered subject and
bodies (what was true at the event) and attachment specs rendered at send time (see
services/email_documents.py for why). ``sending.py`` delivers them.

Each message speaks its customer's language as their record says it at the event: theirs,
else their country's, else the till's default (``services/document_texts.py``).
"""

from __future__ import annotations

from datetime import datetime
from email.utils import make_msgid

from sqlalchemy.orm import Session

from pos_desktop.config import DocumentSettings, SmtpSettings
from pos_desktop.domain.outbox import DEFAULT_MAX_ATTEMPTS, MessageKind, MessageState
from pos_desktop.services.document_texts import default_language, language_for
from pos_desktop.services.email_compose import ComposedEmail, EmailComposer, RefundNotice
from pos_desktop.services.invoice_views import InvoiceView
from pos_desktop.storage.loaded_rows import insert_as_loaded
from pos_desktop.storage.models import Customer, Exhibition, OutboxMessage


class OutboxWriter:
    """Queues messages in the caller's session. Threading: stateless; share it."""

    def __init__(
        self,
        composer: EmailComposer,
        smtp: SmtpSettings,
        *,
        max_attempts: int = DEFAULT_MAX_ATTEMPTS,
        documents: DocumentSettings | None = None,
    ) -> None:
        self.composer = composer
        self._smtp = smtp
        self._max_attempts = max_attempts
        self._documents = documents

    def language(self, customer: Customer, exhibition: Exhibition | None) -> str:
        """The language of ``customer``'s email (``exhibition``: the event's, for the default)."""
        return language_for(customer, default_language(self._documents, exhibition))

    def welcome(
        self, session: Session, customer: Customer, *, now: datetime, by: str
    ) -> OutboxMessage | None:
        """Queue the welcome with the customer's code; ``None`` when they gave no email."""
        if not customer.email:
            return None
        exhibition = _exhibition(session, customer.registered_exhibition_id)
        language = self.language(customer, exhibition)
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
        language = self.language(customer, exhibition)
        composed = self.composer.refund(
            notice,
            name=customer.name,
            exhibition=exhibition.name if exhibition else "",
            language=language,
        )
        return self._add(
            session, MessageKind.REFUND, composed, customer, now=now, by=by, invoice_id=invoice_id
        )

    def composed(
        self,
        session: Session,
        kind: MessageKind,
        composed: ComposedEmail,
        customer: Customer,
        *,
        now: datetime,
        by: str,
    ) -> OutboxMessage | None:
        """A message composed by its caller (``EmailComposer.compose``); ``None`` without an
        email address."""
        if not customer.email:
            return None
        return self._add(session, kind, composed, customer, now=now, by=by)

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
        language = self.language(customer, exhibition)
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
            customer_id=customer.id,
            invoice_id=invoice_id,
            attempts=0,
            max_attempts=self._max_attempts,
            next_attempt_at=now,
            created_at=now,
            updated_at=now,
            queued_by=by,
        )
        if customer.id is None:  # a customer not written yet: the flush orders the two rows
            row.customer = customer
            session.add(row)
        else:  # the usual case, on the hot path of a sale and a registration: one Core INSERT
            insert_as_loaded(session, [row])
        return row

    def new_message_id(self, kind: MessageKind | str) -> str:
        """Globally unique, made once when queued and kept for every delivery attempt."""
        domain = self._smtp.sender.rpartition("@")[2].strip(" >") or "booth-pos.invalid"
        return make_msgid(idstring=str(kind), domain=domain)


def _exhibition(session: Session, exhibition_id: int | None) -> Exhibition | None:
    return session.get(Exhibition, exhibition_id) if exhibition_id else None
