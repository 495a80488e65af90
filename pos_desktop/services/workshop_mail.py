"""What workshop customers hear about: the seat offer, the reminder, the cancellation, the
certificate.

Handlers (``notifications`` in bootstrap/event_wiring.py): each queues its outbox row in the
transaction that caused it (a refund freeing a seat, the certificates being sent), so a
rolled-back action emails no one, and announces ``EmailQueued`` so the sender goes at once.
The certificate PDF is named here and drawn when the message is sent
(``WorkshopService``'s ``render_certificate_pdf`` by key ``WORKSHOP|CUSTOMER``).
"""

from __future__ import annotations

from datetime import datetime

from pos_desktop.domain.codes import CustomerCode
from pos_desktop.domain.outbox import AttachmentSpec, MessageKind, language_of
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
from pos_desktop.storage.models import Customer, Exhibition, OutboxMessage, Workshop

#: Where a workshop without a room takes place, per language (English when none).
_AT_THE_BOOTH = {"en": "at the booth", "de": "am Stand"}


def certificate_key(workshop_code: str, customer_code: str) -> str:
    return f"{workshop_code}|{customer_code}"


def local_time(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


class WorkshopMail:
    def __init__(self, writer: OutboxWriter) -> None:
        self._writer = writer

    def seat_offered(self, uow: Transaction, event: SeatOffered) -> None:
        workshop, customer, exhibition = self._parties(uow, event.workshop_id, event.customer_id)
        language = language_of(exhibition.language)
        composed = self._writer.composer.compose(
            "seat_offer",
            exhibition=exhibition.name,
            language=language,
            values={
                "name": customer.name,
                "title": workshop.title,
                "starts": local_time(workshop.starts_at),
                "room": workshop.room or _AT_THE_BOOTH.get(language, _AT_THE_BOOTH["en"]),
                "expires": local_time(event.expires_at),
                "code": CustomerCode(customer.code).display,
            },
        )
        queued = self._writer.composed(
            uow.session, MessageKind.SEAT_OFFER, composed, customer, now=event.at, by=event.by
        )
        _announce(uow, queued, event)

    def reminder_due(self, uow: Transaction, event: ReminderDue) -> None:
        workshop, customer, exhibition = self._parties(uow, event.workshop_id, event.customer_id)
        language = language_of(exhibition.language)
        composed = self._writer.composer.compose(
            "reminder",
            exhibition=exhibition.name,
            language=language,
            values={
                "name": customer.name,
                "title": workshop.title,
                "starts": local_time(workshop.starts_at),
                "minutes": str(workshop.minutes),
                "room": workshop.room or _AT_THE_BOOTH.get(language, _AT_THE_BOOTH["en"]),
                "code": CustomerCode(customer.code).display,
            },
        )
        queued = self._writer.composed(
            uow.session, MessageKind.REMINDER, composed, customer, now=event.at, by=event.by
        )
        _announce(uow, queued, event)

    def certificate_due(self, uow: Transaction, event: CertificateDue) -> None:
        workshop, customer, exhibition = self._parties(uow, event.workshop_id, event.customer_id)
        filename = f"certificate-{workshop.code}.pdf"
        composed = self._writer.composer.compose(
            "certificate",
            exhibition=exhibition.name,
            language=language_of(exhibition.language),
            values={
                "name": customer.name,
                "title": workshop.title,
                "starts": local_time(workshop.starts_at),
                "minutes": str(workshop.minutes),
                "filename": filename,
            },
            attachments=(
                AttachmentSpec(
                    "certificate_pdf", certificate_key(workshop.code, customer.code), filename
                ),
            ),
        )
        queued = self._writer.composed(
            uow.session, MessageKind.CERTIFICATE, composed, customer, now=event.at, by=event.by
        )
        _announce(uow, queued, event)

    def workshop_cancelled(self, uow: Transaction, event: WorkshopCancelled) -> None:
        for customer_id in event.customer_ids:
            workshop, customer, exhibition = self._parties(uow, event.workshop_id, customer_id)
            composed = self._writer.composer.compose(
                "workshop_cancelled",
                exhibition=exhibition.name,
                language=language_of(exhibition.language),
                values={
                    "name": customer.name,
                    "title": workshop.title,
                    "starts": local_time(workshop.starts_at),
                    "reason": event.reason,
                    "code": CustomerCode(customer.code).display,
                },
            )
            queued = self._writer.composed(
                uow.session,
                MessageKind.WORKSHOP_CANCELLED,
                composed,
                customer,
                now=event.at,
                by=event.by,
            )
            _announce(uow, queued, event)

    @staticmethod
    def _parties(
        uow: Transaction, workshop_id: int, customer_id: int
    ) -> tuple[Workshop, Customer, Exhibition]:
        workshop = uow.session.get_one(Workshop, workshop_id)
        customer = uow.session.get_one(Customer, customer_id)
        return workshop, customer, uow.session.get_one(Exhibition, workshop.exhibition_id)


def _announce(uow: Transaction, queued: OutboxMessage | None, cause: Happened) -> None:
    if queued is not None:
        uow.record(EmailQueued(kind=queued.kind, by=cause.by, terminal=cause.terminal, at=cause.at))
