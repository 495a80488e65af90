"""The running sales totals follow every sale, edit, void and refund, in its transaction.

The figures themselves (what counts where, and when) are ``storage/sales_rollup.py``'s and
``services/net_sales.py``'s; this module only says which action changes them by how much.
"""

from __future__ import annotations

from pos_desktop.services.events import InvoiceEdited, InvoiceVoided, RefundMade, SaleIssued
from pos_desktop.services.messagebus import Transaction
from pos_desktop.storage.sales_rollup import SalesAmounts, count_change, count_refund


def sale_issued(uow: Transaction, event: SaleIssued) -> None:
    count_change(uow.session, event.invoice, SalesAmounts.of(event.invoice))


def invoice_edited(uow: Transaction, event: InvoiceEdited) -> None:
    count_change(uow.session, event.invoice, SalesAmounts.of(event.invoice) - event.counted_before)


def invoice_voided(uow: Transaction, event: InvoiceVoided) -> None:
    # Taken back in the hour of the void, not of the sale: the day's figures already reported
    # stay as they were (see services/net_sales.py).
    count_change(uow.session, event.invoice, -SalesAmounts.of(event.invoice), at=event.at)


def refund_made(uow: Transaction, event: RefundMade) -> None:
    count_refund(uow.session, event.note, event.invoice)
