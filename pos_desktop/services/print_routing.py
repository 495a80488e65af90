"""Which printer gets which document: the one place that decides what prints by itself.

With ``printer.auto_print`` and a printer address, this till prints a sale's receipt, a refund's
slip and a closing's Z report as the action commits (the job is written in the action's own
transaction, so a crash leaves both or neither); cash in or out of the drawer kicks it open.
A sale or closing replayed from a till's offline journal (``is_replay``) printed there already.
A second printer or a kitchen ticket would be another rule here, not an edit of the services.
"""

from __future__ import annotations

from pos_desktop.config import PrinterSettings
from pos_desktop.domain.payment_methods import opens_drawer
from pos_desktop.services.events import (
    CashSessionClosed,
    PrintJobQueued,
    RefundMade,
    SaleIssued,
)
from pos_desktop.services.messagebus import Transaction
from pos_desktop.services.printing import (
    queue_credit_note_slip,
    queue_sale_receipt,
    queue_session_report,
)
from pos_desktop.storage.uow import is_replay


class PrintRouting:
    def __init__(self, printer: PrinterSettings) -> None:
        self._printer = printer

    @property
    def prints_by_itself(self) -> bool:
        return self._printer.auto_print and bool(self._printer.url.strip())

    def sale_issued(self, uow: Transaction, event: SaleIssued) -> None:
        if not self.prints_by_itself or is_replay(uow.session):  # printed at the till
            return
        invoice = event.invoice
        queue_sale_receipt(
            uow.session,
            invoice_id=invoice.id,
            terminal=event.terminal,
            queued_by=invoice.cashier_name,
            at=event.at,
            open_drawer=opens_drawer(p.method for p in invoice.payments),
        )
        uow.record(
            PrintJobQueued(document="receipt", by=event.by, terminal=event.terminal, at=event.at)
        )

    def refund_made(self, uow: Transaction, event: RefundMade) -> None:
        if not self.prints_by_itself:
            return
        queue_credit_note_slip(
            uow.session,
            note=event.note,
            invoice=event.invoice,
            terminal=event.terminal,
            queued_by=event.by,
            at=event.at,
            open_drawer=opens_drawer([event.method]),
        )
        uow.record(
            PrintJobQueued(
                document="refund slip", by=event.by, terminal=event.terminal, at=event.at
            )
        )

    def session_closed(self, uow: Transaction, event: CashSessionClosed) -> None:
        if not self.prints_by_itself or is_replay(uow.session):  # printed at the till
            return
        queue_session_report(
            uow.session,
            cash_session_id=event.cash_session.id,
            as_of=None,
            terminal=event.terminal,
            queued_by=event.by,
            at=event.at,
        )
        uow.record(
            PrintJobQueued(document="Z report", by=event.by, terminal=event.terminal, at=event.at)
        )
