"""The company-wide distributions of the summary tables, counted from them.

``summary_distribution`` holds, per figure of ``customer_summary`` and ``conversation_summary``,
how many rows hold each value, so that the volume distribution, the average handoffs and the
agents per customer read a few hundred rows instead of one per customer or conversation (one
customer's stats took 0.97 s at ten million messages, mostly those three scans). The backfill is
desk.analytics.distribution's rebuild, frozen here in plain SQL.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_FIGURES = {
    "customer_messages": ("customer_summary", "customer_messages"),
    "conversations": ("customer_summary", "conversations"),
    "workload": ("customer_summary", "workload"),
    "agents": ("customer_summary", "agents"),
    "conversation_agents": ("conversation_summary", "agents"),
    "conversation_changes": ("conversation_summary", "changes"),
}


def upgrade() -> None:
    op.create_table(
        "summary_distribution",
        sa.Column("figure", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("row_count", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("figure", "value", name=op.f("pk_summary_distribution")),
    )
    for figure, (table, column) in _FIGURES.items():
        op.execute(
            f"INSERT INTO summary_distribution (figure, value, row_count)"
            f" SELECT '{figure}', {column}, count(*) FROM {table} GROUP BY {column}"
        )


def downgrade() -> None:
    op.drop_table("summary_distribution")
