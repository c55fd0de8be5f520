"""``breakup-desk audit``, ``policy`` and ``purge``: the records behind every case.

Three top-level groups that act on the whole database rather than one case: the audit log
(checked and read), the policy in force (shown and stored) and a customer's imported data
(deleted). Registered right after ``cases`` so that ``--help`` lists them in the same place.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desk.case import case_access
from desk.case.audit import case_events
from desk.case.policy import load_policy, read_policy_file, save_policy
from desk.case.retention import delete_customer_data
from desk.commands.base import Context, add_json_flag, format_table
from desk.commands.cases import default_actor
from desk.commands.verifying import run_verify
from desk.customers.lookup import resolve_customer
from desk.errors import InputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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


# -- handlers --------------------------------------------------------------------------------


def run_log(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        case_access.get_case(session, args.case)
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
