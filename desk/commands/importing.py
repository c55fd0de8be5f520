"""``breakup-desk import FILE…``: read helpdesk exports into the database.

Any CSV is read through a column mapping: the saved profile whose columns the file has, else
the guess from its header; ``--map FIELD=COLUMN`` corrects or completes it, ``--profile NAME``
names a saved one, and ``--save-profile NAME`` keeps the mapping used for the next export of
the same kind. ``breakup-desk csv-profiles`` lists, shows and deletes the saved ones.

Each file's new messages are then read for abuse, as the import dialog does (``--no-scan``
skips it). The import is committed before the scan starts, so a scan that fails does not undo
it: the command says so on stderr, tells how to run the scan again, and still exits 0, since
what was asked (the import) was done. ``breakup-desk scan`` reads every message again and
changes only suggestions, so running it after such a failure is always safe.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from desk.abuse.detector import Detector
from desk.abuse.rulepack import reload_packs
from desk.abuse.scan import ScanResult, scan_messages
from desk.commands.base import Context, add_json_flag, format_table
from desk.config import csv_profiles_dir
from desk.errors import DeskError, InputError
from desk.ingest.formats.csv_mapping import COLUMN_FIELDS, LABELS, ColumnMapping, ProfileStore
from desk.ingest.formats.generic_csv import GenericCsv, resolve_mapping
from desk.ingest.loader import ImportSummary, import_file
from desk.ingest.records import ReadStats
from desk.ingest.registry import detect, format_names, get_format
from desk.ingest.streams.csv_rows import CsvFile
from desk.ingest.text.reasons import readable

SHOWN_REJECTIONS = 20
MAX_ERROR = 500  # characters of an error that quotes the file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import",
        help="import helpdesk export files",
        description="Import helpdesk exports. The format is recognised from the content; "
        "--format overrides it. Importing the same file again changes nothing.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--format", choices=format_names(), help="the export format")
    parser.add_argument(
        "--no-scan",
        action="store_true",
        help="do not read the new messages for abuse (run `breakup-desk scan` later)",
    )
    csv_options = parser.add_argument_group(
        "any CSV", "which column holds which field, for a CSV no helpdesk format matches"
    )
    csv_options.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"map a column to a field ({', '.join(MAP_KEYS)}); repeat for each",
    )
    csv_options.add_argument("--profile", metavar="NAME", help="use a saved column mapping")
    csv_options.add_argument(
        "--save-profile", metavar="NAME", help="save the mapping used under this name"
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)

    profiles = sub.add_parser(
        "csv-profiles",
        help="list, show or delete saved CSV column mappings",
        description="Column mappings saved with `import --save-profile`, kept as TOML files "
        f"in {csv_profiles_dir()}.",
    )
    profiles.add_argument("action", nargs="?", choices=("list", "show", "delete"), default="list")
    profiles.add_argument("name", nargs="?", metavar="NAME")
    profiles.set_defaults(func=run_profiles)


# --map keys: the column fields, and the two settings a mapping carries besides columns.
MAP_KEYS = (*COLUMN_FIELDS, "customer_values", "time_format", "delimiter")


def run(args: argparse.Namespace, ctx: Context) -> int:
    mapping_asked = bool(args.map or args.profile or args.save_profile)
    format_name = args.format or ("csv" if mapping_asked else None)
    results: list[dict[str, Any]] = []
    scanner = _Scanner(ctx)
    for path in args.files:
        fmt = get_format(format_name) if format_name else detect(path)
        if not args.json:
            how = "as asked" if format_name else "detected"
            ctx.print(f"{path}: {fmt.label} ({how})")
        options: dict[str, Any] = {}
        if fmt is GenericCsv:
            options = csv_options(path, args)
            if not args.json:
                ctx.print(f"  columns: {describe(options['mapping'])}")
        progress = ctx.progress_bar(None, "bytes")
        try:
            summary = import_file(
                ctx.engine, path, format_name=fmt.name, options=options, progress=progress
            )
        except DeskError as exc:  # its words may quote the file: binary, control characters
            shown = readable(str(exc), MAX_ERROR)
            if shown != str(exc):
                raise InputError(shown) from exc
            raise
        if args.save_profile:
            named = dataclasses.replace(options["mapping"], name=args.save_profile)
            saved = ProfileStore(csv_profiles_dir()).save(named)
            if not args.json:
                ctx.print(f"  saved the column mapping as {args.save_profile!r} ({saved})")
        if not args.json:
            print_summary(ctx, summary)
        scan = None if args.no_scan else scanner.scan(summary, quiet=args.json)
        if args.json:
            results.append(summary_json(summary) | {"scan": scan_summary(scan)})
    if args.json:
        ctx.print_json(results)
    return 0


class _Scanner:
    """Reads each import's new messages for abuse with one detector, read from the rule packs
    once; a failure is reported on stderr and never undoes the import (see the module's
    docstring)."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._detector: Detector | None = None

    def scan(self, summary: ImportSummary, *, quiet: bool) -> ScanResult | None:
        """The scan of ``summary``'s new messages; None when there were none or it failed."""
        if summary.messages_new == 0:
            return None
        ctx = self._ctx
        try:
            if self._detector is None:
                reload_packs()  # the rule packs as they are now: a manager may have edited them
                self._detector = Detector()
            progress = ctx.progress_bar(None, "messages")
            result = scan_messages(
                ctx.engine, batch_ids=[summary.batch_id], detector=self._detector, progress=progress
            )
        except KeyboardInterrupt:
            self._warn(summary, "it was interrupted")
            raise
        except Exception as exc:  # whatever it was, the import is committed and stays
            reason = str(exc) if isinstance(exc, DeskError) else f"{type(exc).__name__}: {exc}"
            self._warn(summary, readable(reason.splitlines()[0] if reason else "", 200))
            return None
        if not quiet:
            line = (
                f"  read {result.messages:,} new messages from customers for abuse: "
                f"{result.added:,} suggestions"
            )
            if result.added:
                line += f" in {result.flagged_messages:,} messages"
                line += " (see `breakup-desk flags CUSTOMER`)"
            ctx.print(line)
        return result

    def _warn(self, summary: ImportSummary, reason: str) -> None:
        print(
            f"breakup-desk: warning: {summary.path} was imported, but reading its new messages "
            f"for abuse failed ({reason}); run `breakup-desk scan` to read them",
            file=self._ctx.err,
        )


