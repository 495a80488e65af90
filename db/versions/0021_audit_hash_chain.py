"""audit trail: a hash chain over the entries, digests of the records money actions leave

Revision ID: 0021
Revises: 0020

Each entry gets its place in the chain (``seq``), the previous entry's hash and its own; an
entry of a money action the digest of its invoice, credit note or closed cash session. One
row, ``audit_chain_head``, holds the chain's end for writers to lock. ``before`` and ``after``
become plain text holding the JSON that is hashed (PostgreSQL's ``jsonb`` re-orders it).

Existing entries are chained as found, in id order, and existing records get digests as
found (``services/audit_upgrade.py`` says what that can and cannot prove). Down again drops
the chain and turns the documents back into JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from pos_desktop.services.audit_upgrade import chain_existing

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHAIN_COLUMNS = (
    ("subject_type", sa.String(length=16)),
    ("subject_id", sa.Integer()),
    ("digest", sa.String(length=64)),
    ("seq", sa.Integer()),
    ("prev_hash", sa.String(length=64)),
    ("hash", sa.String(length=64)),
)
DOCUMENTS = ("before", "after")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "audit_chain_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_head")),
    )
    for name, type_ in CHAIN_COLUMNS:
        op.add_column("audit_events", sa.Column(name, type_, nullable=True))
    if not sqlite:  # SQLite's JSON is stored as text already; its declared type changes below
        for name in DOCUMENTS:
            op.alter_column(
                "audit_events", name, type_=sa.Text(), postgresql_using=f'"{name}"::text'
            )
    chain_existing(op.get_bind(), datetime.now(UTC))
    with op.batch_alter_table("audit_events", recreate="always" if sqlite else "auto") as batch:
        for name in ("seq", "prev_hash", "hash"):
            batch.alter_column(name, existing_type=dict(CHAIN_COLUMNS)[name], nullable=False)
        if sqlite:
            for name in DOCUMENTS:
                batch.alter_column(name, type_=sa.Text(), existing_nullable=True)
        batch.create_index("ux_audit_events_seq", ["seq"], unique=True)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("audit_events", recreate="always" if sqlite else "auto") as batch:
        batch.drop_index("ux_audit_events_seq")
        for name, _type in CHAIN_COLUMNS:
            batch.drop_column(name)
        for name in DOCUMENTS:
            batch.alter_column(
                name,
                type_=JSON,
                existing_nullable=True,
                postgresql_using=f'"{name}"::jsonb',
            )
    op.drop_table("audit_chain_head")
