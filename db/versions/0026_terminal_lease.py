"""terminal lease: one terminal id, one device

Revision ID: 0026
Revises: 0024

Invoice series are per terminal: two devices started with one terminal id (a cloned laptop)
would number in one series. A terminal id now holds a lease naming the device that uses it;
another device is refused while the lease is renewed, and may take it over (audited) once it
has not been renewed for ``pos.terminal_lease_minutes``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

WHEN = sa.DateTime(timezone=True)

revision: str = "0026"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "terminal_leases",
        sa.Column("terminal", sa.String(length=8), nullable=False),
        sa.Column("device_id", sa.String(length=64), nullable=False),
        sa.Column("host_name", sa.String(length=255), nullable=False),
        sa.Column("acquired_at", WHEN, nullable=False),
        sa.Column("renewed_at", WHEN, nullable=False),
        sa.PrimaryKeyConstraint("terminal", name=op.f("pk_terminal_leases")),
    )


def downgrade() -> None:
    op.drop_table("terminal_leases")
