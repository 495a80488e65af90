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

from sqlalchemy import Integer, Select, column, literal_column, select, table

from pos_desktop.storage.models import Customer

TRIGRAM = 3
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
