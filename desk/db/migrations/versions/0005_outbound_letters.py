"""Letters sent by e-mail, ladder warnings issued, logged calls and the after-letter checklist.

This revision holds the e-mail side: ``outbound_letter`` (each letter drafted as an .eml or
sent, with its Message-ID and the attachment's SHA-256) and a restriction's review date and
expiry on ``customer_warning`` (nullable: warnings recorded before keep none).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customer_warning", schema=None) as batch_op:
        batch_op.add_column(sa.Column("review_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
    op.create_table(
        "outbound_letter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=True),
        sa.Column("warning_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("to_address", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["case_file.id"], name=op.f("fk_outbound_letter_case_id_case_file")
        ),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letter.id"], name=op.f("fk_outbound_letter_letter_id_letter")
        ),
        sa.ForeignKeyConstraint(
            ["warning_id"],
            ["customer_warning.id"],
            name=op.f("fk_outbound_letter_warning_id_customer_warning"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbound_letter")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outbound_letter_message_id")),
    )
    with op.batch_alter_table("outbound_letter", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbound_letter_case_id"), ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbound_letter", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbound_letter_case_id"))
    op.drop_table("outbound_letter")
    with op.batch_alter_table("customer_warning", schema=None) as batch_op:
        batch_op.drop_column("expires_on")
        batch_op.drop_column("review_on")
