"""Substring search over customers, newest first, served by the trigram index of migration 0002.

Every typed word must be contained in the customer's ``search_text``. Results come most
recently registered first (highest id): the index hands out matches in that order and stops
after a page, so a common word ("neu", ".com") costs what a rare one does. Sorting the matches
by name instead meant reading all 20,000 of them, or walking the name index past every
non-matching name (about 100 ms per keystroke at a million customers).

PostgreSQL answers the ``LIKE`` from its ``pg_trgm`` GIN index on its own. SQLite needs the FTS5
trigram table asked explicitly, with the page's ``rowid`` order and bound inside the FTS query;
it indexes runs of three characters, so a word shorter than that is a ``LIKE`` on the rows the
longer words left (still exact, just not indexed).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import Integer, Select, column, exc, literal_column, select, table
from sqlalchemy.orm import Session

from pos_desktop.storage.models import Customer

TRIGRAM = 3
#: SQLite virtual-machine steps between two ``stop()`` checks (a few hundred per row scanned).
STOP_CHECK_STEPS = 20_000
#: Names of schema objects that exist outside the models (see db/versions/0002...).
SEARCH_INDEX_OBJECTS = frozenset(
    {
        "customer_search",
        "customer_search_data",
        "customer_search_idx",
        "customer_search_docsize",
        "customer_search_config",
        "ix_customers_search_trgm",
    }
)


_FTS = table("customer_search", column("rowid", Integer))


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def newest_matching(words: list[str], dialect: str, before_id: int | None) -> Select[Customer]:
    """Customers whose search text contains every word, highest id first, below ``before_id``.

    The caller adds the ``LIMIT``; on SQLite the FTS table drives the join in ``rowid`` order,
    so the scan stops as soon as a page is full.
    """
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if dialect == "sqlite" and long_words:
        phrase = " AND ".join(_fts_phrase(w) for w in long_words)
        query = (
            select(Customer)
            .join(_FTS, _FTS.c.rowid == Customer.id)
            .where(literal_column("customer_search").op("MATCH")(phrase))
            .order_by(_FTS.c.rowid.desc())
        )
        if before_id is not None:
            query = query.where(_FTS.c.rowid < before_id)
        words = [w for w in words if len(w) < TRIGRAM]
    else:
        query = select(Customer).order_by(Customer.id.desc())
        if before_id is not None:
            query = query.where(Customer.id < before_id)
    for word in words:
        query = query.where(Customer.search_text.contains(word, autoescape=True))
    return query


def rows_unless_stopped(
    session: Session, query: Select[Customer], stop: Callable[[], bool] | None
) -> list[Customer] | None:
    """The query's customers, or ``None`` once ``stop()`` is true (a newer keystroke's query).

    A one-letter word few customers have leaves no index to use and scans the whole table
    (a third of a second warm, seconds from disk); SQLite asks ``stop()`` while it scans and
    abandons the statement, so a stale query does not hold up the next. PostgreSQL answers
    such words from its trigram index, so it is only asked before starting.
    """
    if stop is None:
        return list(session.scalars(query))
    if stop():
        return None
    driver = session.connection().connection.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        return list(session.scalars(query))
    stopped = False

    def check() -> int:
        nonlocal stopped
        stopped = stop()
        return int(stopped)  # non-zero: SQLite abandons the statement ("interrupted")

    driver.set_progress_handler(check, STOP_CHECK_STEPS)
    try:
        return list(session.scalars(query))
    except exc.OperationalError:
        if stopped:
            return None
        raise
    finally:
        driver.set_progress_handler(None, 0)
