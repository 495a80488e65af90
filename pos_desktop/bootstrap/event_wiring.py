"""The domain events' handlers, registered in a fixed order (see docs/architecture.md).

``book_keeping``: what every sale, edit, void and refund must do in its transaction (stock,
running totals). ``notifications``: what this till tells the people around it (its printer,
the customers' inboxes). Each handler's module is imported with the first event it handles.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pos_desktop.config import Settings
from pos_desktop.services.events import (
    CashSessionClosed,
    CertificateDue,
    CustomerRegistered,
    InvoiceEdited,
    InvoiceVoided,
    RefundMade,
    ReminderDue,
    SaleIssued,
    SeatOffered,
    WorkshopCancelled,
)
from pos_desktop.services.messagebus import MessageBus
from pos_desktop.services.on_demand import OnFirstEvent, module_on_first_event
from pos_desktop.services.station import StationResolver

if TYPE_CHECKING:
    from pos_desktop.services.outbox import OutboxWriter


def book_keeping(bus: MessageBus, station: StationResolver, settings: Settings) -> None:
    """What every sale, edit, void and refund must do with it: workshop seats, stock and
    running totals."""

    def workshop_seats() -> Any:
        from pos_desktop.services.workshop_seats import WorkshopSeats  # noqa: PLC0415 - lazy

        return WorkshopSeats(settings.workshops)

    # Seats first: a full workshop refuses the sale before any stock moves.
    seats = OnFirstEvent(workshop_seats)
    bus.handle(SaleIssued, seats.handler("sale_issued"))
    bus.handle(InvoiceEdited, seats.handler("invoice_edited"))
    bus.handle(InvoiceVoided, seats.handler("invoice_voided"))
    bus.handle(RefundMade, seats.handler("refund_made"))

    def stock_booking() -> Any:
        from pos_desktop.services.stock_booking import StockBooking  # noqa: PLC0415 - lazy

        return StockBooking(station, settings.billing)

    stock = OnFirstEvent(stock_booking)
    bus.handle(SaleIssued, stock.handler("sale_issued"))
    bus.handle(InvoiceEdited, stock.handler("invoice_edited"))
    bus.handle(InvoiceVoided, stock.handler("invoice_voided"))
    bus.handle(RefundMade, stock.handler("refund_made"))
    totals = module_on_first_event("pos_desktop.services.sales_totals")
    bus.handle(SaleIssued, totals.handler("sale_issued"))
    bus.handle(InvoiceEdited, totals.handler("invoice_edited"))
    bus.handle(InvoiceVoided, totals.handler("invoice_voided"))
    bus.handle(RefundMade, totals.handler("refund_made"))


def receipts(bus: MessageBus, settings: Settings) -> None:
    """What this till prints by itself: receipts, refund slips, Z reports. Alone on an offline
    journal's bus (its emails are the server's to send, after sync)."""

    def print_routing() -> Any:
        from pos_desktop.services.print_routing import PrintRouting  # noqa: PLC0415 - lazy

        return PrintRouting(settings.printer)

    printing = OnFirstEvent(print_routing)
    bus.handle(SaleIssued, printing.handler("sale_issued"))
    bus.handle(RefundMade, printing.handler("refund_made"))
    bus.handle(CashSessionClosed, printing.handler("session_closed"))


def notifications(bus: MessageBus, settings: Settings, outbox: Callable[[], OutboxWriter]) -> None:
    """What this till tells the people around it: its printer and the customers' inboxes.
    ``outbox`` gives the writer when the first email is to be queued."""

    def customer_mail() -> Any:
        from pos_desktop.services.customer_mail import CustomerMail  # noqa: PLC0415 - lazy

        return CustomerMail(outbox())

    receipts(bus, settings)
    mail = OnFirstEvent(customer_mail)
    bus.handle(CustomerRegistered, mail.handler("customer_registered"))
    bus.handle(SaleIssued, mail.handler("sale_issued"))
    bus.handle(InvoiceVoided, mail.handler("invoice_voided"))
    bus.handle(RefundMade, mail.handler("refund_made"))

    def workshop_mail() -> Any:
        from pos_desktop.services.workshop_mail import WorkshopMail  # noqa: PLC0415 - lazy

        return WorkshopMail(outbox())

    seats_mail = OnFirstEvent(workshop_mail)
    bus.handle(SeatOffered, seats_mail.handler("seat_offered"))
    bus.handle(ReminderDue, seats_mail.handler("reminder_due"))
    bus.handle(CertificateDue, seats_mail.handler("certificate_due"))
    bus.handle(WorkshopCancelled, seats_mail.handler("workshop_cancelled"))
