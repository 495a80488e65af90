"""Time as a port: services ask a ``Clock`` so lockouts, retries and reports are testable."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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


class ReplayClock:
    """The clock of the offline sync's replay: an entry happens on the server at the time the
    till made it (a sale sold offline at 10:42 counts in 10:42's hour, and in yesterday if it
    was yesterday; a shift opened offline is open from then), else the time now. Used by the
    replay's own services, one round at a time, so a plain attribute does."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._at: datetime | None = None

    def now(self) -> datetime:
        return self._at if self._at is not None else self._clock.now()

    @contextmanager
    def at(self, when: datetime) -> Iterator[None]:
        self._at = when
        try:
            yield
        finally:
            self._at = None
