"""An outgoing email as MIME bytes: text and HTML alternatives, inline images, attachments.

Layout (what mail clients expect): ``multipart/mixed`` holding ``multipart/related`` (the
``multipart/alternative`` text + HTML, then the images the HTML shows by ``cid:``), then the
attachments. Message-ID and Date come from the stored message, and the part boundaries from
the Message-ID, so every delivery attempt of one message is the very same bytes: a repeat
after a crash is recognisably one message, delivered twice.

Built with the classic ``email.mime`` classes: the header-registry API of ``EmailMessage``
parsed every header it set and took about 12 ms per message, a fifth of the sender's budget.
"""

from __future__ import annotations

import hashlib
from email import encoders
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime

from pos_desktop.domain.outbox import Attachment, OutgoingEmail

#: CRLF line ends, as SMTP wants them: ``sendmail`` passes bytes through unchanged.
_WIRE = compat32.clone(linesep="\r\n")


def _header(text: str, name: str) -> str:
    """ASCII as it is; anything else RFC 2047-encoded (``=?utf-8?...``), its first line leaving
    room for ``name``: a longer one is folded right after the colon, which readers take as
    a leading space of the subject."""
    return text if text.isascii() else Header(text, "utf-8", header_name=name).encode()


def _part(item: Attachment, disposition: str) -> MIMEBase:
    maintype, _, subtype = item.content_type.partition("/")
    part = MIMEBase(maintype, subtype)
    part.set_payload(item.data)
    encoders.encode_base64(part)
    if item.cid and disposition == "inline":
        part["Content-ID"] = f"<{item.cid}>"
    part.add_header("Content-Disposition", disposition, filename=item.filename)
    return part


def build_mime(mail: OutgoingEmail) -> bytes:
    seed = hashlib.sha256(mail.message_id.encode()).hexdigest()[:24]
    alternative = MIMEMultipart("alternative", boundary=f"=_pos_{seed}_2")
    alternative.attach(MIMEText(mail.text, "plain", "utf-8"))
    alternative.attach(MIMEText(mail.html, "html", "utf-8"))
    related = MIMEMultipart("related", boundary=f"=_pos_{seed}_1")
    related.attach(alternative)
    for item in mail.attachments:
        if item.cid:
            related.attach(_part(item, "inline"))
    message = MIMEMultipart("mixed", boundary=f"=_pos_{seed}_0")
    message.attach(related)
    for item in mail.attachments:
        if not item.cid:
            message.attach(_part(item, "attachment"))
    message["Message-ID"] = mail.message_id
    message["Date"] = format_datetime(mail.date)
    message["From"] = mail.sender
    message["To"] = mail.recipient
    message["Subject"] = _header(mail.subject, "Subject")
    message["Auto-Submitted"] = "auto-generated"  # no vacation replies to the booth
    return message.as_bytes(policy=_WIRE)
