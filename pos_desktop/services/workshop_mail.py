"""What workshop customers hear about: the seat offer, the reminder, the cancellation, the
certificate.

Handlers (``notifications`` in bootstrap/event_wiring.py): each queues its outbox row in the
transaction that caused it (a refund freeing a seat, the certificates being sent), so a
rolled-back action emails no one, and announces ``EmailQueued`` so the sender goes at once.
The certificate PDF is named here and drawn when the message is sent
(``WorkshopService``'s ``render_certificate_pdf`` by key ``WORKSHOP|CUSTOMER``). Each speaks
the customer's language (their record's, else their country's, else the till's default), its
times written as that language writes them.
"""

from __future__ import annotations

from datetime import datetime

from pos_desktop.adapters.document_catalogues import documents_text
from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.document_text import ENGLISH, N_, DocumentText
from pos_desktop.domain.outbox import AttachmentSpec, MessageKind
from pos_desktop.services.events import (
    CertificateDue,
    EmailQueued,
    Happened,
    ReminderDue,
    SeatOffered,
    WorkshopCancelled,
)
from pos_desktop.services.messagebus import Transaction
from pos_desktop.services.outbox import OutboxWriter
from pos_desktop.storage.models import Customer, Exhibition, Workshop

#: Where a workshop without a room takes place.
AT_THE_BOOTH = N_("at the booth")


def certificate_key(workshop_code: str, customer_code: str) -> str:
    return f"{workshop_code}|{customer_code}"


def local_time(moment: datetime, text: DocumentText = ENGLISH) -> str:
    """In this computer's time zone, as the email's language writes a date and time."""
    return text.moment(moment.astimezone())


class WorkshopMail:
    def __init__(self, writer: OutboxWriter) -> None:
        self._writer = writer

    def seat_offered(self, uow: Transaction, event: SeatOffered) -> None:
        workshop, customer, exhibition = self._parties(uow, event.workshop_id, event.customer_id)
        text = self._text(customer, exhibition)
        values = {
            "room": workshop.room or text.gettext(AT_THE_BOOTH),
            "expires": local_time(event.expires_at, text),
            "code": CustomerCode(customer.code).display,
        }
        self._queue(
            uow,
            event,
            kind=MessageKind.SEAT_OFFER,
            template="seat_offer",
            workshop=workshop,
            customer=customer,
            values=values,
        )

    def reminder_due(self, uow: Transaction, event: ReminderDue) -> None:
        workshop, customer, exhibition = self._parties(uow, event.workshop_id, event.customer_id)
        text = self._text(customer, exhibition)
        values = {
            "minutes": str(workshop.minutes),
            "room": workshop.room or text.gettext(AT_THE_BOOTH),
            "code": CustomerCode(customer.code).display,
        }
        self._queue(
            uow,
            event,
            kind=MessageKind.REMINDER,
            template="reminder",
            workshop=workshop,
            customer=customer,
            values=values,
        )

    def certificate_due(self, uow: Transaction, event: CertificateDue) -> None:
        workshop, customer, _exhibition = self._parties(uow, event.workshop_id, event.customer_id)
        filename = f"certificate-{workshop.code}.pdf"
        values = {"minutes": str(workshop.minutes), "filename": filename}
        pdf = AttachmentSpec(
            "certificate_pdf", certificate_key(workshop.code, customer.code), filename
        )
        self._queue(
            uow,
            event,
            kind=MessageKind.CERTIFICATE,
            template="certificate",
            workshop=workshop,
            customer=customer,
            values=values,
            attachments=(pdf,),
        )

    def workshop_cancelled(self, uow: Transaction, event: WorkshopCancelled) -> None:
        for customer_id in event.customer_ids:
            workshop, customer, _exhibition = self._parties(uow, event.workshop_id, customer_id)
            values = {"reason": event.reason, "code": CustomerCode(customer.code).display}
            self._queue(
                uow,
                event,
                kind=MessageKind.WORKSHOP_CANCELLED,
                template="workshop_cancelled",
                workshop=workshop,
                customer=customer,
                values=values,
            )

    def _queue(
        self,
        uow: Transaction,
        cause: Happened,
        *,
        kind: MessageKind,
        template: str,
        workshop: Workshop,
        customer: Customer,
        values: dict[str, str],
        attachments: tuple[AttachmentSpec, ...] = (),
    ) -> None:
        """Compose ``template`` in the customer's language (every workshop email names the
        customer, the workshop and its start), queue it and announce it."""
        exhibition = uow.session.get_one(Exhibition, workshop.exhibition_id)
        text = self._text(customer, exhibition)
        composed = self._writer.composer.compose(
            template,
            exhibition=exhibition.name,
            language=text.language,
            values={
                "name": customer.name,
                "title": workshop.title,
                "starts": local_time(workshop.starts_at, text),
                **values,
            },
            attachments=attachments,
        )
        queued = self._writer.composed(
            uow.session, kind, composed, customer, now=cause.at, by=cause.by
        )
        if queued is not None:
            uow.record(
                EmailQueued(kind=queued.kind, by=cause.by, terminal=cause.terminal, at=cause.at)
            )

    def _text(self, customer: Customer, exhibition: Exhibition) -> DocumentText:
        return documents_text(self._writer.language(customer, exhibition))

    @staticmethod
    def _parties(
        uow: Transaction, workshop_id: int, customer_id: int
    ) -> tuple[Workshop, Customer, Exhibition]:
        workshop = uow.session.get_one(Workshop, workshop_id)
        customer = uow.session.get_one(Customer, customer_id)
        return workshop, customer, uow.session.get_one(Exhibition, workshop.exhibition_id)
