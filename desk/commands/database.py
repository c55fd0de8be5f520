"""``breakup-desk db …``: the database's schema and contents."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

from desk.commands.base import Context, add_json_flag
from desk.db.engine import create_db_engine
from desk.db.migrate import current_revision, head_revision, upgrade_to_head
from desk.db.models import Conversation, Customer, ImportBatch, Message


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("db", help="database schema and contents")
    db_sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_sub.add_parser("upgrade", help="upgrade the schema to the newest revision")
    upgrade.set_defaults(func=run_upgrade)
    info = db_sub.add_parser("info", help="where the database is and what it holds")
    add_json_flag(info)
    info.set_defaults(func=run_info)


def run_upgrade(args: argparse.Namespace, ctx: Context) -> int:
    engine = create_db_engine(ctx.db_url)
    try:
        before = current_revision(engine)
        upgrade_to_head(engine)
        after = current_revision(engine)
    finally:
        engine.dispose()
    if before == after:
        ctx.print(f"{engine.url.render_as_string()}: already at revision {after}")
    else:
        ctx.print(f"{engine.url.render_as_string()}: upgraded from {before or 'empty'} to {after}")
    return 0


def run_info(args: argparse.Namespace, ctx: Context) -> int:
    engine = ctx.engine
    with ctx.session() as session:
        counts = {
            name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("customers", Customer),
                ("conversations", Conversation),
                ("messages", Message),
                ("imports", ImportBatch),
            )
        }
    info = {
        "url": engine.url.render_as_string(),
        "revision": current_revision(engine),
        "head": head_revision(engine),
        **counts,
    }
    if args.json:
        ctx.print_json(info)
    else:
        for key, value in info.items():
            ctx.print(f"{key:>14}: {value:,}" if isinstance(value, int) else f"{key:>14}: {value}")
    return 0
