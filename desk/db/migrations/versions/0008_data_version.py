"""A data version that moves with every change to messages or conversations.

``data_version`` holds one row; on PostgreSQL a statement-level trigger on ``message`` and
``conversation`` bumps it inside the writing transaction, and ``summary_state.data_version``
records the version the summary tables were brought up to date with. Comparing the two is one
index lookup where counting ten million messages took a third of a second per check. (SQLite
has no statement triggers and counts its rows from the b-tree quickly; the row stays 0 there.)
A summary that was current when this revision runs is marked current at version 0.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# Only the columns the summary reads, but for ``customer_id``: a merge (or its undo) repoints
# messages and refreshes both customers' summary rows in the same transaction, so it keeps a
# current summary current (the row counts never saw it either). Any other column's change
# leaves the summary current.
_WATCHED = {
    "message": "conversation_id, author_kind, public, agent_id, created_at",
    "conversation": "created_at",
}


def upgrade() -> None:
    op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_version")),
    )
    op.execute("INSERT INTO data_version (id, version) VALUES (1, 0)")
    with op.batch_alter_table("summary_state") as batch:
        batch.add_column(sa.Column("data_version", sa.BigInteger(), nullable=True))
    op.execute(
        "UPDATE summary_state SET data_version = 0 WHERE id = 1"
        " AND messages = (SELECT count(*) FROM message)"
        " AND last_message_id = (SELECT coalesce(max(id), 0) FROM message)"
        " AND conversations = (SELECT count(*) FROM conversation)"
        " AND last_conversation_id = (SELECT coalesce(max(id), 0) FROM conversation)"
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN UPDATE data_version SET version = version + 1 WHERE id = 1; RETURN NULL; END $$"
    )
    for table, columns in _WATCHED.items():
        op.execute(
            f"CREATE TRIGGER {table}_data_version AFTER INSERT OR DELETE OR UPDATE OF {columns}"
            f" ON {table} FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()"
        )
        op.execute(
            f"CREATE TRIGGER {table}_data_version_truncate AFTER TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in _WATCHED:
            op.execute(f"DROP TRIGGER {table}_data_version ON {table}")
            op.execute(f"DROP TRIGGER {table}_data_version_truncate ON {table}")
        op.execute("DROP FUNCTION bump_data_version()")
    with op.batch_alter_table("summary_state") as batch:
        batch.drop_column("data_version")
    op.drop_table("data_version")
