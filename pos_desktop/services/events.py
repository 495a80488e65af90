"""What the actions of the till cause, as typed events (see ``services/messagebus.py``).

An event says what happened, in the words of the business, and carries what its handlers need
(the rows are the transaction's own: handlers run before COMMIT and write beside them).
Listeners run after COMMIT and should read only the plain fields (numbers, codes, terminal).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from pos_desktop.domain.invoice import PaymentMethod

if TYPE_CHECKING:
    from pos_desktop.domain.connectivity import Connectivity
    from pos_desktop.domain.customer_display import DisplayLine
    from pos_desktop.services.credit_note_views import CreditNoteView
    from pos_desktop.services.invoice_views import InvoiceView
    from pos_desktop.services.stock import Stocked
    from pos_desktop.storage.models import CashSession, CreditNote, Customer, Invoice
    from pos_desktop.storage.sales_rollup import SalesAmounts

#: ``(product id or None, quantity)`` of each line: what stock handlers move.
LineQuantities = Sequence[tuple[int | None, Decimal]]


@dataclass(frozen=True, slots=True, kw_only=True)
class Happened:
    """Who did it, where and when: every event has these."""

    by: str
    terminal: str
    at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class SaleIssued(Happened):
    """An invoice got its number (a sale at the counter, or a draft issued)."""

    invoice: Invoice
    view: InvoiceView
    customer: Customer | None
    #: The sale's tracked products when the sale read them already (saves the stock a query).
    tracked: Sequence[Stocked] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class InvoicePaid(Happened):
    """More money was taken for an issued invoice."""

    invoice: Invoice
    amount: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class InvoiceEdited(Happened):
    """An issued invoice's lines (or customer) were replaced."""

    invoice: Invoice
    view: InvoiceView
    lines_before: LineQuantities
    counted_before: SalesAmounts
    #: Why (the revision's reason) and whether the customer stayed: what an edit made offline
    #: needs to be made again on the server.
    reason: str = ""
    customer_kept: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class InvoiceVoided(Happened):
    invoice: Invoice
    view: InvoiceView
    customer: Customer | None


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundMade(Happened):
    """A credit note was issued against an invoice; money went back by ``method``."""

    note: CreditNote
    invoice: Invoice
    view: CreditNoteView
    method: PaymentMethod
    #: The lines that came back to the shelf (empty when the goods were not restocked).
    restocked: LineQuantities


@dataclass(frozen=True, slots=True, kw_only=True)
class CustomerRegistered(Happened):
    customer: Customer


@dataclass(frozen=True, slots=True, kw_only=True)
class CashSessionOpened(Happened):
    cash_session: CashSession


@dataclass(frozen=True, slots=True, kw_only=True)
class CashMoved(Happened):
    """Cash put into (``in``) or taken out of (``out``) the drawer outside a sale."""

    cash_session: CashSession
    kind: str
    amount: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class CashSessionClosed(Happened):
    """The drawer was counted and the session closed: its Z report is final."""

    cash_session: CashSession


@dataclass(frozen=True, slots=True, kw_only=True)
class StockMoved(Happened):
    """Tracked products went in or out of a stock location (sale, void, edit, refund)."""

    product_ids: tuple[int, ...]
    reason: str
    reference: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PrintJobQueued(Happened):
    """A document waits for this till's printer."""

    document: str = field(default="receipt")


@dataclass(frozen=True, slots=True, kw_only=True)
class PrintRoundDone(Happened):
    """The print loop sent what was waiting: which documents printed, which wait and why,
    and which may not have printed (announced after each round that had something to send)."""

    printed: tuple[str, ...]
    waiting: tuple[tuple[str, str], ...]
    unsure: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkChanged(Happened):
    """The till went offline, is sending its journal's entries, or is online again; or the
    number of entries waiting changed (``services/offline_link.py``)."""

    state: Connectivity


@dataclass(frozen=True, slots=True, kw_only=True)
class EmailQueued(Happened):
    """An email waits in the outbox."""

    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class SeatOffered(Happened):
    """A freed seat is held for the first on a workshop's waitlist until ``expires_at``."""

    workshop_id: int
    customer_id: int
    expires_at: datetime


@dataclass(frozen=True, slots=True, kw_only=True)
class CertificateDue(Happened):
    """A customer who came to a workshop is to get their attendance certificate."""

    workshop_id: int
    customer_id: int


@dataclass(frozen=True, slots=True, kw_only=True)
class ReminderDue(Happened):
    """A customer holding seats in a workshop starting soon is to be reminded (once)."""

    workshop_id: int
    customer_id: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CustomerCheckedIn(Happened):
    """A customer was admitted at a workshop's door: seat ``seat`` of theirs (the offline
    journal sends it to the server; a till online mirrors it into its journal)."""

    checkin_id: int
    workshop_id: int
    customer_id: int
    workshop_code: str
    customer_code: str
    seat: int


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkshopCancelled(Happened):
    """A workshop was called off; ``customer_ids`` held seats in it (they are told)."""

    workshop_id: int
    customer_ids: tuple[int, ...]
    reason: str


# ---- the counter, as the customer sees it: nothing is stored, so these are announced at once
# (``MessageBus.announce``) and only have listeners (the customer display).


@dataclass(frozen=True, slots=True, kw_only=True)
class CartShown(Happened):
    """The checkout's cart changed (a line added, edited or removed; a customer chosen)."""

    lines: tuple[DisplayLine, ...]
    total: Decimal
    currency: str
    customer_name: str | None
    #: The customer's language (their receipts'); ``None``: no customer, or neither a
    #: language nor a country on their record.
    customer_language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentTendered(Happened):
    """The cashier entered what the customer handed over; the sale is about to be saved."""

    total: Decimal
    given: Decimal
    change: Decimal


@dataclass(frozen=True, slots=True, kw_only=True)
class CounterIdle(Happened):
    """The next sale starts with an empty cart: the display welcomes the next visitor."""

    exhibition_name: str = ""
