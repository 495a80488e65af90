"""Idempotency keys of committed actions (see ``domain/action_key.py``).

One row per money action or registration, inserted in that action's transaction: the row
exists exactly when the action committed. ``entity_key`` names what it made or changed (an
invoice or credit-note number, a customer code, a cash session id), so a retry can show it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import UtcDateTime


class ActionKeyRow(Base):
    __tablename__ = "action_keys"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    #: ``invoice.issue``, ``refund``, ``customer.register``... (a key names one action only).
    action: Mapped[str] = mapped_column(String(40))
    entity_key: Mapped[str] = mapped_column(String(64))
    done_at: Mapped[datetime] = mapped_column(UtcDateTime)
    terminal: Mapped[str | None] = mapped_column(String(8))
    done_by: Mapped[str] = mapped_column(String(80))
