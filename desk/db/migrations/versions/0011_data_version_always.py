"""The data-version triggers fire whatever the session's replication role.

A bulk import may turn PostgreSQL's per-row triggers off for its own transaction
(``session_replication_role = replica``) and check its rows' foreign keys once per batch
instead (``desk/db/references.py``). Replica mode skips every trigger that is not ``ENABLE
ALWAYS``, and the statement triggers of migration 0008, which move ``data_version`` so that
other managers' windows see new messages, must not be skipped. (SQLite has no such triggers.)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TRIGGERS = (
    ("message", "message_data_version"),
    ("message", "message_data_version_truncate"),
    ("conversation", "conversation_data_version"),
    ("conversation", "conversation_data_version_truncate"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, trigger in _TRIGGERS:
        op.execute(f"ALTER TABLE {table} ENABLE ALWAYS TRIGGER {trigger}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, trigger in _TRIGGERS:
        op.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
