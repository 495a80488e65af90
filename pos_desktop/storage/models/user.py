"""People who log in at a terminal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base, Timestamped, Versioned
from pos_desktop.storage.types import UtcDateTime


class User(Timestamped, Versioned, Base):
    __tablename__ = "users"
    __mapper_args__ = {"version_id_col": Versioned.version}  # noqa: RUF012

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Failed logins are counted per typed name in ``login_throttles`` (real names or not).
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: The UI's language (domain/languages.py); empty: the system's (migration 0031).
    language: Mapped[str] = mapped_column(String(8), default="", server_default="")
