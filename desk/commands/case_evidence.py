"""``breakup-desk case add-evidence``, ``correct``, ``remove`` and ``warn``.

What a case puts forward: the evidence items it cites and the warnings the customer was
given. Kept apart from ``cases.py`` (the case's life: open, show, submit, decide) because the
two change for different reasons: a new kind of evidence touches only this module.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desk.case import case_access, evidence, evidence_corrections, evidence_items
from desk.case import ladder as warnings
from desk.case.policy import load_policy
from desk.commands.base import Context


def register_actions(case: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the evidence and warning actions to the ``case`` group's ``case`` subparsers."""
    p = case.add_parser("add-evidence", help="add a quote, flag, conversation, note or file")
    p.add_argument("case", type=int, metavar="ID")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--message", type=int, metavar="M", help="quote message M")
    what.add_argument("--flag", type=int, metavar="F", help="cite flag F (confirms it)")
    what.add_argument(
        "--confirmed-flags", action="store_true", help="cite every confirmed flag not yet cited"
    )
    what.add_argument("--conversation", type=int, metavar="C", help="a whole conversation")
    what.add_argument("--note", metavar="TEXT", help="a manager's note")
    what.add_argument("--file", type=Path, metavar="PATH", help="a screenshot or PDF")
    p.add_argument("--quote", metavar="TEXT", help="the exact words (default: whole message)")
    p.add_argument("--start", type=int, help="the quote's first character")
    p.add_argument("--end", type=int, help="one past the quote's last character")
    p.add_argument("--category", help="the abuse category it shows")
    p.add_argument("--criterion", help="the policy criterion it backs")
    p.add_argument("--comment", metavar="TEXT", help="a note kept with the item")
    p.set_defaults(func=run_add_evidence)

    p = case.add_parser("correct", help="a corrected version of an evidence item")
    p.add_argument("evidence", type=int, metavar="EVIDENCE")
    p.add_argument("--category")
    p.add_argument("--criterion")
    p.add_argument("--comment", metavar="TEXT")
    p.add_argument("--start", type=int)
    p.add_argument("--end", type=int)
    p.set_defaults(func=run_correct)

    p = case.add_parser("remove", help="take an evidence item out (it stays readable)")
    p.add_argument("evidence", type=int, metavar="EVIDENCE")
    p.add_argument("--reason", default="")
    p.set_defaults(func=run_remove)

    p = case.add_parser("warn", help="record a warning given to the customer")
    p.add_argument("case", type=int, metavar="ID")
    p.add_argument("--step", type=int, help="the ladder step (default: the next one)")
    p.add_argument("--channel", choices=warnings.CHANNELS, default="phone")
    p.add_argument("--by", required=True, metavar="NAME", help="who gave the warning")
    p.add_argument("--text", required=True, help="what was said")
    p.add_argument("--date", type=_datetime, metavar="YYYY-MM-DD[THH:MM]", help="default: now")
    p.set_defaults(func=run_warn)


def _datetime(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


# -- handlers --------------------------------------------------------------------------------


def run_add_evidence(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        if args.confirmed_flags:
            added = evidence.add_confirmed_flags(session, args.case, args.actor)
            ctx.print(f"Added {len(added)} confirmed flag(s) to case #{args.case}")
            return 0
        if args.message is not None:
            item = evidence.add_quote(
                session,
                args.case,
                args.message,
                args.actor,
                start=args.start,
                end=args.end,
                quote=args.quote,
                category=args.category,
                criterion=args.criterion,
                note=args.comment,
            )
        elif args.flag is not None:
            item = evidence.add_flag(session, args.case, args.flag, args.actor)
        elif args.conversation is not None:
            item = evidence.add_conversation(
                session,
                args.case,
                args.conversation,
                args.actor,
                criterion=args.criterion,
                category=args.category,
                note=args.comment,
            )
        elif args.note is not None:
            item = evidence.add_note(
                session, args.case, args.note, args.actor, criterion=args.criterion
            )
        else:
            item = evidence.add_attachment(
                session,
                args.case,
                args.file,
                args.actor,
                criterion=args.criterion,
                category=args.category,
                note=args.comment,
            )
        ctx.print(
            f"Added evidence #{item.id} ({item.kind.value}"
            f"{', ' + item.criterion if item.criterion else ''}) to case #{args.case}, "
            f"sha256 {evidence_items.evidence_digest(item)[:16]}…"
        )
    return 0


def run_correct(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        item = evidence_corrections.correct(
            session,
            args.evidence,
            args.actor,
            criterion=args.criterion,
            category=args.category,
            note=args.comment,
            start=args.start,
            end=args.end,
        )
        ctx.print(f"Evidence #{args.evidence} corrected as #{item.id}; the old version stays")
    return 0


def run_remove(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        item = evidence_corrections.remove(session, args.evidence, args.actor, args.reason)
        ctx.print(f"Evidence #{args.evidence} removed (recorded as #{item.id}); it stays readable")
    return 0


def run_warn(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        case = case_access.get_case(session, args.case)
        warning = warnings.record_warning(
            session,
            case.customer_id,
            args.actor,
            given_at=args.date or dt.datetime.now().replace(microsecond=0),
            channel=args.channel,
            given_by=args.by,
            text=args.text,
            ladder_step=args.step,
        )
        step = load_policy(session).ladder_step(warning.ladder_step)
        ctx.print(f"Recorded warning #{warning.id}: step {step.step}, {step.title}")
    return 0
