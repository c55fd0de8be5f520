"""``breakup-desk case log-call``, ``case checklist`` and ``breakup-desk reminders``.

Apart from ``cases.py`` because these follow the case past its decision: the phone incidents a
contact centre logs, the list the app keeps after the letter, and the reviews that fall due.
``case show`` prints what :func:`case_extras` returns.
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desk.case import blocking, calls, checklist, reminders
from desk.commands import case_block
from desk.commands.base import Context, add_json_flag


def register_actions(case: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``log-call``, ``checklist`` and ``block`` to the ``case`` group's subparsers."""
    p = case.add_parser("log-call", help="log an abusive phone call, with its recording")
    p.add_argument("case", type=int, metavar="CASE")
    p.add_argument("--at", type=moment, required=True, metavar="YYYY-MM-DDTHH:MM")
    p.add_argument("--agent", required=True, metavar="NAME", help="who took the call")
    p.add_argument("--said", required=True, metavar="TEXT", help="what the customer said")
    p.add_argument("--warned", type=int, default=0, metavar="N", help="warnings given on the call")
    p.add_argument("--manager-told", action="store_true", help="the line manager was told")
    p.add_argument("--recording", type=Path, metavar="FILE", help="MP3, WAV, Ogg or M4A")
    p.set_defaults(func=run_log_call)

    p = case.add_parser("checklist", help="after the letter: refund, review date, the door")
    p.add_argument("case", type=int, metavar="CASE")
    p.add_argument("--refund-paid", metavar="AMOUNT", help="the refund paid (the amount due)")
    p.add_argument("--reference", metavar="REF", help="the payment's reference")
    p.add_argument("--on", type=day, metavar="YYYY-MM-DD", help="when the refund was paid")
    p.add_argument("--review-on", type=day, metavar="YYYY-MM-DD", help="review or appeal date")
    p.add_argument("--reviewed", type=day, metavar="YYYY-MM-DD", help="the review was held")
    p.add_argument("--door", metavar="TEXT", help="how the customer may come back, if civil")
    add_json_flag(p)
    p.set_defaults(func=run_checklist)

    case_block.register_action(case)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("reminders", help="reviews that are due (cases, e-mail-only restrictions)")
    p.add_argument("--today", type=day, metavar="YYYY-MM-DD", help="default: today")
    add_json_flag(p)
    p.set_defaults(func=run_reminders)


def moment(text: str) -> dt.datetime:
    """An ISO date and time; one with a zone is turned into naive UTC, as the database keeps."""
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not YYYY-MM-DDTHH:MM") from None
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not YYYY-MM-DD") from None


def run_log_call(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        call = calls.log_call(
            session,
            args.case,
            args.actor,
            at=args.at,
            agent=args.agent,
            said=args.said,
            warnings_given=args.warned,
            manager_told=args.manager_told,
            recording=args.recording,
        )
    ctx.print(f"Logged call #{call.id} on case #{args.case} ({call.at:%Y-%m-%d %H:%M}).")
    if call.recording_name:
        ctx.print(
            f"Recording {call.recording_name}: {call.recording_type}, {call.duration_text()}, "
            f"sha256 {call.recording_sha256}"
        )
    return 0


def run_checklist(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        changes = (args.refund_paid, args.review_on, args.reviewed, args.door, args.reference)
        if any(value is not None for value in changes):
            result = checklist.update_checklist(
                session,
                args.case,
                args.actor,
                refund_paid=args.refund_paid,
                reference=args.reference,
                paid_on=args.on,
                review_on=args.review_on,
                reviewed_on=args.reviewed,
                door=args.door,
            )
        else:
            result = checklist.checklist_of(session, args.case)
    data = checklist_data(result)
    if args.json:
        ctx.print_json(data)
        return 0
    print_checklist(ctx, data)
    return 0


def run_reminders(args: argparse.Namespace, ctx: Context) -> int:
    today = args.today or dt.date.today()
    with ctx.session() as session:
        due = reminders.due_reminders(session, today)
    if args.json:
        ctx.print_json([{**r.__dict__, "text": r.describe(today)} for r in due])
        return 0
    if not due:
        ctx.print("No reviews are due.")
    for reminder in due:
        ctx.print(f"- {reminder.describe(today)}")
    return 0


# -- what ``case show`` adds -------------------------------------------------------------------


def checklist_data(result: checklist.Checklist) -> dict[str, Any]:
    def money(value: Decimal | None) -> str | None:
        return None if value is None else f"{value:.2f}"

    return {
        "done": result.done,
        "refund_due": money(result.refund_due),
        "currency": result.currency,
        "refund_paid": money(result.refund_paid),
        "reference": result.refund_reference,
        "paid_on": result.refund_paid_on,
        "review_on": result.review_on,
        "reviewed_on": result.reviewed_on,
        "door": result.door,
        "items": [
            {"key": i.key, "title": i.title, "done": i.done, "text": i.text, "required": i.required}
            for i in result.items
        ],
    }


def print_checklist(ctx: Context, data: dict[str, Any]) -> None:
    state = "done" if data["done"] else "open"
    ctx.print(f"After the letter ({state})")
    for item in data["items"]:
        mark = "x" if item["done"] else " "
        optional = "" if item["required"] else " (optional)"
        ctx.print(f"  [{mark}] {item['title']}{optional}: {item['text']}")


def case_extras(session: Session, case_id: int) -> dict[str, Any]:
    """The calls, the after-letter checklist and the blocks, for ``case show``."""
    return {
        "calls": [
            {
                "id": c.id,
                "at": c.at,
                "agent": c.agent,
                "said": c.said,
                "warned": c.warnings_given,
                "manager_told": c.manager_told,
                "recording": c.recording_name,
                "recording_sha256": c.recording_sha256,
                "duration": c.duration_text() if c.recording_name else None,
            }
            for c in calls.calls_of(session, case_id)
        ],
        "checklist": checklist_data(checklist.checklist_of(session, case_id)),
        "blocks": [
            {
                "at": b.at,
                "connection": b.connection,
                "status": b.status,
                "detail": b.detail,
                "history": b.export_name,
                "history_sha256": b.export_sha256,
            }
            for b in blocking.blocks_of(session, case_id)
        ],
    }


def print_extras(ctx: Context, data: dict[str, Any]) -> None:
    ctx.print(f"\nCalls ({len(data['calls'])})")
    for c in data["calls"]:
        told = ", line manager told" if c["manager_told"] else ""
        ctx.print(
            f"  #{c['id']}  {c['at']:%Y-%m-%d %H:%M}  {c['agent']}, {c['warned']} warning(s)"
            f"{told}: {c['said']}"
        )
        if c["recording"]:
            ctx.print(
                f"      recording {c['recording']} ({c['duration']}) sha256 {c['recording_sha256']}"
            )
    if data["checklist"] and data.get("state") in ("letter_issued", "closed"):
        ctx.print()
        print_checklist(ctx, data["checklist"])
    for b in data["blocks"]:
        ctx.print(f"\nBlocked through {b['connection']} on {b['at']:%Y-%m-%d}: {b['detail']}")
        if b["history"]:
            ctx.print(f"  history kept: {b['history']} sha256 {b['history_sha256']}")
