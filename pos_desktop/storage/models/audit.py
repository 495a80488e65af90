"""The audit trail: who did what, when, with the values before and after, chained by hashes.

Each entry carries its place in the one chain of the database (``seq``, 1, 2, 3, ... without
gaps), the hash of the entry before it and its own hash (``services/audit_chain.py`` says how
both are computed and when). An entry of a money action also carries the digest of the
business record it left behind (``subject_type``, ``subject_id``, ``digest``).

``before`` and ``after`` are kept as the exact JSON text that was hashed (sorted keys, no
spaces), in a plain text column on both databases: PostgreSQL's ``jsonb`` would hand back a
re-ordered text, and verifying a million entries must hash the stored text as it is rather
than parse and re-serialise each one.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Dialect, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import UtcDateTime

#: The hash "before" the first entry.
GENESIS_HASH = "0" * 64


#: ``json.dumps`` with these options, built once rather than per document.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def canonical_json(value: Any) -> str:
    """The one JSON text of a value: keys sorted, no spaces, non-ASCII kept as it is."""
    return _CANONICAL(value)


class CanonicalJson(TypeDecorator[Any]):
    """A JSON document stored as its :func:`canonical_json` text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else canonical_json(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


class AuditEvent(Base):
    """Written in the same transaction as the change it records: both exist, or neither."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_occurred_at", "occurred_at"),
        Index("ix_audit_events_entity_type_entity_key", "entity_type", "entity_key"),
        Index("ix_audit_events_action", "action"),
        Index("ux_audit_events_seq", "seq", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(80))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    terminal: Mapped[str | None] = mapped_column(String(8))
    action: Mapped[str] = mapped_column(String(40))
    entity_type: Mapped[str] = mapped_column(String(24))
    entity_key: Mapped[str | None] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    before: Mapped[dict[str, Any] | None] = mapped_column(CanonicalJson)
    after: Mapped[dict[str, Any] | None] = mapped_column(CanonicalJson)
    #: The record whose digest this entry holds: ``invoice``, ``credit_note``, ``cash_session``.
    subject_type: Mapped[str | None] = mapped_column(String(16))
    subject_id: Mapped[int | None] = mapped_column(Integer)
    digest: Mapped[str | None] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditChainHead(Base):
    """One row (``id`` 1): the chain's last entry. Writers lock it (``FOR UPDATE``) to append,
    so entries of terminals committing at once still form one chain without forks."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
