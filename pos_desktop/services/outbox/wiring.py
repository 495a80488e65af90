"""The email outbox's parts, built from settings for the composition root (bootstrap).

One function, so the CLI, the app and the tests wire the writer (used inside registrations and
sales), the outbox service and the sender the same way. The adapters come in from outside: the
mail transport (``ports.MailTransport``) and the email templates (``EmailRendering``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pos_desktop.adapters.pdf.documents import SellerInfo, seller_info
from pos_desktop.config import Settings
from pos_desktop.domain.clock import Clock
from pos_desktop.domain.document_text import DocumentText
from pos_desktop.services.email_compose import Branding, EmailComposer, EmailRendering
from pos_desktop.services.email_documents import AttachmentRenderer
from pos_desktop.services.outbox.management import OutboxService
from pos_desktop.services.outbox.ports import Mailer, MailTransport
from pos_desktop.services.outbox.sending import OutboxSender
from pos_desktop.services.outbox.writer import OutboxWriter
from pos_desktop.storage.uow import Database


@dataclass(frozen=True, slots=True)
class OutboxParts:
    writer: OutboxWriter
    service: OutboxService
    sender: OutboxSender
    mailer: Mailer


def branding(settings: Settings) -> Branding:
    def seller(exhibition: str, text: DocumentText) -> SellerInfo:
        return seller_info(settings.shop, exhibition, settings.seller, text)

    return Branding(settings.shop.name, settings.shop.footer, settings.email.logo, seller)


def build_outbox(
    settings: Settings,
    db: Database,
    clock: Clock,
    *,
    transport: MailTransport,
    templates: EmailRendering,
    invoice_pdf: Callable[[str], bytes] | None = None,
    badge_pdf: Callable[[str], bytes] | None = None,
    credit_note_pdf: Callable[[str], bytes] | None = None,
    certificate_pdf: Callable[[str], bytes] | None = None,
) -> OutboxParts:
    """The sender's mailer uses ``settings.smtp`` as it is at each round (the Settings screen
    changes it in place) and reads the stored password only when a login needs it."""
    renderer = AttachmentRenderer(
        invoice_pdf=invoice_pdf,
        badge_pdf=badge_pdf,
        credit_note_pdf=credit_note_pdf,
        certificate_pdf=certificate_pdf,
    )
    composer = EmailComposer(
        templates,
        branding(settings),
        invoice_pdf=renderer.has_invoice_pdf,
        badge_pdf=renderer.has_badge_pdf,
        credit_note_pdf=renderer.has_credit_note_pdf,
    )
    writer = OutboxWriter(
        composer,
        settings.smtp,
        max_attempts=settings.email.max_attempts,
        documents=settings.documents,
    )
    mailer = transport.mailer(settings.smtp, lambda: transport.stored_password(settings.smtp))
    return OutboxParts(
        writer,
        OutboxService(db, clock, writer, transport),
        OutboxSender(db, clock, mailer, renderer),
        mailer,
    )
