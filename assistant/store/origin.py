"""Items of a team pack change only with the pack: edits and deletions are refused."""

from __future__ import annotations

from sqlalchemy import Connection, select

from assistant.core.errors import InvalidInput

from .tables import subscriptions


def refuse_managed(conn: Connection, row, code: str) -> None:
    """Raise ``code`` (template_managed, article_managed) when ``row`` belongs to a pack."""
    if row.origin_pack_id:
        name = conn.scalar(select(subscriptions.c.name)
                           .where(subscriptions.c.pack_id == row.origin_pack_id))
        raise InvalidInput(code, title=row.title, pack=name or row.origin_pack_id)
