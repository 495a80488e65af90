"""Substring search over customers, served by the trigram index of migration 0002.

Every typed word must be contained in the customer's ``search_text``. PostgreSQL answers the
``LIKE`` from its ``pg_trgm`` GIN index on its own. SQLite needs the FTS5 trigram table asked
explicitly; it indexes runs of three characters, so a word shorter than that falls back to
``LIKE`` on the rows the longer words left (still exact, just not indexed).
"""

from __future__ import annotations

from sqlalchemy import Select, text
from sqlalchemy.orm import Session

from pos_desktop.storage.models import Customer

TRIGRAM = 3
RARE = 2000
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


def _fts_phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def matching(
    session: Session, query: Select[Customer], words: list[str], dialect: str
) -> Select[Customer]:
    """``query`` narrowed to customers whose search text contains every word.

    On SQLite the trigram table is asked for up to ``RARE`` matching ids: a rare word is
    answered by them (a few rows to sort by name); a common one ("sch", ".com") is faster the
    plain way, walking the name index until a page of matches is found.
    """
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if dialect == "sqlite" and long_words:
        phrase = " AND ".join(_fts_phrase(w) for w in long_words)
        ids = session.scalars(
            text("SELECT rowid FROM customer_search WHERE customer_search MATCH :fts LIMIT :cap"),
            {"fts": phrase, "cap": RARE},
        ).all()
        if len(ids) < RARE:  # rare: these ids are the answer (one index lookup, not two)
            query = query.where(Customer.id.in_(ids))
            words = [w for w in words if len(w) < TRIGRAM]
    for word in words:
        query = query.where(Customer.search_text.contains(word, autoescape=True))
    return query
