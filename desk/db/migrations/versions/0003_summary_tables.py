"""Summary tables for the company-wide figures, backfilled from the messages.

The average customer, the rank, the monthly averages and the average handoffs each scanned the
whole message table (1.5 s for one customer's stats on a million messages). These tables hold
one row per customer, customer-month, month and conversation instead; the import and the
identity merges keep them up to date (desk.analytics.refresh). The backfill below is that
module's rebuild, frozen here in plain SQL as this revision needs it.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UNITS = ("customer_messages", "conversations", "workload")


def upgrade() -> None:
    op.create_table(
        "customer_summary",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in (*UNITS, "agents")),
        _cascade("customer_summary", "customer"),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_customer_summary")),
    )
    for name in UNITS:
        op.create_index(f"ix_customer_summary_{name}", "customer_summary", [name])
    op.create_table(
        "customer_month",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in UNITS),
        _cascade("customer_month", "customer"),
        sa.PrimaryKeyConstraint("customer_id", "month", name=op.f("pk_customer_month")),
    )
    op.create_index("ix_customer_month_month", "customer_month", ["month"])
    op.create_table(
        "company_month",
        sa.Column("month", sa.String(length=7), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in UNITS),
        *(sa.Column(f"{name}_customers", sa.Integer(), nullable=False) for name in UNITS),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_company_month")),
    )
    op.create_table(
        "conversation_summary",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("agents", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        _cascade("conversation_summary", "conversation"),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_conversation_summary")),
    )
    op.create_table(
        "summary_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("messages", sa.BigInteger(), nullable=False),
        sa.Column("last_message_id", sa.BigInteger(), nullable=False),
        sa.Column("conversations", sa.BigInteger(), nullable=False),
        sa.Column("last_conversation_id", sa.BigInteger(), nullable=False),
        sa.Column("refreshed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_summary_state")),
    )
    _backfill()


def downgrade() -> None:
    for table in ("summary_state", "conversation_summary", "company_month"):
        op.drop_table(table)
    op.drop_index("ix_customer_month_month", table_name="customer_month")
    op.drop_table("customer_month")
    for name in UNITS:
        op.drop_index(f"ix_customer_summary_{name}", table_name="customer_summary")
    op.drop_table("customer_summary")


def _cascade(table: str, target: str) -> sa.ForeignKeyConstraint:
    """``<target>_id`` references ``<target>.id``; the summary row goes with its target."""
    column = f"{target}_id"
    name = op.f(f"fk_{table}_{column}_{target}")
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=name, ondelete="CASCADE")


def _backfill() -> None:
    if op.get_bind().dialect.name == "postgresql":
        month = "to_char({}, 'YYYY-MM')"
    else:  # SQLite keeps datetimes as ISO text
        month = "substr({}, 1, 7)"
    op.execute(
        "INSERT INTO customer_summary (customer_id, customer_messages, conversations, workload, "
        "agents) SELECT customer_id, sum(customer_messages), sum(conversations), sum(workload), "
        f"sum(agents) FROM ({_totals(None)}) AS both_sources GROUP BY customer_id"
    )
    op.execute(
        "INSERT INTO customer_month (customer_id, month, customer_messages, conversations, "
        "workload) SELECT customer_id, month, sum(customer_messages), sum(conversations), "
        f"sum(workload) FROM ({_totals(month.format('created_at'))}) AS both_sources "
        "GROUP BY customer_id, month"
    )
    active = ", ".join(f"sum(CASE WHEN {name} > 0 THEN 1 ELSE 0 END)" for name in UNITS)
    op.execute(
        f"INSERT INTO company_month (month, {', '.join(UNITS)}, "
        f"{', '.join(f'{name}_customers' for name in UNITS)}) "
        f"SELECT month, {', '.join(f'sum({name})' for name in UNITS)}, {active} "
        "FROM customer_month GROUP BY month"
    )
    op.execute(
        "INSERT INTO conversation_summary (conversation_id, agents, changes) "
        "SELECT conversation_id, count(DISTINCT agent_id), "
        "sum(CASE WHEN previous IS NOT NULL AND previous <> agent_id THEN 1 ELSE 0 END) "
        "FROM (SELECT conversation_id, agent_id, lag(agent_id) OVER "
        "(PARTITION BY conversation_id ORDER BY created_at, id) AS previous FROM message "
        "WHERE author_kind = 'agent' AND public = true AND agent_id IS NOT NULL) AS replies "
        "GROUP BY conversation_id"
    )
    op.execute(
        "INSERT INTO summary_state (id, messages, last_message_id, conversations, "
        "last_conversation_id, refreshed_at) SELECT 1, "
        "(SELECT count(*) FROM message), (SELECT coalesce(max(id), 0) FROM message), "
        "(SELECT count(*) FROM conversation), (SELECT coalesce(max(id), 0) FROM conversation), "
        "CURRENT_TIMESTAMP"
    )


def _totals(month: str | None) -> str:
    """Per customer (and month, given the SQL for the month of ``created_at``): the three units
    and the distinct agents with a public reply, from the messages and the conversations."""
    key = f"customer_id, {month} AS month" if month else "customer_id"
    group = "customer_id, month" if month else "customer_id"
    return (
        f"SELECT {key}, "
        "sum(CASE WHEN author_kind = 'customer' AND public = true THEN 1 ELSE 0 END) "
        "AS customer_messages, 0 AS conversations, "
        "sum(CASE WHEN public = true THEN 1 ELSE 0 END) AS workload, "
        "count(DISTINCT CASE WHEN author_kind = 'agent' AND public = true THEN agent_id END) "
        f"AS agents FROM message GROUP BY {group} "
        f"UNION ALL SELECT {key}, 0, count(*), 0, 0 FROM conversation GROUP BY {group}"
    )
