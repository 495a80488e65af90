"""Column mappings chosen in an import, found again by the next file with the same headers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from pos_desktop.storage.models.base import Base
from pos_desktop.storage.types import JsonDocument, UtcDateTime


class ImportMapping(Base):
    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: domain/import_mapping.headers_signature: the file's headers, order and case ignored.
    signature: Mapped[str] = mapped_column(String(32), unique=True)
    mapping: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_by: Mapped[str] = mapped_column(String(80))
