"""Which device uses a terminal id: one row per terminal code (see services/terminal_lease.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import UtcDateTime


class TerminalLease(Base):
    __tablename__ = "terminal_leases"

    terminal: Mapped[str] = mapped_column(String(8), primary_key=True)
    #: The random id kept in the device's data folder (``adapters/device_identity.py``).
    device_id: Mapped[str] = mapped_column(String(64))
    host_name: Mapped[str] = mapped_column(String(255))
    acquired_at: Mapped[datetime] = mapped_column(UtcDateTime)
    renewed_at: Mapped[datetime] = mapped_column(UtcDateTime)
