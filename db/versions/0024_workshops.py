"""workshops: seats sold at the counter, waitlist, check-in at the door

Revision ID: 0024
Revises: 0023

Workshops of an exhibition with their seat counters, the bookings made by sales (one per
invoice line, released by a void or refund, with the reminder's mark), the waitlist with its
offers, and the check-ins (with the mark of the certificate sent).
An invoice line may name the workshop whose seats it sells.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# Exact decimals as in 0001: NUMERIC on PostgreSQL, scaled BIGINT on SQLite.
MONEY = sa.Numeric(18, 4).with_variant(sa.BigInteger(), "sqlite")
PERCENT = sa.Numeric(18, 2).with_variant(sa.BigInteger(), "sqlite")
WHEN = sa.DateTime(timezone=True)


revision: str = "0024"
down_revision: str | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "workshops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exhibition_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("room", sa.String(length=80), nullable=True),
        sa.Column("category", sa.String(length=60), nullable=True),
        sa.Column("starts_at", WHEN, nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("booked", sa.Integer(), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.Column("price", MONEY, nullable=False),
        sa.Column("vat_rate", PERCENT, nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("booking_deadline", WHEN, nullable=True),
        sa.Column("cancel_reason", sa.String(length=500), nullable=True),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        _fk("workshops", "exhibition_id", "exhibitions"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshops")),
        sa.UniqueConstraint("code", name=op.f("uq_workshops_code")),
    )
    op.create_index(
        "ix_workshops_exhibition_id_starts_at", "workshops", ["exhibition_id", "starts_at"]
    )
    op.create_table(
        "workshop_bookings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("invoice_id", sa.Integer(), nullable=True),
        sa.Column("line_position", sa.Integer(), nullable=True),
        sa.Column("seats", sa.Integer(), nullable=False),
        sa.Column("released", sa.Integer(), nullable=False),
        sa.Column("booked_at", WHEN, nullable=False),
        sa.Column("reminded_at", WHEN, nullable=True),
        _fk("workshop_bookings", "workshop_id", "workshops"),
        _fk("workshop_bookings", "customer_id", "customers"),
        _fk("workshop_bookings", "invoice_id", "invoices"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_bookings")),
    )
    op.create_index(
        "ix_workshop_bookings_workshop_id_customer_id",
        "workshop_bookings",
        ["workshop_id", "customer_id"],
    )
    op.create_index("ix_workshop_bookings_customer_id", "workshop_bookings", ["customer_id"])
    op.create_index(op.f("ix_workshop_bookings_invoice_id"), "workshop_bookings", ["invoice_id"])
    op.create_table(
        "workshop_waitlist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("joined_at", WHEN, nullable=False),
        sa.Column("offered_at", WHEN, nullable=True),
        sa.Column("offer_expires_at", WHEN, nullable=True),
        sa.Column("added_by", sa.String(length=80), nullable=False),
        _fk("workshop_waitlist", "workshop_id", "workshops"),
        _fk("workshop_waitlist", "customer_id", "customers"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_waitlist")),
        sa.UniqueConstraint(
            "workshop_id", "customer_id", name=op.f("uq_workshop_waitlist_workshop_id_customer_id")
        ),
    )
    op.create_index(
        "ix_workshop_waitlist_state_offer_expires_at",
        "workshop_waitlist",
        ["state", "offer_expires_at"],
    )
    op.create_table(
        "workshop_checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workshop_id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("seat", sa.Integer(), nullable=False),
        sa.Column("checked_in_at", WHEN, nullable=False),
        sa.Column("checked_in_by", sa.String(length=80), nullable=False),
        sa.Column("certificate_queued_at", WHEN, nullable=True),
        _fk("workshop_checkins", "workshop_id", "workshops"),
        _fk("workshop_checkins", "customer_id", "customers"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workshop_checkins")),
        sa.UniqueConstraint(
            "workshop_id",
            "customer_id",
            "seat",
            name=op.f("uq_workshop_checkins_workshop_id_customer_id_seat"),
        ),
    )
    # On SQLite a plain ADD COLUMN with its REFERENCES, not a batch copy of the table: the
    # copy drops invoice_lines, which credit notes' lines point at (foreign keys are on), and
    # Alembic cannot add a constraint to an existing SQLite table otherwise.
    fk = op.f("fk_invoice_lines_workshop_id_workshops")
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "ALTER TABLE invoice_lines ADD COLUMN workshop_id INTEGER"
            f" CONSTRAINT {fk} REFERENCES workshops (id)"
        )
    else:
        op.add_column("invoice_lines", sa.Column("workshop_id", sa.Integer(), nullable=True))
        op.create_foreign_key(fk, "invoice_lines", "workshops", ["workshop_id"], ["id"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":  # in place (3.35+), not a copy: see upgrade
        op.execute("ALTER TABLE invoice_lines DROP COLUMN workshop_id")
    else:
        op.drop_constraint(
            op.f("fk_invoice_lines_workshop_id_workshops"), "invoice_lines", type_="foreignkey"
        )
        op.drop_column("invoice_lines", "workshop_id")
    op.drop_table("workshop_checkins")
    op.drop_index("ix_workshop_waitlist_state_offer_expires_at", table_name="workshop_waitlist")
    op.drop_table("workshop_waitlist")
    op.drop_index(op.f("ix_workshop_bookings_invoice_id"), table_name="workshop_bookings")
    op.drop_index("ix_workshop_bookings_customer_id", table_name="workshop_bookings")
    op.drop_index("ix_workshop_bookings_workshop_id_customer_id", table_name="workshop_bookings")
    op.drop_table("workshop_bookings")
    op.drop_index("ix_workshops_exhibition_id_starts_at", table_name="workshops")
    op.drop_table("workshops")
