"""Failed logins per typed user name, for the growing wait (domain/login_delay.py).

Keyed by the name as typed (trimmed, lower case), whether such a user exists or not: an unknown
name waits exactly as a real one does, so neither the message nor the wait says which names are
real. A row goes when its name logs in, when an admin unlocks it, or a day after its last
failure (pruned as failures come in). Counters change by atomic UPDATEs: two terminals failing
at once both count.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import UtcDateTime

NAME_MAX = 120


class LoginThrottle(Base):
    __tablename__ = "login_throttles"

    name: Mapped[str] = mapped_column(String(NAME_MAX), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    #: No try before this time (``None``: no wait).
    retry_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_failure_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
