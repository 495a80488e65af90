"""The offline journal's entries: what a till did while the server did not answer.

A terminal on PostgreSQL keeps an *offline journal*, a SQLite file with the whole schema
(docs/offline-design.md). Each action it saves there writes one ``offline_entries`` row in the
same transaction (a handler on the journal's bus), holding what is needed to do the action
again on the server: the inputs, the idempotency key and what the till gave out (the invoice
number, the customer code). ``sync`` replays the pending ones in ``seq`` order. The tables
exist on the server too (one schema for both); they stay empty there.

Not the accounting journal (``services/journal.py``, ``export journal``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import UtcDateTime

PENDING = "pending"
SYNCED = "synced"
CONFLICT = "conflict"
#: Two kinds the status bar names: a sale's entry and a door admission's (the rest are "other").
SALE_KIND = "sale"
CHECKIN_KIND = "checkin"


class OfflineEntry(Base):
    __tablename__ = "offline_entries"

    #: The order the till did things in, and so the order of the replay.
    seq: Mapped[int] = mapped_column(primary_key=True)
    #: The action's idempotency key: the replay on the server runs under it (exactly once).
    key: Mapped[str] = mapped_column(String(64), unique=True)
    #: ``sale``, ``registration``, ``cash_open``, ``cash_move``, ``cash_close``, ``void``,
    #: ``refund``, ``edit``, ``checkin``.
    kind: Mapped[str] = mapped_column(String(20))
    #: JSON: the inputs of the action (lines, payments, customer code, cashier...).
    payload: Mapped[str] = mapped_column(Text)
    #: What the till gave out: the invoice number, the customer code (None for cash).
    number: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    #: ``pending`` until replayed; then ``synced``, or ``conflict`` (see ``conflict``).
    state: Mapped[str] = mapped_column(String(10), index=True)
    #: What a manager must look at (the number the server gave, a duplicate email...).
    conflict: Mapped[str | None] = mapped_column(Text)
    #: What the server gave out for it (the same as ``number`` unless a conflict says why).
    server_number: Mapped[str | None] = mapped_column(String(40))
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class OfflineCodeMap(Base):
    """A customer registered offline whose code the server did not keep (a clash, or the
    email was there already): later entries naming the till's code find the server's."""

    __tablename__ = "offline_code_map"

    local_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    server_code: Mapped[str] = mapped_column(String(16))
