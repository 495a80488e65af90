"""Attendance certificates as PDF bytes, drawn when their email is sent (by key).

Only someone checked in gets one: the key names a workshop and a customer, and a key for
someone who never came through the door is refused rather than drawn.
"""

from __future__ import annotations

from sqlalchemy import select

from pos_desktop.domain.errors import NotFound
from pos_desktop.services.workshop_mail import local_time
from pos_desktop.services.workshop_queries import customer_by_code, workshop_by_code
from pos_desktop.storage.models import Exhibition, WorkshopCheckin
from pos_desktop.storage.uow import Database


class CertificateDocuments:
    """Threading: each call opens its own read-only unit of work (the sender's thread)."""

    def __init__(self, db: Database, *, shop_name: str = "", logo_path: str = "") -> None:
        self._db = db
        self._shop_name = shop_name
        self._logo_path = logo_path

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
                raise NotFound(f"{customer.code} was not checked in at workshop {workshop.code}")
            exhibition = session.get_one(Exhibition, workshop.exhibition_id)
            doc = CertificateDoc(
                name=customer.name,
                title=workshop.title,
                date=local_time(workshop.starts_at),
                minutes=workshop.minutes,
                exhibition=exhibition.name,
                shop=self._shop_name,
                logo_path=self._logo_path,
            )
        return certificate_pdf(doc)
