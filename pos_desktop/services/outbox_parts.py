"""The email outbox's parts, built from settings for the composition root (bootstrap.py).

One function, so the CLI, the app and the tests wire the writer (used inside registrations and
sales), the outbox service and the sender the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pos_desktop.adapters.email_templates import EmailTemplates
from pos_desktop.adapters.pdf.documents import SellerInfo, seller_info
from pos_desktop.adapters.smtp_mail import SmtpMailer
from pos_desktop.adapters.smtp_password import read_password
from pos_desktop.config import Settings
from pos_desktop.domain.clock import Clock
from pos_desktop.services.email_compose import Branding, EmailComposer
from pos_desktop.services.email_documents import AttachmentRenderer
from pos_desktop.services.outbox import OutboxService, OutboxWriter
from pos_desktop.services.outbox_sender import OutboxSender
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class OutboxParts:
    writer: OutboxWriter
    service: OutboxService
    sender: OutboxSender
    mailer: SmtpMailer


def branding(settings: Settings) -> Branding:
    def seller(exhibition: str) -> SellerInfo:
        return seller_info(settings.shop, exhibition, settings.seller)

    return Branding(settings.shop.name, settings.shop.footer, settings.email.logo, seller)


def build_outbox(
    settings: Settings,
    db: Database,
    clock: Clock,
    *,
    invoice_pdf: Callable[[str], bytes] | None = None,
    badge_pdf: Callable[[str], bytes] | None = None,
    credit_note_pdf: Callable[[str], bytes] | None = None,
    smtp_timeout: float | None = None,
) -> OutboxParts:
    renderer = AttachmentRenderer(
        invoice_pdf=invoice_pdf, badge_pdf=badge_pdf, credit_note_pdf=credit_note_pdf
    )
    composer = EmailComposer(
        EmailTemplates(),
        branding(settings),
        invoice_pdf=renderer.has_invoice_pdf,
        badge_pdf=renderer.has_badge_pdf,
        credit_note_pdf=renderer.has_credit_note_pdf,
    )
    writer = OutboxWriter(composer, settings.smtp, max_attempts=settings.email.max_attempts)
    mailer = SmtpMailer(settings.smtp, password=lambda: read_password(settings.smtp))
    if smtp_timeout is not None:
        mailer.timeout = smtp_timeout
    return OutboxParts(
        writer,
        OutboxService(db, clock, writer),
        OutboxSender(db, clock, mailer, renderer),
        mailer,
    )
