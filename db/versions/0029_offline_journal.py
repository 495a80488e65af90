"""offline journal: the entries a till saved while the server did not answer

Revision ID: 0029
Revises: 0027

The offline journal is a SQLite file per terminal with the whole schema (docs/offline-design.md),
made by these same migrations; its ``offline_entries`` are replayed on the server in ``seq``
order, each under its idempotency key. ``offline_code_map`` sends a customer code made offline
to the one the server kept. Both tables exist on the server too and stay empty there. New
tables only: nothing to copy in a database that holds sales.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

WHEN = sa.DateTime(timezone=True)

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "offline_entries",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("conflict", sa.Text(), nullable=True),
        sa.Column("server_number", sa.String(length=40), nullable=True),
        sa.Column("synced_at", WHEN, nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_offline_entries")),
        sa.UniqueConstraint("key", name=op.f("uq_offline_entries_key")),
    )
    op.create_index(op.f("ix_offline_entries_state"), "offline_entries", ["state"])
    op.create_table(
        "offline_code_map",
        sa.Column("local_code", sa.String(length=16), nullable=False),
        sa.Column("server_code", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("local_code", name=op.f("pk_offline_code_map")),
    )


def downgrade() -> None:
    op.drop_table("offline_code_map")
    op.drop_index(op.f("ix_offline_entries_state"), table_name="offline_entries")
    op.drop_table("offline_entries")
