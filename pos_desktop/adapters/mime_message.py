"""An outgoing email as a MIME message: text and HTML alternatives, inline images, attachments.

Layout (what mail clients expect): ``multipart/mixed`` holding ``multipart/related`` (the
``multipart/alternative`` text + HTML, then the images the HTML shows by ``cid:``), then the
attachments. Message-ID and Date come from the stored message, so every delivery attempt of one
message is byte-for-byte the same message to the recipient's client.
"""

from __future__ import annotations

import hashlib
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from pos_desktop.domain.outbox import OutgoingEmail


def build_mime(mail: OutgoingEmail) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["Message-ID"] = mail.message_id
    message["Date"] = format_datetime(mail.date)
    message["From"] = mail.sender
    message["To"] = mail.recipient
    message["Subject"] = mail.subject
    message["Auto-Submitted"] = "auto-generated"  # no vacation replies to the booth
    message.set_content(mail.text)
    message.add_alternative(mail.html, subtype="html")
    html_part = message.get_body(("html",))
    assert isinstance(html_part, EmailMessage)
    for part in mail.attachments:
        maintype, _, subtype = part.content_type.partition("/")
        if part.cid:
            html_part.add_related(
                part.data,
                maintype,
                subtype,
                cid=f"<{part.cid}>",
                filename=part.filename,
                disposition="inline",
            )
    for part in mail.attachments:
        maintype, _, subtype = part.content_type.partition("/")
        if not part.cid:
            message.add_attachment(part.data, maintype, subtype, filename=part.filename)
    # Boundaries from the Message-ID instead of random ones: a repeated delivery is then the
    # very same bytes, which makes "one message, delivered twice" checkable.
    seed = hashlib.sha256(mail.message_id.encode()).hexdigest()[:24]
    multiparts = (p for p in message.walk() if p.is_multipart())
    for depth, container in enumerate(multiparts):
        container.set_boundary(f"=_pos_{seed}_{depth}")
    return message
