"""Time as a port: services ask a ``Clock`` so lockouts, retries and reports are testable."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real clock. Thread-safe; cheap."""

    def now(self) -> datetime:
        return datetime.now(UTC)
