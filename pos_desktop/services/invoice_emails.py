"""Which emails about an invoice its customer can be sent again, and which one is meant.

"Send invoice again" on a refunded invoice means the refund notice (with the credit note), on a
voided one the void notice: what the customer needs now, not "your order has been placed" for
money they got back. The outbox (services/outbox/) queues the one chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.domain.errors import InvalidState, NotFound, ValidationError
from pos_desktop.domain.invoice import InvoiceStatus
from pos_desktop.domain.money import format_amount
from pos_desktop.domain.outbox import MessageKind
from pos_desktop.domain.phrases import say
from pos_desktop.storage.models import CreditNote, Invoice

SENT_AGAIN = (MessageKind.INVOICE, MessageKind.VOID, MessageKind.REFUND)


@dataclass(frozen=True, slots=True)
class InvoiceEmail:
    """One email about an invoice that its customer can be sent again."""

    kind: MessageKind
    #: What a cashier reads in the choice: "Refund notice EXPO24-T1-C000002 (12.50 EUR)".
    label: str
    credit_note: str | None = None


def invoice_emails(session: Session, row: Invoice) -> list[InvoiceEmail]:
    """The void notice of a voided invoice, then its refund notices, newest first, then the
    invoice itself unless it is voided: the first is what a cashier most likely means."""
    notes = session.scalars(
        select(CreditNote)
        .where(CreditNote.invoice_id == row.id)
        .order_by(CreditNote.created_at.desc(), CreditNote.id.desc())
    )
    refunds = [
        InvoiceEmail(
            MessageKind.REFUND,
            say(
                "Refund notice {number} ({amount})",
                number=n.number,
                amount=f"{format_amount(n.gross, n.currency)} {n.currency}",
            ),
            n.number,
        )
        for n in notes
    ]
    if row.status == InvoiceStatus.VOIDED.value:
        void = say("Void notice for {number}", number=row.number)
        return [InvoiceEmail(MessageKind.VOID, void), *refunds]
    return [*refunds, InvoiceEmail(MessageKind.INVOICE, say("Invoice {number}", number=row.number))]


def choose_email(
    row: Invoice,
    offered: Sequence[InvoiceEmail],
    kind: MessageKind | str | None = None,
    credit_note: str | None = None,
) -> InvoiceEmail:
    """The first of ``offered`` of ``kind`` (any without), for ``credit_note`` if given."""
    wanted = _kind(kind) if credit_note is None else MessageKind.REFUND
    note = credit_note.strip().upper() if credit_note is not None else None
    for email in offered:
        if wanted in (None, email.kind) and note in (None, email.credit_note):
            return email
    if note is not None:
        raise NotFound(
            say("no credit note {note} for invoice {number}", note=note, number=row.number)
        )
    if wanted is MessageKind.REFUND:
        raise InvalidState(
            say("invoice {number} has no refund to send a notice of", number=row.number)
        )
    if wanted is MessageKind.INVOICE:
        raise InvalidState(
            say("invoice {number} is voided: send the void notice instead", number=row.number)
        )
    raise InvalidState(
        say("invoice {number} is not voided: there is no void notice to send", number=row.number)
    )


def _kind(kind: MessageKind | str | None) -> MessageKind | None:
    if kind is None:
        return None
    found = next((k for k in SENT_AGAIN if k.value == str(kind).strip().lower()), None)
    if found is None:
        choices = ", ".join(k.value for k in SENT_AGAIN)
        raise ValidationError.single(
            say("kind"), say("an invoice's email is one of: {choices}", choices=choices)
        )
    return found
