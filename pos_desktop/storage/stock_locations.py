"""Stock locations by code: found, or created on first use.

Locations are never deleted and their codes never change, so an id once seen committed stays
right; a till remembers its own (``StationResolver.stock_location_id``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pos_desktop.domain.errors import NotFound, ValidationError
from pos_desktop.domain.text import clean_line
from pos_desktop.storage.models import StockLocation
from pos_desktop.storage.upsert import insert_ignoring_conflict


def location_code(code: str) -> str:
    """``code`` as stored (upper case), or ValidationError."""
    clean = clean_line(code).upper()
    if not clean or len(clean) > 20 or " " in clean:
        raise ValidationError.single("location", "use 1 to 20 characters without spaces")
    return clean


def find_location(session: Session, code: str) -> int | None:
    """The id of the location ``code`` (already upper case), ``None`` if there is none yet."""
    return session.scalars(select(StockLocation.id).where(StockLocation.code == code)).first()


def location_id(session: Session, code: str, *, create: bool = True) -> int:
    """A location's id by code (any case), created on first use when ``create``."""
    clean = location_code(code)
    found = find_location(session, clean)
    if found is not None:
        return found
    if not create:
        raise NotFound(f"no stock location {clean}")
    insert_ignoring_conflict(
        session, StockLocation, {"code": clean, "name": clean, "active": True}, ["code"]
    )
    created = find_location(session, clean)
    assert created is not None
    return created
