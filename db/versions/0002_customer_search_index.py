"""customer search index: substring search that does not read every customer

Revision ID: 0002
Revises: 0001

Searching "every typed word is contained in name, email, phone, company or code" is a
``LIKE '%word%'``, which no B-tree index serves: at a million customers each keystroke read the
whole table. A trigram index serves it on both backends:
- PostgreSQL: ``pg_trgm`` (a trusted extension: the database owner may create it) and a GIN
  index on ``customers.search_text``; the planner uses it for LIKE by itself.
- SQLite: an external-content FTS5 table with the trigram tokenizer (SQLite >= 3.34), kept in
  step by triggers; the customer service asks it first (pos_desktop/storage/customer_search.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_UP = (
    "CREATE VIRTUAL TABLE customer_search USING fts5("
    "search_text, content='customers', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER customer_search_insert AFTER INSERT ON customers BEGIN "
    "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER customer_search_delete AFTER DELETE ON customers BEGIN "
    "INSERT INTO customer_search(customer_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER customer_search_update AFTER UPDATE OF search_text ON customers BEGIN "
    "INSERT INTO customer_search(customer_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO customer_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO customer_search(customer_search) VALUES ('rebuild')",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS customer_search_update",
    "DROP TRIGGER IF EXISTS customer_search_delete",
    "DROP TRIGGER IF EXISTS customer_search_insert",
    "DROP TABLE IF EXISTS customer_search",
)
POSTGRES_UP = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_customers_search_trgm ON customers USING gin (search_text gin_trgm_ops)",
)
POSTGRES_DOWN = ("DROP INDEX IF EXISTS ix_customers_search_trgm",)


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_UP if sqlite else POSTGRES_UP:
        op.execute(statement)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_DOWN if sqlite else POSTGRES_DOWN:
        op.execute(statement)
