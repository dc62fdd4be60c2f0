"""Team packs: subscriptions, and the origin of articles (templates already have one).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("origin_pack_id", sa.String(64)))
        batch.add_column(sa.Column("origin_item_id", sa.String(64)))
        batch.create_index("uq_articles_origin", ["origin_pack_id", "origin_item_id"],
                           unique=True)
    op.create_table(
        "subscriptions",
        sa.Column("pack_id", sa.String(64), primary_key=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False, server_default=""),
        sa.Column("publisher", sa.Text(), nullable=False, server_default=""),
        sa.Column("version", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("key_id", sa.String(32)),
        sa.Column("public_key", sa.Text()),
        sa.Column("pinned_by", sa.String(16)),
        sa.Column("changelog", sa.Text(), nullable=False, server_default=""),
        sa.Column("checked_at", sa.DateTime()),
        sa.Column("applied_at", sa.DateTime()),
        sa.Column("failing_since", sa.DateTime()),
        sa.Column("last_error", sa.Text()),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("fingerprint", sa.Text()),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("subscriptions")
    with op.batch_alter_table("articles") as batch:
        batch.drop_index("uq_articles_origin")
        batch.drop_column("origin_item_id")
        batch.drop_column("origin_pack_id")
