"""Calibration sessions: the messages picked, each participant's labels.

``calibration_session`` holds who started it and the seed that picked its messages (the same
seed on the same data picks the same ones); ``calibration_item`` the messages in the order
shown, with the detector's abuse categories when they were picked (a later rescan does not
change a finished session's report); ``calibration_label`` one label per participant and item.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calibration_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("seed", sa.BigInteger(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_session")),
    )
    op.create_table(
        "calibration_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=False),
        sa.Column("stratum", sa.String(length=20), nullable=False),
        sa.Column("detector_categories", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["message_id"], ["message.id"], name=op.f("fk_calibration_item_message_id_message")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["calibration_session.id"],
            name=op.f("fk_calibration_item_session_id_calibration_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_item")),
        sa.UniqueConstraint(
            "session_id", "position", name=op.f("uq_calibration_item_session_id_position")
        ),
    )
    with op.batch_alter_table("calibration_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_calibration_item_session_id"), ["session_id"], unique=False
        )
    op.create_table(
        "calibration_label",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("participant", sa.String(length=200), nullable=False),
        sa.Column("verdict", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=True),
        sa.Column("labelled_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["calibration_item.id"],
            name=op.f("fk_calibration_label_item_id_calibration_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calibration_label")),
        sa.UniqueConstraint(
            "item_id", "participant", name=op.f("uq_calibration_label_item_id_participant")
        ),
    )
    with op.batch_alter_table("calibration_label", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calibration_label_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("calibration_label", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_label_item_id"))
    op.drop_table("calibration_label")
    with op.batch_alter_table("calibration_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_item_session_id"))
    op.drop_table("calibration_item")
    op.drop_table("calibration_session")
