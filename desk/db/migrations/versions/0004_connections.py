"""Helpdesk connections and their sync cursors (no secrets: those live in the keyring).

One row per connection a manager made with ``breakup-desk connect``: which vendor, where, the
account fields that are not secret (a Zendesk agent's e-mail), the name of the environment
variable that holds the token where the machine has no keyring, and each stream's cursor, which
a sync moves forward in the same transaction as the page of records it read.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "helpdesk_connection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("vendor", sa.String(length=40), nullable=False),
        sa.Column("base_url", sa.Text(), nullable=False),
        sa.Column("account", sa.Text(), nullable=False),
        sa.Column("token_env", sa.String(length=120), nullable=True),
        sa.Column("cursors", sa.Text(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_helpdesk_connection")),
        sa.UniqueConstraint("name", name=op.f("uq_helpdesk_connection_name")),
    )


def downgrade() -> None:
    op.drop_table("helpdesk_connection")
