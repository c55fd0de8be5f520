"""``breakup-desk case``: build a case without a window.

This module owns the ``case`` group and the case's life: open, list, show, verify, submit,
withdraw, decide, close, reopen, hold. The group's other actions register from their own
modules, in the order ``--help`` lists them: evidence and warnings (``case_evidence.py``) and
the brief (``case_brief.py``). ``audit``, ``policy`` and ``purge`` live in ``governance.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.case import case_access, cases, evidence_items, integrity
from desk.case import ladder as warnings
from desk.case.criteria import claimed_criteria, criteria_status, pattern_status
from desk.case.policy import load_policy
from desk.commands import case_brief, case_calls, case_evidence
from desk.commands.base import Context, add_json_flag, format_table
from desk.commands.verifying import run_case_verify
from desk.customers.lookup import resolve_customer
from desk.db.models import Approval, Case, Customer


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

    case_evidence.register_actions(case)

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

    case_brief.register_action(case)
    case_calls.register_actions(case)


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
            (c.id, name, case_access.state_label(c.state), f"{c.opened_at:%Y-%m-%d}", c.opened_by)
            for c, name in rows
        ]
        ctx.print(format_table(("case", "customer", "state", "opened", "by"), table))
    return 0


def case_summary(session: Session, case_id: int) -> dict[str, Any]:
    """Everything ``case show`` prints, as data."""
    case = case_access.get_case(session, case_id)
    customer = session.get_one(Customer, case.customer_id)
    policy = load_policy(session)
    items = evidence_items.views(session, case_id)
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
        data.update(case_calls.case_extras(session, args.case))
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
    case_calls.print_extras(ctx, data)
    return 0


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        ctx.print(f"Case #{case.id} is {case_access.state_label(case.state)}")
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
        ctx.print(
            f"Case #{case.id} is {case_access.state_label(case.state)} by {args.by}, {args.title}"
        )
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
