"""An index in the customer list's default order: most messages first, ties by id.

The list's first screen is then the first entries of ``ix_customer_summary_list_order``
(``customer_messages DESC, customer_id``) instead of a sort of every customer (1.17 s at
200,000 customers on PostgreSQL, and growing with them).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_customer_summary_list_order",
        "customer_summary",
        [sa.text("customer_messages DESC"), "customer_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_customer_summary_list_order", table_name="customer_summary")
