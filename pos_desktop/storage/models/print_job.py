"""Receipts (and refund slips, X and Z reports) waiting for (or done on) a till's printer.

Written in the transaction of the sale, so a sale never exists without its print job and a
printer that is away loses nothing: the job waits with the reason. No bytes are stored: the
receipt is rendered when sent, for the printer it goes to (paper width, code pages).
A job prints one document: an invoice's receipt (``invoice_id``), a refund's slip (with
``credit_note_id``) or a cash session's report (``cash_session_id``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pos_desktop.storage.models.base import Base, Timestamped
from pos_desktop.storage.models.credit_note import CreditNote
from pos_desktop.storage.models.invoice import Invoice
from pos_desktop.storage.types import UtcDateTime


class PrintJob(Timestamped, Base):
    __tablename__ = "print_jobs"
    __table_args__ = (
        # The sender's and the status bar's question: what waits at this till?
        Index("ix_print_jobs_terminal_state", "terminal", "state"),
        Index("ix_print_jobs_invoice_id", "invoice_id"),
        Index("ix_print_jobs_cash_session_id", "cash_session_id"),
        CheckConstraint(
            "invoice_id IS NOT NULL OR cash_session_id IS NOT NULL", name="prints_a_document"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    #: Set for a refund's slip: the credit note printed (``invoice_id`` is the invoice it credits).
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("credit_notes.id"))
    #: Set for an X or Z report: the cash session reported (``invoice_id`` is empty then).
    cash_session_id: Mapped[int | None] = mapped_column(ForeignKey("cash_sessions.id"))
    #: An X report's moment (its figures are of then, however late it prints); empty: the Z.
    report_as_of: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: The till whose printer prints it (each till has its own printer).
    terminal: Mapped[str] = mapped_column(String(8))
    #: queued | sending | printed | unsure | replaced | cancelled (services/printing/jobs.py)
    state: Mapped[str] = mapped_column(String(12))
    copy: Mapped[bool] = mapped_column(Boolean)
    #: Kick the cash drawer when printed (a cash sale, not a reprint).
    open_drawer: Mapped[bool] = mapped_column(Boolean)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: Why the last attempt failed: the problem word (offline, paper out...) and the details.
    problem: Mapped[str | None] = mapped_column(String(24))
    last_error: Mapped[str | None] = mapped_column(Text)
    #: The printer that printed it (``printer.url`` form), or the last one tried.
    printer: Mapped[str | None] = mapped_column(String(300))
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    printed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    queued_by: Mapped[str] = mapped_column(String(80))

    #: Lets a sale queue its receipt before the invoice row has its id.
    invoice: Mapped[Invoice | None] = relationship()
    credit_note: Mapped[CreditNote | None] = relationship()