def scan_summary(scan: ScanResult | None) -> dict[str, Any] | None:
    if scan is None:
        return None
    return {
        "messages": scan.messages,
        "flagged_messages": scan.flagged_messages,
        "suggestions": scan.added,
        "seconds": round(scan.seconds, 3),
    }


def csv_options(path: Path, args: argparse.Namespace) -> dict[str, Any]:
    """The import options for a CSV: the mapping (profile or guess, then ``--map``) and folder."""
    folder = csv_profiles_dir()
    given = parse_map(args.map)
    delimiter = given.get("delimiter")
    with CsvFile(path, ReadStats(), delimiter=delimiter) as table:
        headers = list(table.header)
    base = resolve_mapping({"profile": args.profile, "profiles_dir": str(folder)}, headers)
    if given:
        values = {k: v for k, v in (base.to_dict() | given).items() if v is not None}
        values.pop("name", None)
        base = ColumnMapping.from_dict(values)
    return {"mapping": base, "profiles_dir": str(folder)}


def parse_map(items: list[str]) -> dict[str, Any]:
    """``FIELD=COLUMN`` pairs as a mapping's values (an empty COLUMN unmaps the field: None)."""
    values: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip().replace("-", "_")
        if not sep or key not in MAP_KEYS:
            raise InputError(
                f"--map {item!r}: expected FIELD=COLUMN with FIELD one of {', '.join(MAP_KEYS)}"
            )
        if key == "customer_values":
            values[key] = [v.strip() for v in value.split(",") if v.strip()]
        else:
            values[key] = value or None
    return values


def describe(mapping: ColumnMapping) -> str:
    where = ", ".join(f"{LABELS[f]} ← {c!r}" for f, c in mapping.columns().items())
    return (f"profile {mapping.name!r}: " if mapping.name else "") + (where or "none")


def run_profiles(args: argparse.Namespace, ctx: Context) -> int:
    store = ProfileStore(csv_profiles_dir())
    if args.action == "list":
        names = store.names()
        if not names:
            ctx.print(
                "No saved CSV profiles. Save one with: import FILE --map … --save-profile NAME"
            )
        rows = [(n, describe(store.load(n)).partition(": ")[2]) for n in names]
        if rows:
            ctx.print(format_table(("profile", "columns"), rows))
        return 0
    if not args.name:
        raise InputError(f"csv-profiles {args.action}: name the profile")
    if args.action == "show":
        ctx.print(store.load(args.name).to_toml().rstrip())
    else:
        store.load(args.name)  # a clear error when there is none
        store.delete(args.name)
        ctx.print(f"deleted the CSV profile {args.name!r}")
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
