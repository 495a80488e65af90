"""print jobs for credit note slips: a job may print a refund's credit note

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.add_column(sa.Column("credit_note_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_print_jobs_credit_note_id_credit_notes"),
            "credit_notes",
            ["credit_note_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.drop_constraint(op.f("fk_print_jobs_credit_note_id_credit_notes"), type_="foreignkey")
        batch.drop_column("credit_note_id")
