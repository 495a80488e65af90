"""read cache: transaction ids on command-line sessions

Revision ID: 0034
Revises: 0033

A script at the booth logs in once (``pos-desktop login``) and goes on selling from the
terminal's journal when the server stops answering (``invoice create``, ``customer add``); the
journal checks the token against its copy of ``cli_sessions``. Only a whole copy carried them,
so a login after the last whole copy was unknown offline, and a logout on the server (the row
deleted) still let the old token in offline until the next whole copy. As migrations 0028 and
0033 did for the other cached tables: ``changed_xid`` stamped on insert and update, deletions
recorded in ``cache_deletions``. No index: a handful of rows per terminal.

SQLite: nothing (as 0028).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0034"
down_revision: str | None = "0033"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "cli_sessions"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE {TABLE} ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0'")
    op.execute(
        f"CREATE TRIGGER {TABLE}_changed_xid BEFORE INSERT OR UPDATE ON {TABLE}"
        " FOR EACH ROW EXECUTE FUNCTION cache_stamp_changed()"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_cache_deleted AFTER DELETE ON {TABLE}"
        " FOR EACH ROW EXECUTE FUNCTION cache_record_deleted('id')"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_cache_deleted ON {TABLE}")
    op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_changed_xid ON {TABLE}")
    op.execute(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS changed_xid")
