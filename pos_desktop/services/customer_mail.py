"""What the customer hears about: the handler that queues their emails with the action.

The welcome with the customer's code, the invoice after a sale, the notice of a void or a
refund: each outbox row is written in the action's own transaction (the email leaves only if
the sale was saved), and announced with ``EmailQueued`` so the sender sends it at once.
"""

from __future__ import annotations

from pos_desktop.services.credit_note_views import refund_notice
from pos_desktop.services.events import (
    CustomerRegistered,
    EmailQueued,
    Happened,
    InvoiceVoided,
    RefundMade,
    SaleIssued,
)
from pos_desktop.services.messagebus import Transaction
from pos_desktop.services.outbox import OutboxWriter
from pos_desktop.storage.models import Customer, OutboxMessage


class CustomerMail:
    def __init__(self, writer: OutboxWriter) -> None:
        self._writer = writer

    def customer_registered(self, uow: Transaction, event: CustomerRegistered) -> None:
        queued = self._writer.welcome(uow.session, event.customer, now=event.at, by=event.by)
        self._announce(uow, queued, event)

    def sale_issued(self, uow: Transaction, event: SaleIssued) -> None:
        queued = self._writer.invoice_issued(
            uow.session, event.view, event.customer, now=event.at, by=event.by
        )
        self._announce(uow, queued, event)

    def invoice_voided(self, uow: Transaction, event: InvoiceVoided) -> None:
        queued = self._writer.invoice_voided(
            uow.session, event.view, event.customer, now=event.at, by=event.by
        )
        self._announce(uow, queued, event)

    def refund_made(self, uow: Transaction, event: RefundMade) -> None:
        invoice = event.invoice
        if invoice.customer_id is None:
            return
        queued = self._writer.refunded(
            uow.session,
            refund_notice(event.view),
            uow.session.get(Customer, invoice.customer_id),
            exhibition_id=invoice.exhibition_id,
            invoice_id=invoice.id,
            now=event.at,
            by=event.by,
        )
        self._announce(uow, queued, event)

    @staticmethod
    def _announce(uow: Transaction, queued: OutboxMessage | None, cause: Happened) -> None:
        if queued is not None:
            uow.record(
                EmailQueued(kind=queued.kind, by=cause.by, terminal=cause.terminal, at=cause.at)
            )
