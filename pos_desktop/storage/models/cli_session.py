"""Command-line sessions (``pos-desktop login``): one row per token handed out.

Only the token's SHA-256 is kept: whoever reads this table (or a backup of it) cannot act as
anyone. The token is 32 random bytes, so a plain hash is enough; a slow password hash would
only slow every command down. A row goes at logout, when its user is disabled or their
password changes, and (pruned at the next login) once it has expired.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import UtcDateTime


class CliSession(Base):
    __tablename__ = "cli_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Hex SHA-256 of the token the command line keeps in its file.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    terminal: Mapped[str | None] = mapped_column(String(8))
