"""print jobs: receipts queued in the sale's transaction, sent by a background worker

Revision ID: 0009
Revises: 0008

A sale writes its receipt's job here in its own transaction; a worker sends it afterwards
(pos_desktop/services/printing.py) and marks it printed only when the printer took it.
Offline, out of paper or stalled: the job waits with the reason, nothing is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=False),
        sa.Column("terminal", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("copy", sa.Boolean(), nullable=False),
        sa.Column("open_drawer", sa.Boolean(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("problem", sa.String(length=24), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("printer", sa.String(length=300), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("queued_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["invoice_id"], ["invoices.id"], name=op.f("fk_print_jobs_invoice_id_invoices")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_jobs")),
    )
    op.create_index("ix_print_jobs_terminal_state", "print_jobs", ["terminal", "state"])
    op.create_index("ix_print_jobs_invoice_id", "print_jobs", ["invoice_id"])


def downgrade() -> None:
    op.drop_index("ix_print_jobs_invoice_id", table_name="print_jobs")
    op.drop_index("ix_print_jobs_terminal_state", table_name="print_jobs")
    op.drop_table("print_jobs")
