"""user language: the UI language each user chose (empty: the system's)

Revision ID: 0031
Revises: 0030

One column on ``users``, empty for everyone until they choose. On SQLite a plain ADD COLUMN in
place (a constant default, so no table copy): a batch copy of ``users`` would drop the table
that sales, audit entries and CLI sessions point at (see 0024).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0031"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE users ADD COLUMN language VARCHAR(8) DEFAULT '' NOT NULL")
    else:
        op.add_column(
            "users",
            sa.Column("language", sa.String(length=8), nullable=False, server_default=""),
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # in place (3.35+), not a copy: see upgrade
        op.execute("ALTER TABLE users DROP COLUMN language")
    else:
        op.drop_column("users", "language")
