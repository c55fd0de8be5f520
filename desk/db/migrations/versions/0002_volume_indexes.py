"""Indexes for per-customer volume: cover the public filter, find merged customers fast.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_message_customer_author_time", table_name="message")
    op.create_index(
        "ix_message_customer_author_public_time",
        "message",
        ["customer_id", "author_kind", "public", "created_at"],
    )
    op.create_index("ix_customer_merged_into_id", "customer", ["merged_into_id"])


def downgrade() -> None:
    op.drop_index("ix_customer_merged_into_id", table_name="customer")
    op.drop_index("ix_message_customer_author_public_time", table_name="message")
    op.create_index(
        "ix_message_customer_author_time", "message", ["customer_id", "author_kind", "created_at"]
    )
