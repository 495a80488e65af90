"""Stored credit notes as read models: the view, loading one by number, and what its refund
email says.

Its own module (like ``invoice_views``) because three use cases read credit notes: the refund
itself (services/refunds.py), the credit note's documents (services/credit_notes.py), and the
outbox sending a refund notice again (services/outbox/), which the refund already imports.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.phrases import say
from pos_desktop.domain.text import clean_line
from pos_desktop.services.email_compose import RefundNotice
from pos_desktop.storage.models import CreditNote, Invoice, InvoiceLine


@dataclass(frozen=True, slots=True)
class CreditNoteView:
    number: str
    invoice_number: str
    currency: str
    method: str
    restocked: bool
    reason: str
    net: Decimal
    vat: Decimal
    gross: Decimal
    lines: tuple[tuple[int, str, Decimal, Decimal], ...]  # position, description, quantity, gross
    created_at: datetime
    created_by: str
    approved_by: str | None


def credit_note_view(
    note: CreditNote, row: Invoice, sources: dict[int, InvoiceLine]
) -> CreditNoteView:
    """``sources``: the invoice line of each credit note line, by the credit note line's id."""
    return CreditNoteView(
        note.number,
        row.number or "",
        note.currency,
        note.method,
        note.restocked,
        note.reason,
        note.net,
        note.vat,
        note.gross,
        tuple(
            (sources[line.id].position, sources[line.id].description, line.quantity, line.gross)
            for line in note.lines
        ),
        note.created_at,
        note.created_by,
        note.approved_by,
    )


def load_credit_note(session: Session, number: str) -> tuple[CreditNote, Invoice, CreditNoteView]:
    """The credit note ``number`` (as printed), its invoice and its view."""
    text = clean_line(number).upper()
    note = session.scalars(select(CreditNote).where(CreditNote.number == text)).first()
    if note is None:
        raise NotFound(say("no credit note {number}", number=text))
    invoice = session.get(Invoice, note.invoice_id)
    assert invoice is not None  # a foreign key
    return note, invoice, stored_note_view(note, invoice)


def stored_note_view(note: CreditNote, invoice: Invoice) -> CreditNoteView:
    """The note as its documents show it, each line with the invoice line it gives back."""
    by_id = {line.id: line for line in invoice.lines}
    sources: dict[int, InvoiceLine] = {line.id: by_id[line.invoice_line_id] for line in note.lines}
    return credit_note_view(note, invoice, sources)


def refund_notice(view: CreditNoteView) -> RefundNotice:
    """What the customer's refund email says about the credit note."""
    return RefundNotice(
        credit_number=view.number,
        invoice_number=view.invoice_number,
        created_at=view.created_at,
        currency=view.currency,
        gross=view.gross,
        method=view.method,
        lines=tuple((description, qty, gross) for _, description, qty, gross in view.lines),
    )
