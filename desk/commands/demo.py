"""``breakup-desk demo``: write the demo company's Zendesk export and import it."""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.abuse.scan import scan_messages
from desk.analytics.volume import Unit
from desk.commands.base import Context
from desk.commands.customers import print_top
from desk.commands.importing import print_summary
from desk.config import data_dir
from desk.demo.generator import write_demo_export
from desk.documents.company_profile import (
    CompanyProfile,
    Signatory,
    load_company,
    save_company,
    save_signatory,
)
from desk.ingest.loader import import_file

DEMO_COMPANY = CompanyProfile(
    name="Lumen Ledger",
    address="12 Harbour Street\nBristol BS1 4QA\nUnited Kingdom",
    data_export="open Settings › Data export and choose Download everything (CSV and PDF).",
)
DEMO_SIGNATORY = Signatory(name="Dana Whitfield", title="Chief Operating Officer")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "demo",
        help="write and import the demo data set",
        description="Write a realistic, seeded Zendesk export of a fictional SaaS company "
        "(with one planted abusive customer and a few angry-but-civil ones), import it, and "
        "print the top customers against the average.",
    )
    parser.add_argument("--customers", type=int, default=3000, help="default 3000")
    parser.add_argument(
        "--messages", type=int, help="total messages in the export (default: about 18 per customer)"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, help="where to write the export")
    parser.add_argument(
        "--no-import", action="store_true", help="only write the export file, do not import it"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    out = args.out or data_dir() / "demo" / f"lumen-ledger-zendesk-{args.customers}.ndjson"
    out.parent.mkdir(parents=True, exist_ok=True)
    progress = ctx.progress_bar(None, "messages")
    demo = write_demo_export(
        out, customers=args.customers, messages=args.messages, seed=args.seed, progress=progress
    )
    ctx.print(
        f"Wrote {demo.path} ({demo.messages:,} messages, {demo.conversations:,} conversations, "
        f"{demo.customers:,} customers)"
    )
    if args.no_import:
        return 0
    ctx.print(f"Importing into {ctx.engine.url.render_as_string()}")
    summary = import_file(ctx.engine, out, progress=ctx.progress_bar(None, "bytes"))
    print_summary(ctx, summary)
    scan = scan_messages(ctx.engine, batch_ids=[summary.batch_id])
    ctx.print(
        f"  read for abuse: {scan.flagged_messages:,} messages with suggested flags "
        f"({scan.seconds:.1f} s)"
    )
    ctx.print("")
    with ctx.session() as session:
        if not load_company(session).name:  # so letters work on the demo straight away
            save_company(session, DEMO_COMPANY)
            save_signatory(session, DEMO_SIGNATORY)
        print_top(ctx, session, 10, Unit.CUSTOMER_MESSAGES)
    return 0
