"""``INSERT ... ON CONFLICT DO NOTHING`` in the dialect of the connected database.

Used where two terminals may create the same row at the same moment (a terminal's first sale,
a new number series): both try, one wins, neither fails.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pos_desktop.storage.models import Base


def insert_ignoring_conflict(
    session: Session, model: type[Base], values: Mapping[str, Any], conflict_on: Sequence[str]
) -> None:
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    statement = (
        module.insert(model)
        .values(**values)
        .on_conflict_do_nothing(index_elements=list(conflict_on))
    )
    session.execute(statement)
