"""``breakup-desk scan [CUSTOMER]`` and ``breakup-desk flags CUSTOMER``: the abuse signals."""

from __future__ import annotations

import argparse

from desk.abuse import profanity
from desk.abuse.detector import Detector, DetectorOptions
from desk.abuse.flag_list import (
    CategoryPrecision,
    FlagRow,
    category_precision,
    customer_flags,
    precision_of,
)
from desk.abuse.rulepack import reload_packs
from desk.abuse.scan import ScanResult, scan_messages
from desk.commands.base import Context, add_json_flag, format_table
from desk.customers.lookup import resolve_customer
from desk.db.models import FlagStatus
from desk.errors import InputError

QUOTE_WIDTH = 60


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    scan = sub.add_parser(
        "scan",
        help="find abusive messages and store them as suggested flags",
        description="Run the abuse detector over the customers' own messages (all customers, "
        "or one) and store what it finds as suggested flags. Scanning again after a rule "
        "pack edit replaces the suggestions; flags a manager confirmed or dismissed stay.",
    )
    scan.add_argument("customer", nargs="?", metavar="CUSTOMER", help="id, email or name")
    scan.add_argument(
        "--profanity-check",
        action="store_true",
        help="also use alt-profanity-check on English messages (an optional extra)",
    )
    add_json_flag(scan)
    scan.set_defaults(func=run_scan)

    flags = sub.add_parser("flags", help="list a customer's flags with the words that fired")
    flags.add_argument("customer", metavar="CUSTOMER", help="id, email or name")
    flags.add_argument(
        "--status", choices=[s.value for s in FlagStatus], help="only flags in this state"
    )
    add_json_flag(flags)
    flags.set_defaults(func=run_flags)


def run_scan(args: argparse.Namespace, ctx: Context) -> int:
    if args.profanity_check and not profanity.available():
        raise InputError(
            "--profanity-check needs alt-profanity-check: pip install 'breakup-desk[signals]'"
        )
    customer_id = None
    name = "all customers"
    if args.customer:
        with ctx.session() as session:
            customer = resolve_customer(session, args.customer)
            customer_id, name = customer.id, customer.display_name or f"#{customer.id}"
    reload_packs()  # a scan reads the rule packs as they are now
    detector = Detector(DetectorOptions(profanity_check=args.profanity_check))
    progress = ctx.progress_bar(None, "messages")
    result = scan_messages(
        ctx.engine, customer_id=customer_id, detector=detector, progress=progress
    )
    if args.json:
        ctx.print_json(scan_json(result))
        return 0
    ctx.print(
        f"Scanned {result.messages:,} messages of {name} in {result.seconds:.1f} s "
        f"({result.rate:,.0f}/s): {result.flagged_messages:,} with signals."
    )
    ctx.print(
        f"Suggestions: {result.added:,} new, {result.updated:,} kept, {result.removed:,} gone; "
        f"{result.kept_decided:,} decided flags left as they were."
    )
    if result.by_category:
        ctx.print(format_table(("category", "suggested"), list(result.by_category.items())))
    return 0


def scan_json(result: ScanResult) -> dict[str, object]:
    return {
        "messages": result.messages,
        "flagged_messages": result.flagged_messages,
        "added": result.added,
        "updated": result.updated,
        "removed": result.removed,
        "kept_decided": result.kept_decided,
        "seconds": round(result.seconds, 3),
        "by_category": result.by_category,
    }


def run_flags(args: argparse.Namespace, ctx: Context) -> int:
    statuses = (FlagStatus(args.status),) if args.status else None
    with ctx.session() as session:
        customer = resolve_customer(session, args.customer)
        rows = customer_flags(session, customer.id, statuses=statuses)
        trust = category_precision(session)
    if args.json:
        ctx.print_json(
            [{**flag_json(r), **_precision_json(precision_of(trust, r.category))} for r in rows]
        )
        return 0
    if not rows:
        ctx.print("No flags: run 'breakup-desk scan' first, or nothing crossed the line.")
        return 0
    table = [
        (
            r.id,
            f"{r.written_at:%Y-%m-%d}",
            r.status.value,
            r.category,
            f"{r.score:.2f}",
            precision_of(trust, r.category).text,
            _quote(r),
        )
        for r in rows
    ]
    headers = ("flag", "date", "status", "category", "score", "company precision", "words")
    ctx.print(format_table(headers, table))
    abuse = sum(1 for r in rows if r.criterion is not None)
    ctx.print(f"\n{len(rows):,} flags, {abuse:,} of them abuse (the rest are soft signals).")
    return 0


def _precision_json(figure: CategoryPrecision) -> dict[str, object]:
    """The category's company-wide precision, for scripts (``null`` under the minimum)."""
    return {
        "category_confirmed": figure.confirmed,
        "category_dismissed": figure.dismissed,
        "category_precision": figure.precision,
    }


def _quote(row: FlagRow) -> str:
    text = f"…{row.before[-15:]}[{row.quote}]{row.after[:15]}…".replace("\n", " ")
    return text if len(text) <= QUOTE_WIDTH else text[: QUOTE_WIDTH - 1] + "…"


def flag_json(row: FlagRow) -> dict[str, object]:
    return {
        "id": row.id,
        "message_id": row.message_id,
        "written_at": row.written_at.isoformat(),
        "status": row.status.value,
        "category": row.category,
        "criterion": row.criterion,
        "rule_id": row.rule_id,
        "score": row.score,
        "language": row.language,
        "quote": row.quote,
        "before": row.before,
        "after": row.after,
    }
