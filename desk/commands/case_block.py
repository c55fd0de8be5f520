"""``breakup-desk case block CASE --connection NAME``: preserve, then block.

Composes the case (:mod:`desk.case.blocking`: are the cited copies intact; keep the history;
record the answer) and the connector (:mod:`desk.connect.blocking`: the vendor's call), which
are siblings and may not import each other. The window calls :func:`preserve_and_block` too,
on the task runner's writer.

The order is the point: nothing is asked of the helpdesk until the case holds its own intact
copies and the customer's history has been fetched again and kept, hashed, on the case.
"""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine

from desk.case import blocking
from desk.commands.base import Context
from desk.connect import blocking as vendor_blocking
from desk.connect.store import get_connection
from desk.connect.sync import connector_for, sync
from desk.connect.vendor import Connector
from desk.db.engine import session_factory
from desk.errors import InputError


@dataclass(frozen=True)
class BlockOutcome:
    case_id: int
    connection: str
    status: str
    detail: str
    history_name: str
    history_sha256: str
    history_bytes: int
    messages_new: int


def register_action(case: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = case.add_parser(
        "block", help="keep the customer's whole history on the case, then block them"
    )
    p.add_argument("case", type=int, metavar="CASE")
    p.add_argument("--connection", required=True, metavar="NAME", help="the helpdesk connection")
    p.set_defaults(func=run_block)


def preserve_and_block(
    engine: Engine,
    case_id: int,
    connection: str,
    actor: str,
    *,
    connector: Connector | None = None,
) -> BlockOutcome:
    """Check the cited copies, export the history into the case, then ask for the block."""
    info = get_connection(engine, connection)
    reason = vendor_blocking.blockable(info.vendor)
    if reason is not None:
        raise InputError(f"{info.name}: {reason}")
    factory = session_factory(engine)
    with factory() as session:
        email = blocking.check_ready(session, case_id)
    connector = connector or connector_for(info)
    summary = sync(engine, info, customer=email, connector=connector)
    name = f"history-{info.name}-{dt.date.today():%Y%m%d}.json"
    with factory() as session:
        data = blocking.history_bundle(session, case_id, f"{info.vendor}:{info.name}")
        attachment_id = blocking.store_history(session, case_id, actor, name, data)
    result = vendor_blocking.block_customer(connector, info.vendor, email)
    with factory() as session:
        blocking.record_block(
            session,
            case_id,
            actor,
            connection=info.name,
            vendor=result.vendor,
            external_id=result.external_id,
            status=result.status,
            detail=result.detail,
            export_attachment_id=attachment_id,
        )
        kept = blocking.blocks_of(session, case_id)[-1]
    return BlockOutcome(
        case_id=case_id,
        connection=info.name,
        status=result.status,
        detail=result.detail,
        history_name=name,
        history_sha256=kept.export_sha256 or "",
        history_bytes=len(data),
        messages_new=summary.messages_new,
    )


def run_block(args: argparse.Namespace, ctx: Context) -> int:
    outcome = preserve_and_block(ctx.engine, args.case, args.connection, args.actor)
    ctx.print(
        f"Kept the customer's history on case #{args.case}: {outcome.history_name} "
        f"({outcome.history_bytes} bytes, {outcome.messages_new} new message(s)), "
        f"sha256 {outcome.history_sha256}"
    )
    ctx.print(f"{outcome.detail}.")
    return 0
