"""``breakup-desk identities …``: merge two customers into one person, undo it, list identities.

``identities merge KEEP OTHER --reason …``, ``identities unmerge MERGE_ID``,
``identities list CUSTOMER [--json]`` and ``identities company-domains [DOMAIN …]`` (the
company's own mail domains, which tell agents from customers in email archives).
"""

from __future__ import annotations

import argparse
import getpass
import json

from desk.commands.base import Context, add_json_flag, format_table
from desk.customers.lookup import resolve_customer
from desk.customers.merging import identities_of, merge_customers, merges_of, undo_merge
from desk.db.models import Setting

COMPANY_DOMAINS = "company_domains"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "identities",
        help="merge customers who are one person, undo merges, list identities",
        description="A customer may write under several emails or helpdesk ids. Merge two "
        "customers into one person (recorded, undoable), undo a merge, or list identities.",
    )
    commands = parser.add_subparsers(dest="identities_command", metavar="SUBCOMMAND")
    commands.required = True

    merge = commands.add_parser("merge", help="merge OTHER into KEEP (one person)")
    merge.add_argument("keep", metavar="KEEP", help="the customer kept (#id, email or name)")
    merge.add_argument("other", metavar="OTHER", help="the customer merged into KEEP")
    merge.add_argument("--reason", required=True, help="why they are one person (recorded)")
    merge.add_argument("--by", default=None, help="who merges (default: your user name)")
    add_json_flag(merge)
    merge.set_defaults(func=run_merge)

    unmerge = commands.add_parser("unmerge", help="undo a merge by its number")
    unmerge.add_argument("merge_id", metavar="MERGE_ID", type=int)
    unmerge.add_argument("--by", default=None, help="who undoes it (default: your user name)")
    add_json_flag(unmerge)
    unmerge.set_defaults(func=run_unmerge)

    listing = commands.add_parser("list", help="a customer's identities and merges")
    listing.add_argument("customer", metavar="CUSTOMER", help="#id, email, handle or name")
    add_json_flag(listing)
    listing.set_defaults(func=run_list)

    domains = commands.add_parser(
        "company-domains",
        help="show or set the company's own mail domains (for email archives)",
        description="Email archives tell agents from customers by the company's domains. "
        "Without them the importer infers the domain; set them to be sure.",
    )
    domains.add_argument("domains", nargs="*", metavar="DOMAIN", help="e.g. example.com")
    domains.add_argument("--clear", action="store_true", help="forget the domains (infer)")
    domains.set_defaults(func=run_domains)


def _actor(args: argparse.Namespace) -> str:
    return str(args.by or getpass.getuser())


def run_merge(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        keep = resolve_customer(session, args.keep)
        other = resolve_customer(session, args.other)
        record = merge_customers(session, keep.id, other.id, _actor(args), args.reason)
        moved = json.loads(record.identity_ids)
        session.commit()
        if args.json:
            ctx.print_json({"merge_id": record.id, "kept": keep.id, "merged": other.id, **moved})
            return 0
        ctx.print(
            f"merge #{record.id}: customer #{other.id} ({other.display_name}) is now part of "
            f"#{keep.id} ({keep.display_name}): {len(moved['identities'])} identities, "
            f"{len(moved['conversations'])} conversations, {len(moved['messages'])} messages "
            f"moved. Undo with: breakup-desk identities unmerge {record.id}"
        )
    return 0


def run_unmerge(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        record = undo_merge(session, args.merge_id, _actor(args))
        session.commit()
        if args.json:
            ctx.print_json(
                {"merge_id": record.id, "kept": record.kept_id, "restored": record.merged_id}
            )
        else:
            ctx.print(
                f"merge #{record.id} undone: customer #{record.merged_id} is separate from "
                f"#{record.kept_id} again"
            )
    return 0


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        customer = resolve_customer(session, args.customer)
        rows = identities_of(session, customer.id)
        merges = merges_of(session, customer.id)
        if args.json:
            ctx.print_json(
                {
                    "customer": {"id": customer.id, "name": customer.display_name},
                    "identities": [
                        {"id": r.id, "source": r.source, "kind": r.kind, "value": r.value}
                        for r in rows
                    ],
                    "merges": [
                        {
                            "id": m.id,
                            "kept": m.kept_id,
                            "merged": m.merged_id,
                            "reason": m.reason,
                            "by": m.merged_by,
                            "at": m.merged_at,
                            "undone_at": m.undone_at,
                        }
                        for m in merges
                    ],
                }
            )
            return 0
        ctx.print(f"customer #{customer.id}: {customer.display_name}")
        ctx.print(
            format_table(("source", "kind", "value"), [(r.source, r.kind, r.value) for r in rows])
        )
        if merges:
            ctx.print("")
            ctx.print(
                format_table(
                    ("merge", "kept", "merged", "by", "reason", "undone"),
                    [
                        (
                            m.id,
                            f"#{m.kept_id}",
                            f"#{m.merged_id}",
                            m.merged_by,
                            m.reason,
                            f"{m.undone_at:%Y-%m-%d}" if m.undone_at else "",
                        )
                        for m in merges
                    ],
                )
            )
    return 0


def run_domains(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        setting = session.get(Setting, COMPANY_DOMAINS)
        if args.clear:
            if setting is not None:
                session.delete(setting)
            session.commit()
            ctx.print("company domains cleared: email imports will infer them")
            return 0
        if args.domains:
            value = json.dumps(sorted({d.strip().lower().lstrip("@") for d in args.domains}))
            if setting is None:
                session.add(Setting(key=COMPANY_DOMAINS, value=value))
            else:
                setting.value = value
            session.commit()
            setting = session.get(Setting, COMPANY_DOMAINS)
        current = json.loads(setting.value) if setting is not None else []
        ctx.print(
            "company domains: " + ", ".join(current)
            if current
            else "company domains: not set (email imports infer them)"
        )
    return 0
