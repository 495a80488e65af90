"""Attendance certificates: who gets one (once), and the PDF drawn when their email is sent.

Only someone checked in gets one: the key names a workshop and a customer, and a key for
someone who never came through the door is refused rather than drawn. Each attendee's
check-ins are marked when their certificate is queued (a conditional UPDATE, like the
reminders), so sending the certificates again reaches only those who came in since.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update

from pos_desktop.config import DocumentSettings, WorkshopSettings
from pos_desktop.domain.errors import NotFound
from pos_desktop.domain.phrases import say
from pos_desktop.services.document_texts import default_language, text_for
from pos_desktop.services.events import CertificateDue
from pos_desktop.services.messagebus import Transaction
from pos_desktop.services.workshop_mail import local_time
from pos_desktop.services.workshop_queries import customer_by_code, workshop_by_code
from pos_desktop.storage.models import Exhibition, WorkshopCheckin
from pos_desktop.storage.uow import Database

C = WorkshopCheckin.__table__.c


def queue_certificates(
    uow: Transaction, workshop_id: int, *, by: str, terminal: str, now: datetime
) -> tuple[int, int]:
    """Announce a certificate for each attendee who has had none; returns ``(queued now,
    had one already)``."""
    attendees = uow.session.scalars(
        select(C.customer_id)
        .where(C.workshop_id == workshop_id)
        .group_by(C.customer_id)
        .order_by(C.customer_id)
    ).all()
    queued = 0
    for customer_id in attendees:
        theirs = (C.workshop_id == workshop_id) & (C.customer_id == customer_id)
        had_one = uow.session.scalar(
            select(C.id).where(theirs, C.certificate_queued_at.is_not(None)).limit(1)
        )
        claimed = uow.session.connection().execute(
            update(WorkshopCheckin)
            .where(theirs, C.certificate_queued_at.is_(None))
            .values(certificate_queued_at=now)
        )
        if claimed.rowcount == 0 or had_one is not None:
            continue  # sent before (a second seat scanned since changes nothing)
        uow.record(
            CertificateDue(
                workshop_id=workshop_id, customer_id=customer_id, by=by, terminal=terminal, at=now
            )
        )
        queued += 1
    return queued, len(attendees) - queued


class CertificateDocuments:
    """Threading: each call opens its own read-only unit of work (the sender's thread)."""

    def __init__(
        self,
        db: Database,
        settings: WorkshopSettings,
        *,
        shop_name: str = "",
        logo_path: str = "",
        documents: DocumentSettings | None = None,
    ) -> None:
        """``settings``: read at each certificate, so a signature set in Settings applies to
        the next one. The certificate speaks the attendee's language (document_texts.py)."""
        self._db = db
        self._settings = settings
        self._shop_name = shop_name
        self._logo_path = logo_path
        self._documents = documents

    def render_pdf(self, key: str) -> bytes:
        from pos_desktop.adapters.pdf.certificate import (  # noqa: PLC0415 - ReportLab: lazy
            CertificateDoc,
            certificate_pdf,
        )

        workshop_code, _, customer_code = key.partition("|")
        with self._db.reader() as uow:
            session = uow.session
            workshop = workshop_by_code(session, workshop_code)
            customer = customer_by_code(session, customer_code)
            came = session.scalar(
                select(WorkshopCheckin.id).where(
                    WorkshopCheckin.workshop_id == workshop.id,
                    WorkshopCheckin.customer_id == customer.id,
                )
            )
            if came is None:
                raise NotFound(
                    say(
                        "{code} was not checked in at workshop {workshop}",
                        code=customer.code,
                        workshop=workshop.code,
                    )
                )
            exhibition = session.get_one(Exhibition, workshop.exhibition_id)
            text = text_for(customer, default_language(self._documents, exhibition))
            doc = CertificateDoc(
                name=customer.name,
                title=workshop.title,
                date=local_time(workshop.starts_at, text),
                minutes=workshop.minutes,
                exhibition=exhibition.name,
                shop=self._shop_name,
                logo_path=self._logo_path,
                signature_path=self._settings.certificate_signature,
                text=text,
            )
        return certificate_pdf(doc)
