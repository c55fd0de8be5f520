"""``breakup-desk case``, ``audit``, ``policy`` and ``purge``: build a case without a window."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case import cases, evidence, integrity
from desk.case import ladder as warnings
from desk.case.audit import case_events
from desk.case.criteria import claimed_criteria, criteria_status, pattern_status
from desk.case.policy import load_policy, read_policy_file, save_policy
from desk.case.retention import delete_customer_data
from desk.commands.base import Context, add_json_flag, format_table
from desk.commands.verifying import run_case_verify, run_verify
from desk.customers.lookup import resolve_customer
from desk.db.models import Approval, Case, Customer
from desk.errors import InputError


def default_actor() -> str:
    """Who is acting: ``$BREAKUP_DESK_ACTOR``, else the login name."""
    name = os.environ.get("BREAKUP_DESK_ACTOR")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "manager"


def _yes_no(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("yes", "y", "true"):
        return True
    if lowered in ("no", "n", "false"):
        return False
    raise argparse.ArgumentTypeError("answer yes or no")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("case", help="build a case against one customer")
    parser.add_argument(
        "--as", dest="actor", default=default_actor(), metavar="NAME", help="who is acting"
    )
    case = parser.add_subparsers(dest="case_command", metavar="ACTION", required=True)

    p = case.add_parser("open", help="open a draft case against a customer")
    p.add_argument("customer", metavar="CUSTOMER", help="id, email or name")
    p.set_defaults(func=run_open)

    p = case.add_parser("list", help="the cases, newest first")
    add_json_flag(p)
    p.set_defaults(func=run_list)

    p = case.add_parser("show", help="a case: state, criteria, pattern, evidence, warnings")
    p.add_argument("case", type=int, metavar="ID")
    add_json_flag(p)
    p.set_defaults(func=run_show)

    p = case.add_parser(
        "verify", help="check the case's evidence against what the audit log recorded"
    )
    p.add_argument("case", type=int, metavar="ID")
    add_json_flag(p)
    p.set_defaults(func=run_case_verify)

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

    p = case.add_parser("submit", help="send the case for review")
    p.add_argument("case", type=int, metavar="ID")
    p.add_argument(
        "--criteria", metavar="K,K", help="what the case claims (default: every backed one)"
    )
    p.set_defaults(func=run_submit)

    p = case.add_parser("withdraw", help="take the case back from review to change it")
    p.add_argument("case", type=int, metavar="ID")
    p.set_defaults(func=lambda a, c: _transition(a, c, cases.withdraw))

    for name, helptext in (("approve", "leadership approves"), ("decline", "leadership declines")):
        p = case.add_parser(name, help=helptext)
        p.add_argument("case", type=int, metavar="ID")
        p.add_argument("--by", required=True, metavar="NAME", help="the approver")
        p.add_argument("--title", required=True, help="the approver's title")
        p.add_argument("--date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
        p.add_argument(
            "--adjustments-considered",
            type=_yes_no,
            metavar="yes|no",
            help="were reasonable adjustments (disability, circumstances) considered?",
        )
        p.add_argument("--note", help="the adjustments considered, or the reason to decline")
        p.set_defaults(func=run_decide, decision=name)

    p = case.add_parser("close", help="close a case whose letter went out, or a declined one")
    p.add_argument("case", type=int, metavar="ID")
    p.add_argument("--note", default="")
    p.set_defaults(func=lambda a, c: _transition(a, c, cases.close, note=a.note))

    p = case.add_parser("reopen", help="reopen a closed or declined case")
    p.add_argument("case", type=int, metavar="ID")
    p.add_argument("--reason", required=True)
    p.set_defaults(func=lambda a, c: _transition(a, c, cases.reopen, reason=a.reason))

    p = case.add_parser("hold", help="legal hold: the customer's data cannot be deleted")
    p.add_argument("case", type=int, metavar="ID")
    p.add_argument("--off", action="store_true", help="lift the hold")
    p.add_argument("--reason", default="")
    p.set_defaults(func=run_hold)

    p = case.add_parser("brief", help="write the leadership brief (PDF)")
    p.add_argument("case", type=int, metavar="ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument(
        "--anonymise-agents", action="store_true", help='agent names as roles ("Agent 1")'
    )
    p.set_defaults(func=run_brief)

    audit = sub.add_parser("audit", help="the audit log")
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "verify",
        help="walk the hash chain, check it against this machine's checkpoints and every "
        "evidence item against its capture",
    )
    p.add_argument(
        "--head",
        metavar="HASH",
        help="also check that this head hash (printed on a brief) is in the chain",
    )
    add_json_flag(p)
    p.set_defaults(func=run_verify)
    p = actions.add_parser("log", help="the events of one case")
    p.add_argument("case", type=int, metavar="ID")
    add_json_flag(p)
    p.set_defaults(func=run_log)

    policy = sub.add_parser("policy", help="the policy: criteria, ladder, pattern rule, refund")
    actions = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    p = actions.add_parser("show", help="print the policy in force")
    add_json_flag(p)
    p.set_defaults(func=run_policy_show)
    p = actions.add_parser("load", help="store a policy file (TOML) for everyone on the database")
    p.add_argument("file", type=Path, metavar="FILE.toml")
    p.add_argument("--as", dest="actor", default=default_actor(), metavar="NAME")
    p.set_defaults(func=run_policy_load)

    purge = sub.add_parser("purge", help="delete a customer's imported data (not under hold)")
    purge.add_argument("customer", metavar="CUSTOMER")
    purge.add_argument("--yes", action="store_true", help="really delete")
    purge.add_argument("--as", dest="actor", default=default_actor(), metavar="NAME")
    purge.set_defaults(func=run_purge)


def _datetime(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


# -- handlers --------------------------------------------------------------------------------


def run_open(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        customer = resolve_customer(session, args.customer)
        case = cases.open_case(session, customer.id, args.actor)
        ctx.print(f"Opened case #{case.id} against {customer.display_name} (draft)")
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        rows = session.execute(
            select(Case, Customer.display_name)
            .join(Customer, Customer.id == Case.customer_id)
            .order_by(Case.id.desc())
        ).all()
        if args.json:
            ctx.print_json(
                [
                    {"id": c.id, "customer": name, "state": c.state.value, "opened": c.opened_at}
                    for c, name in rows
                ]
            )
            return 0
        if not rows:
            ctx.print("No cases yet: 'breakup-desk case open CUSTOMER' opens one.")
            return 0
        table = [
            (c.id, name, cases.state_label(c.state), f"{c.opened_at:%Y-%m-%d}", c.opened_by)
            for c, name in rows
        ]
        ctx.print(format_table(("case", "customer", "state", "opened", "by"), table))
    return 0


def case_summary(session: Session, case_id: int) -> dict[str, Any]:
    """Everything ``case show`` prints, as data."""
    case = cases.get_case(session, case_id)
    customer = session.get_one(Customer, case.customer_id)
    policy = load_policy(session)
    items = evidence.views(session, case_id)
    altered = integrity.altered_ids(integrity.verify_case(session, case_id))
    plain = [v.item for v in items]
    pattern = pattern_status(plain, policy)
    status = criteria_status(plain, policy, claimed_criteria(case))
    given = warnings.warnings_of(session, customer.id)
    approval = session.scalars(
        select(Approval).where(Approval.case_id == case_id).order_by(Approval.id.desc())
    ).first()
    return {
        "id": case.id,
        "customer": {
            "id": customer.id,
            "name": customer.display_name,
            "email": customer.primary_email,
        },
        "state": case.state.value,
        "version": case.version,
        "opened": case.opened_at,
        "opened_by": case.opened_by,
        "legal_hold": case.legal_hold,
        "reopen_reason": case.reopen_reason,
        "criteria": [
            {"key": s.key, "title": s.title, "evidence": s.evidence, "claimed": s.claimed}
            for s in status
        ],
        "pattern": {"met": pattern.met, "text": pattern.describe()},
        "evidence": [
            {
                "id": v.item.id,
                "version": v.version,
                "kind": v.item.kind.value,
                "criterion": v.item.criterion,
                "category": v.item.category,
                "time": v.item.message_time,
                "quote": v.item.quote,
                "note": v.item.note,
                # An altered item has no fingerprint to show: a fresh one would vouch for
                # the edit.
                "sha256": None if v.item.id in altered else v.digest,
                "altered": list(altered.get(v.item.id, ())),
            }
            for v in items
        ],
        "warnings": [
            {
                "step": w.ladder_step,
                "given_at": w.given_at,
                "channel": w.channel,
                "by": w.given_by,
                "text": w.text,
            }
            for w in given
        ],
        "approval": None
        if approval is None
        else {
            "decision": approval.decision,
            "by": approval.approver_name,
            "title": approval.approver_title,
            "on": approval.decided_on,
            "adjustments_considered": approval.adjustments_considered,
        },
    }


def run_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        data = case_summary(session, args.case)
    if args.json:
        ctx.print_json(data)
        return 0
    customer = data["customer"]
    hold = "  [legal hold: do not purge]" if data["legal_hold"] else ""
    ctx.print(
        f"Case #{data['id']}: {customer['name']} <{customer['email'] or '-'}>, "
        f"{data['state'].replace('_', ' ')}{hold}"
    )
    ctx.print(f"Opened {data['opened']:%d %b %Y} by {data['opened_by']}")
    ctx.print("\nCriteria")
    for c in data["criteria"]:
        mark = "x" if c["claimed"] else " "
        ctx.print(f"  [{mark}] {c['title']}: {c['evidence']} item(s)")
    ctx.print(f"\nPattern: {data['pattern']['text']}")
    ctx.print(f"\nEvidence ({len(data['evidence'])})")
    rows = [
        (
            e["id"],
            f"v{e['version']}",
            e["kind"],
            f"{e['time']:%Y-%m-%d}" if e["time"] else "",
            e["category"] or "",
            _short(e["quote"] or e["note"] or ""),
            f"ALTERED ({', '.join(e['altered'])})" if e["altered"] else e["sha256"][:12],
        )
        for e in data["evidence"]
    ]
    if rows:
        headers = ("id", "ver", "kind", "date", "category", "quote / note", "sha256")
        ctx.print(format_table(headers, rows))
    ctx.print(f"\nWarnings ({len(data['warnings'])})")
    for w in data["warnings"]:
        ctx.print(
            f"  step {w['step']}  {w['given_at']:%Y-%m-%d}  {w['channel']}  {w['by']}: {w['text']}"
        )
    if data["approval"]:
        a = data["approval"]
        ctx.print(f"\n{a['decision'].capitalize()} by {a['by']}, {a['title']}, on {a['on']}")
    return 0


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
            f"sha256 {evidence.evidence_digest(item)[:16]}…"
        )
    return 0


def run_correct(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        item = evidence.correct(
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
        item = evidence.remove(session, args.evidence, args.actor, args.reason)
        ctx.print(f"Evidence #{args.evidence} removed (recorded as #{item.id}); it stays readable")
    return 0


def run_warn(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        case = cases.get_case(session, args.case)
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


def run_submit(args: argparse.Namespace, ctx: Context) -> int:
    criteria = [c.strip() for c in args.criteria.split(",") if c.strip()] if args.criteria else None
    with ctx.session() as session:
        case = cases.submit(session, args.case, args.actor, criteria)
        claimed = ", ".join(claimed_criteria(case))
        ctx.print(f"Case #{case.id} is ready for review (claims: {claimed})")
    return 0


def _transition(args: argparse.Namespace, ctx: Context, action: Any, **kwargs: Any) -> int:
    with ctx.session() as session:
        case = action(session, args.case, args.actor, **kwargs)
        ctx.print(f"Case #{case.id} is {cases.state_label(case.state)}")
    return 0


def run_decide(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        if args.decision == "approve":
            case = cases.approve(
                session,
                args.case,
                args.actor,
                approver_name=args.by,
                approver_title=args.title,
                adjustments_considered=args.adjustments_considered,
                adjustments_note=args.note,
                decided_on=args.date,
            )
        else:
            case = cases.decline(
                session,
                args.case,
                args.actor,
                approver_name=args.by,
                approver_title=args.title,
                reason=args.note,
                adjustments_considered=args.adjustments_considered,
                decided_on=args.date,
            )
        ctx.print(f"Case #{case.id} is {cases.state_label(case.state)} by {args.by}, {args.title}")
    return 0


def run_hold(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        case = cases.set_legal_hold(session, args.case, not args.off, args.actor, args.reason)
        state = (
            "on legal hold: the customer's data cannot be deleted"
            if case.legal_hold
            else ("no longer on legal hold")
        )
        ctx.print(f"Case #{case.id} is {state}")
    return 0


def run_brief(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.brief.assemble import (
        write_brief,  # reportlab and matplotlib load only when needed
    )

    with ctx.session() as session:
        digest = write_brief(
            session,
            args.case,
            args.out,
            paper=args.paper,
            anonymise_agents=args.anonymise_agents,
        )
    ctx.print(f"Wrote the leadership brief of case #{args.case} to {args.out}, sha256 {digest}")
    return 0


def run_log(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        cases.get_case(session, args.case)
        events = case_events(session, args.case)
        if args.json:
            ctx.print_json(
                [
                    {
                        "id": e.id,
                        "at": e.at,
                        "actor": e.actor,
                        "action": e.action,
                        "detail": json.loads(e.detail),
                        "hash": e.hash,
                    }
                    for e in events
                ]
            )
            return 0
        rows = [(e.id, f"{e.at:%Y-%m-%d %H:%M:%S}", e.actor, e.action, e.hash[:12]) for e in events]
        ctx.print(format_table(("event", "at (UTC)", "actor", "action", "hash"), rows))
    return 0


def run_policy_show(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        policy = load_policy(session)
    if args.json:
        ctx.print_json(policy.to_dict())
        return 0
    ctx.print("Criteria")
    for c in policy.criteria:
        backing = ", ".join(c.categories) or "the pattern rule"
        ctx.print(f"  {c.key}: {c.title} (backed by {backing})")
    ctx.print("\nWarning ladder")
    for step in policy.ladder:
        ctx.print(f"  {step.step}. {step.title}: {step.action}")
    ctx.print(f"\nSkip the ladder for: {', '.join(policy.skip_ladder_categories) or 'nothing'}")
    ctx.print(
        f"Pattern: incidents on at least {policy.pattern.min_days} days in at least "
        f"{policy.pattern.min_conversations} conversations"
    )
    ctx.print(f"Refund: {policy.refund_months} months")
    return 0


def run_policy_load(args: argparse.Namespace, ctx: Context) -> int:
    policy = read_policy_file(args.file)
    with ctx.session() as session:
        save_policy(session, policy, args.actor)
        session.commit()
    ctx.print(f"Stored the policy from {args.file} for everyone on this database")
    return 0


def run_purge(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        customer = resolve_customer(session, args.customer)
        if not args.yes:
            raise InputError(
                f"this deletes {customer.display_name}'s conversations and messages; "
                "add --yes to do it"
            )
        report = delete_customer_data(session, customer.id, args.actor)
    ctx.print(
        f"Deleted {report.customer}'s data: {report.conversations:,} conversations, "
        f"{report.messages:,} messages, {report.flags:,} flags"
    )
    return 0
