"""Rules of the email outbox: message states, kinds, and when a failed send is tried again.

Pure: the sender (services/outbox/sending.py) asks these functions, so the retry schedule is tested
with a fake clock instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

#: A claimed message is not offered to another sender for this long. A sender that dies
#: between the SMTP "250 OK" and marking the message sent leaves it claimed; after the lease it
#: goes out again with the same Message-ID, which mail clients show as one message.
CLAIM_LEASE = timedelta(minutes=3)
DEFAULT_MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)


class MessageState(StrEnum):
    QUEUED = "queued"  # waiting for its first or next attempt (``last_error`` says why not yet)
    SENT = "sent"
    FAILED = "failed"  # given up: a permanent refusal, or the last attempt failed too
    CANCELLED = "cancelled"  # a manager decided it should not go out


class MessageKind(StrEnum):
    WELCOME = "welcome"
    INVOICE = "invoice"
    VOID = "void"
    REFUND = "refund"
    SEAT_OFFER = "seat_offer"  # a freed workshop seat held for the first on its waitlist
    CERTIFICATE = "certificate"  # attendance certificate after a workshop
    WORKSHOP_CANCELLED = "ws_cancelled"  # a workshop they hold seats for was called off
    REMINDER = "ws_reminder"  # a workshop they hold seats for starts soon


def retry_delay(attempts: int) -> timedelta:
    """Wait before the next try after ``attempts`` failed ones: 30 s, 1 min, 2 min ... 1 h.

    Exponential, so a booth whose Wi-Fi is down for an hour does not hammer the server, capped so
    that a message still goes out within the hour after the network returns.
    """
    factor: int = 2 ** max(0, min(attempts - 1, 16))
    return min(FIRST_RETRY * factor, LONGEST_WAIT)


def gives_up(attempts: int, max_attempts: int, *, permanent: bool) -> bool:
    """A permanent refusal (unknown mailbox) ends it at once; anything else after the maximum."""
    return permanent or attempts >= max_attempts


def language_of(tag: str | None) -> str:
    """``de-AT`` / ``de_AT`` / ``DE`` -> ``de``: templates are kept per language, not region."""
    text = (tag or "").strip().replace("_", "-").split("-")[0].lower()
    return text or "en"


@dataclass(frozen=True, slots=True)
class AttachmentSpec:
    """What to render when sending: ``qr`` (a customer code), ``badge_pdf`` (a customer
    code), ``invoice_pdf`` (an invoice number) or ``file`` (a path: the shop's logo)."""

    render: str
    key: str
    filename: str
    #: Set for parts the HTML shows (``<img src="cid:...">``); they travel as inline parts.
    cid: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"render": self.render, "key": self.key, "filename": self.filename, "cid": self.cid}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AttachmentSpec:
        cid = data.get("cid")
        return cls(str(data["render"]), str(data["key"]), str(data["filename"]), cid and str(cid))


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str  # ``image/png``, ``application/pdf``
    data: bytes
    cid: str | None = None


@dataclass(frozen=True, slots=True)
class OutgoingEmail:
    """One delivery attempt's message, exactly as stored: every attempt sends the same one."""

    message_id: str
    sender: str
    recipient: str
    subject: str
    text: str
    html: str
    date: datetime
    attachments: tuple[Attachment, ...] = ()


class DeliveryFailed(Exception):
    """A message did not go out. ``reason`` is for people; ``permanent`` means retrying cannot
    help (the server refused the address); ``connection`` means the SMTP session is unusable
    for the next message too (server down, login refused, connection dropped)."""

    def __init__(self, reason: str, *, permanent: bool = False, connection: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.connection = connection
