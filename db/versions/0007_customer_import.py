"""customer import: website, lead status and values kept as written; saved column mappings

Revision ID: 0007
Revises: 0006

An import keeps what it cannot normalise (a phone that is no number, an unknown country, an
invalid email when the user chose to keep the customer) in ``customers.as_written`` instead of
in the checked columns, so the country column stays ISO alpha-2, dashboards stay clean, and
editing the customer later is not blocked by a value nobody typed at the counter.
``import_mappings`` remembers the columns -> fields choice per set of headers, shared by every
terminal on the database.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
COLUMNS = ("website", "lead_status", "as_written")


def upgrade() -> None:
    op.add_column("customers", sa.Column("website", sa.String(length=200), nullable=True))
    op.add_column("customers", sa.Column("lead_status", sa.String(length=16), nullable=True))
    op.add_column("customers", sa.Column("as_written", JSON, nullable=True))
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.String(length=32), nullable=False),
        sa.Column("mapping", JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("signature", name=op.f("uq_import_mappings_signature")),
    )


def downgrade() -> None:
    op.drop_table("import_mappings")
    # Plain DROP COLUMN (SQLite >= 3.35): a batch rebuild would lose the customers triggers.
    for column in reversed(COLUMNS):
        op.execute(f"ALTER TABLE customers DROP COLUMN {column}")
