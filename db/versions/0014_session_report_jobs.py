"""print jobs for X and Z reports: a job may print a cash session's report instead of a receipt

Revision ID: 0014
Revises: 0013

A report job names the cash session (and, for an X report, the moment its figures are of);
it has no invoice, so ``invoice_id`` becomes optional, with a check that every job still
prints something.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.alter_column("invoice_id", existing_type=sa.Integer(), nullable=True)
        batch.add_column(sa.Column("cash_session_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("report_as_of", sa.DateTime(timezone=True), nullable=True))
        batch.create_foreign_key(
            op.f("fk_print_jobs_cash_session_id_cash_sessions"),
            "cash_sessions",
            ["cash_session_id"],
            ["id"],
        )
        batch.create_index("ix_print_jobs_cash_session_id", ["cash_session_id"])
        batch.create_check_constraint(
            op.f("ck_print_jobs_prints_a_document"),
            "invoice_id IS NOT NULL OR cash_session_id IS NOT NULL",
        )


def downgrade() -> None:
    op.execute("DELETE FROM print_jobs WHERE invoice_id IS NULL")  # reports: nothing to keep
    with op.batch_alter_table("print_jobs") as batch:
        batch.drop_constraint(op.f("ck_print_jobs_prints_a_document"), type_="check")
        batch.drop_index("ix_print_jobs_cash_session_id")
        batch.drop_constraint(
            op.f("fk_print_jobs_cash_session_id_cash_sessions"), type_="foreignkey"
        )
        batch.drop_column("report_as_of")
        batch.drop_column("cash_session_id")
        batch.alter_column("invoice_id", existing_type=sa.Integer(), nullable=False)
