"""action keys: every money action and registration stores its idempotency key

Revision ID: 0018
Revises: 0017

A sale whose COMMIT reached the server but whose reply was lost looked unsaved, and pressing
F12 again made a second invoice. Each action now carries a key made when it started, stored
here, unique, in the action's own transaction: after a lost reply the key says whether it was
saved, and a retry with the same key returns the first result.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "action_keys",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("entity_key", sa.String(length=64), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("terminal", sa.String(length=8), nullable=True),
        sa.Column("done_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_action_keys")),
    )


def downgrade() -> None:
    op.drop_table("action_keys")
