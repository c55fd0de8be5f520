"""Logged phone calls with their recordings, and the after-letter checklist.

``phone_call`` (a call as a contact centre logs it, its recording an ``attachment`` row),
``case_checklist`` (one row per case: the refund paid, the review date, the door left open) and
``customer_block`` (a helpdesk asked to suspend or block the case's customer, and its answer).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("agent", sa.String(length=200), nullable=False),
        sa.Column("said", sa.Text(), nullable=False),
        sa.Column("warnings_given", sa.Integer(), nullable=False),
        sa.Column("manager_told", sa.Boolean(), nullable=False),
        sa.Column("attachment_id", sa.Integer(), nullable=True),
        sa.Column("duration_seconds", sa.Float(), nullable=True),
        sa.Column("logged_by", sa.String(length=200), nullable=False),
        sa.Column("logged_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attachment_id"],
            ["attachment.id"],
            name=op.f("fk_phone_call_attachment_id_attachment"),
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_phone_call_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phone_call")),
    )
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_phone_call_case_id"), ["case_id"], unique=False)
    op.create_table(
        "case_checklist",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("refund_paid", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("refund_currency", sa.String(length=3), nullable=True),
        sa.Column("refund_reference", sa.String(length=200), nullable=True),
        sa.Column("refund_paid_on", sa.Date(), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("door", sa.Text(), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_case_checklist_case_id_case_file")
        ),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_case_checklist")),
    )
    op.create_table(
        "customer_block",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("connection", sa.String(length=80), nullable=False),
        sa.Column("vendor", sa.String(length=40), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("export_attachment_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_customer_block_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["export_attachment_id"],
            ["attachment.id"],
            name=op.f("fk_customer_block_export_attachment_id_attachment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_block")),
    )
    with op.batch_alter_table("customer_block", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_block_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("customer_block", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_block_case_id"))
    op.drop_table("customer_block")
    op.drop_table("case_checklist")
    with op.batch_alter_table("phone_call", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phone_call_case_id"))
    op.drop_table("phone_call")
