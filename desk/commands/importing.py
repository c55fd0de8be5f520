"""``breakup-desk import FILE…``: read helpdesk exports into the database."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desk.commands.base import Context, add_json_flag
from desk.ingest.loader import ImportSummary, import_file
from desk.ingest.registry import detect, format_names, get_format

SHOWN_REJECTIONS = 20


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import",
        help="import helpdesk export files",
        description="Import helpdesk exports. The format is recognised from the content; "
        "--format overrides it. Importing the same file again changes nothing.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--format", choices=format_names(), help="the export format")
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    results: list[dict[str, Any]] = []
    for path in args.files:
        fmt = get_format(args.format) if args.format else detect(path)
        if not args.json:
            how = "as asked" if args.format else "detected"
            ctx.print(f"{path}: {fmt.label} ({how})")
        progress = ctx.progress_bar(None, "bytes")
        summary = import_file(ctx.engine, path, format_name=fmt.name, progress=progress)
        if args.json:
            results.append(summary_json(summary))
        else:
            print_summary(ctx, summary)
    if args.json:
        ctx.print_json(results)
    return 0


def print_summary(ctx: Context, s: ImportSummary) -> None:
    if s.previously_imported is not None:
        ctx.print(f"  this file was imported before, on {s.previously_imported:%Y-%m-%d %H:%M}")
    ctx.print(
        f"  {s.messages_new:,} new messages ({s.messages_seen:,} read), "
        f"{s.conversations_new:,} new conversations, {s.customers_new:,} new customers"
        + (f", {s.customers_merged:,} merged" if s.customers_merged else "")
    )
    ctx.print(f"  {s.seconds:.1f} s, {s.messages_per_second:,.0f} messages/s")
    if s.rejected:
        ctx.print(f"  {s.rejected:,} records rejected:")
        for rejection in s.rejections[:SHOWN_REJECTIONS]:
            ctx.print(f"    {s.path}: {rejection.where()}: {rejection.reason}")
        if s.rejected > SHOWN_REJECTIONS:
            ctx.print(
                f"    … and {s.rejected - SHOWN_REJECTIONS:,} more (import batch {s.batch_id})"
            )


def summary_json(s: ImportSummary) -> dict[str, Any]:
    return {
        "batch_id": s.batch_id,
        "file": str(s.path),
        "format": s.format_name,
        "encoding": s.encoding,
        "sha256": s.sha256,
        "messages_read": s.messages_seen,
        "messages_new": s.messages_new,
        "conversations_new": s.conversations_new,
        "customers_new": s.customers_new,
        "customers_merged": s.customers_merged,
        "rejected": s.rejected,
        "rejections": [
            {"line": r.line, "record": r.record, "reason": r.reason} for r in s.rejections
        ],
        "seconds": round(s.seconds, 3),
    }
