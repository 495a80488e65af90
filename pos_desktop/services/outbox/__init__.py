"""The email outbox: messages queued in the transaction of their event, sent afterwards.

- ``writer.py``: :class:`OutboxWriter` queues a message in the caller's session (a
  registration, a sale, a void, a refund), so the email exists exactly when the event does;
- ``queries.py``: the outbox as rows people read (:class:`OutboxEntry`, :func:`welcome_status`);
- ``management.py``: :class:`OutboxService`, what people do with it (retry, cancel, resend,
  a test email);
- ``sending.py``: :class:`OutboxSender` claims, sends and marks what is due, and its
  background :class:`SenderLoop`;
- ``ports.py``: the mail transport the sender and the test email need (SMTP in bootstrap);
- ``wiring.py``: :func:`build_outbox`, the parts wired the same way for every front end.


Each name is imported from its module when first asked for: ``customers`` needs only
``welcome_status``, not the composer, the PDFs and Babel behind the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pos_desktop.services.outbox.management import LIST_LIMIT_MAX, EmailNotSent, OutboxService
    from pos_desktop.services.outbox.ports import Mailer, MailSession, MailTransport
    from pos_desktop.services.outbox.queries import (
        EntryQuery,
        OutboxEntry,
        OutboxSummary,
        welcome_status,
    )
    from pos_desktop.services.outbox.sending import (
        CLAIM_BATCH,
        OutboxSender,
        SenderLoop,
        SendReport,
    )
    from pos_desktop.services.outbox.wiring import OutboxParts, branding, build_outbox
    from pos_desktop.services.outbox.writer import OutboxWriter

__all__ = [
    "CLAIM_BATCH",
    "LIST_LIMIT_MAX",
    "EmailNotSent",
    "EntryQuery",
    "MailSession",
    "MailTransport",
    "Mailer",
    "OutboxEntry",
    "OutboxParts",
    "OutboxSender",
    "OutboxService",
    "OutboxSummary",
    "OutboxWriter",
    "SendReport",
    "SenderLoop",
    "branding",
    "build_outbox",
    "welcome_status",
]

_HOME = {
    "CLAIM_BATCH": "sending",
    "EmailNotSent": "management",
    "EntryQuery": "queries",
    "LIST_LIMIT_MAX": "management",
    "MailSession": "ports",
    "MailTransport": "ports",
    "Mailer": "ports",
    "OutboxEntry": "queries",
    "OutboxParts": "wiring",
    "OutboxSender": "sending",
    "OutboxService": "management",
    "OutboxSummary": "queries",
    "OutboxWriter": "writer",
    "SendReport": "sending",
    "SenderLoop": "sending",
    "branding": "wiring",
    "build_outbox": "wiring",
    "welcome_status": "queries",
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
