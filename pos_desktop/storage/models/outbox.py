"""Emails waiting to go out, written in the transaction of the event that causes them.

A row holds the rendered subject and bodies and a list of attachment specs (what to render
when sending: the customer's QR, the invoice PDF...), never the attachment bytes: see
services/outbox/writer.py for why. Rows stay after sending, as the record of what was sent to whom.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos_desktop.storage.models.base import Base, Timestamped
from pos_desktop.storage.models.customer import Customer
from pos_desktop.storage.types import JsonDocument, UtcDateTime


class OutboxMessage(Timestamped, Base):
    __tablename__ = "outbox_messages"
    __table_args__ = (
        # The sender's question: what is due now? The status bar's: how many wait?
        Index("ix_outbox_messages_state_next_attempt_at", "state", "next_attempt_at"),
        # The customer card's: what became of this customer's welcome?
        Index("ix_outbox_messages_customer_id", "customer_id"),
        Index("ix_outbox_messages_invoice_id", "invoice_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: ``<...@...>``; the same on every delivery attempt, so a repeat shows as one message.
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(12))
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str] = mapped_column(Text)
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JsonDocument)
    language: Mapped[str] = mapped_column(String(12))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    queued_by: Mapped[str] = mapped_column(String(80))

    #: Lets a registration queue its welcome before the customer row has its id.
    customer: Mapped[Customer | None] = relationship()
