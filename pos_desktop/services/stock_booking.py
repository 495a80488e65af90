"""Stock follows the sales: the handler that moves tracked products when invoices change.

A sale takes its tracked products out of this till's location (refused if the shelf is empty,
unless ``billing.allow_oversell``); a void or a restocked refund brings them back; an edit
brings back the old lines and takes the new ones. Each runs in the action's own transaction, so
a sale refused for lack of stock leaves no invoice, and announces ``StockMoved``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pos_desktop.config import BillingSettings
from pos_desktop.services.events import (
    InvoiceEdited,
    InvoiceVoided,
    LineQuantities,
    RefundMade,
    SaleIssued,
    StockMoved,
)
from pos_desktop.services.messagebus import Transaction
from pos_desktop.services.station import StationResolver
from pos_desktop.services.stock import Stocked, invoice_lines, move_invoice_lines


class StockBooking:
    def __init__(self, station: StationResolver, settings: BillingSettings) -> None:
        self._station = station
        self._settings = settings

    def sale_issued(self, uow: Transaction, event: SaleIssued) -> None:
        self._move(
            uow,
            invoice_lines(event.invoice),
            -1,
            reason="sale",
            reference=event.invoice.number,
            by=event.terminal,
            at=event.at,
            tracked=event.tracked,
        )

    def invoice_voided(self, uow: Transaction, event: InvoiceVoided) -> None:
        lines = invoice_lines(event.invoice)
        self._move(
            uow,
            lines,
            1,
            reason="void",
            reference=event.invoice.number,
            by=event.terminal,
            at=event.at,
        )

    def invoice_edited(self, uow: Transaction, event: InvoiceEdited) -> None:
        number = event.invoice.number
        for lines, sign in ((event.lines_before, 1), (invoice_lines(event.invoice), -1)):
            self._move(
                uow, lines, sign, reason="edit", reference=number, by=event.terminal, at=event.at
            )

    def refund_made(self, uow: Transaction, event: RefundMade) -> None:
        # Goods coming back are always taken in, whatever the level says.
        self._move(
            uow,
            event.restocked,
            1,
            reason="refund",
            reference=event.note.number,
            by=event.by,
            at=event.at,
            allow_negative=True,
        )

    def _move(
        self,
        uow: Transaction,
        lines: LineQuantities,
        sign: int,
        *,
        reason: str,
        reference: str | None,
        by: str,
        at: datetime,
        tracked: Sequence[Stocked] | None = None,
        allow_negative: bool | None = None,
    ) -> None:
        moved = move_invoice_lines(
            uow.session,
            lines,
            sign=sign,
            location=self._station.stock_location_id,
            tracked=tracked,
            reason=reason,
            reference=reference,
            by=by,
            at=at,
            allow_negative=self._settings.allow_oversell
            if allow_negative is None
            else allow_negative,
        )
        if moved:
            uow.record(
                StockMoved(
                    product_ids=tuple(moved),
                    reason=reason,
                    reference=reference,
                    by=by,
                    terminal=self._station.terminal_code,
                    at=at,
                )
            )
