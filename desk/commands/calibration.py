"""``breakup-desk calibration``: the team labels the same messages and sees how far it agrees.

``new`` picks the messages, ``label`` takes one person's labels (one message at a time at the
prompt, or a CSV file from ``sheet``), ``report`` prints (or writes as a PDF) the agreement and
where the team parts from the detector, ``list`` shows the sessions.
"""

from __future__ import annotations

import argparse
import csv
import getpass
import sys
from pathlib import Path
from typing import IO

from desk.abuse.calibration import (
    ABUSIVE,
    ANGRY,
    FINE,
    VERDICT_LABELS,
    ItemView,
    Label,
    check_label,
    list_sessions,
    session_items,
)
from desk.abuse.calibration_report import (
    CalibrationReport,
    ItemOutcome,
    build_report,
    kappa_text,
    percent,
)
from desk.abuse.categories import Category
from desk.case.calibration_writes import new_session_in, save_labels_in
from desk.commands.base import Context, add_json_flag, format_table
from desk.commands.terminal import clean
from desk.documents.calibration_pdf import write_report_pdf
from desk.errors import InputError

KEYS = {"1": FINE, "2": ANGRY, "3": ABUSIVE}
CATEGORIES = list(Category)
SHEET_COLUMNS = ("item", "label", "category", "message")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cal = sub.add_parser(
        "calibration",
        help="calibration sessions: does the team agree on what is abusive?",
        description="The team labels the same customer messages (fine, angry or abusive); the "
        "report gives the agreement (Fleiss' and Cohen's kappa), where the team parts from "
        "the detector, and the detector's precision and recall on the team's majority.",
    )
    verbs = cal.add_subparsers(dest="verb", required=True, metavar="VERB")
    new = verbs.add_parser("new", help="pick the messages of a new session")
    new.add_argument("--messages", type=int, default=30, help="how many (default 30)")
    new.add_argument("--seed", type=int, help="the same seed on the same data picks alike")
    new.add_argument("--by", default=None, help="who starts it (default: your login name)")
    new.set_defaults(func=run_new)
    label = verbs.add_parser("label", help="label a session's messages as one participant")
    label.add_argument("session", type=int, metavar="SESSION")
    label.add_argument("--as", dest="name", required=True, metavar="NAME", help="who labels")
    label.add_argument(
        "--from", dest="source", type=Path, metavar="FILE.csv", help="labels from a CSV file"
    )
    label.set_defaults(func=run_label)
    sheet = verbs.add_parser("sheet", help="write a CSV labelling sheet for 'label --from'")
    sheet.add_argument("session", type=int, metavar="SESSION")
    sheet.add_argument("out", type=Path, metavar="FILE.csv")
    sheet.set_defaults(func=run_sheet)
    report = verbs.add_parser("report", help="the agreement and the detector's figures")
    report.add_argument("session", type=int, metavar="SESSION")
    report.add_argument("--pdf", type=Path, metavar="OUT.pdf", help="also write it as a PDF")
    add_json_flag(report)
    report.set_defaults(func=run_report)
    listing = verbs.add_parser("list", help="the sessions, newest first")
    add_json_flag(listing)
    listing.set_defaults(func=run_list)


def run_new(args: argparse.Namespace, ctx: Context) -> int:
    actor = args.by or getpass.getuser()
    session_id = new_session_in(ctx.engine, args.messages, actor, args.seed)
    with ctx.session() as session:
        items = session_items(session, session_id)
    ctx.print(
        f"Calibration session #{session_id}: {len(items)} messages. Each participant runs "
        f"'breakup-desk calibration label {session_id} --as NAME'."
    )
    return 0


def run_label(args: argparse.Namespace, ctx: Context) -> int:
    if args.source is not None:
        labels = read_sheet(args.source)
        stored = save_labels_in(ctx.engine, args.session, args.name, labels)
        ctx.print(f"Stored {stored} labels by {args.name} in session #{args.session}.")
        return 0
    with ctx.session() as session:
        items = session_items(session, args.session, args.name)
    todo = [i for i in items if i.verdict is None]
    if not todo:
        ctx.print(f"{args.name} has labelled every message of session #{args.session}.")
        return 0
    done = 0
    for item in todo:
        label = _ask(item, len(items), sys.stdin, ctx)
        if label is None:
            break
        save_labels_in(ctx.engine, args.session, args.name, [label])
        done += 1
    ctx.print(f"Stored {done} labels; {len(todo) - done} left for {args.name}.")
    return 0


def _ask(item: ItemView, total: int, stdin: IO[str], ctx: Context) -> Label | None:
    """Prompt for one message's label; ``None`` when the participant stops (q or end of input)."""
    ctx.print(f"\n[{item.position}/{total}] {clean(item.text)}")
    while True:
        _prompt(ctx, "1 fine · 2 angry (not abusive) · 3 abusive · q stop > ")
        answer = stdin.readline()
        if not answer or answer.strip().lower() == "q":
            return None
        verdict = KEYS.get(answer.strip())
        if verdict is None:
            continue
        if verdict != ABUSIVE:
            return Label(item.position, verdict)
        for number, category in enumerate(CATEGORIES, start=1):
            ctx.print(f"  {number:>2} {category.label}")
        while True:
            _prompt(ctx, "category number > ")
            answer = stdin.readline()
            if not answer:
                return None
            if answer.strip().isdigit() and 1 <= int(answer) <= len(CATEGORIES):
                return Label(item.position, ABUSIVE, CATEGORIES[int(answer) - 1].value)


def _prompt(ctx: Context, text: str) -> None:
    ctx.out.write(text)
    ctx.out.flush()


def read_sheet(path: Path) -> list[Label]:
    """Labels from a CSV with ``item``, ``label`` and ``category`` columns (blank labels are
    skipped); a bad row is one line naming the file, the line and why."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            missing = {"item", "label"} - set(reader.fieldnames or ())
            if missing:
                raise InputError(f"{path}: line 1: no column {', '.join(sorted(missing))}")
            labels = []
            for row in reader:
                where = f"{path}: line {reader.line_num}"
                if not (row.get("label") or "").strip():
                    continue
                item = (row.get("item") or "").strip()
                if not item.isdigit():
                    raise InputError(f"{where}: item '{item}' is not a message number")
                label = check_label(row["label"], row.get("category"), where)
                labels.append(Label(int(item), label.verdict, label.category))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"{path}: not a UTF-8 CSV file ({exc})") from None
    return labels


def run_sheet(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        items = session_items(session, args.session)
    try:
        with args.out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(SHEET_COLUMNS)
            writer.writerows([i.position, "", "", i.text] for i in items)
    except OSError as exc:
        raise InputError(f"cannot write {args.out}: {exc.strerror}") from None
    ctx.print(
        f"Wrote {len(items)} messages to {args.out}: fill 'label' with fine, angry or abusive "
        "(and 'category' when abusive), then run 'calibration label --from'."
    )
    return 0


def run_report(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        report = build_report(session, args.session)
    if args.pdf is not None:
        write_report_pdf(ctx.engine, args.session, args.pdf, getpass.getuser())
    if args.json:
        ctx.print_json(report_json(report))
        return 0
    ctx.print(report_text(report))
    if args.pdf is not None:
        ctx.print(f"\nWrote {args.pdf}.")
    return 0


def report_text(report: CalibrationReport) -> str:
    people = ", ".join(report.participants) or "nobody yet"
    lines = [
        f"Session #{report.session.id}: {report.session.messages} messages, labelled by {people}.",
        f"Fleiss' kappa {kappa_text(report.fleiss)} ({report.fleiss_band}) over the "
        f"{report.complete_items} messages everyone labelled.",
    ]
    if report.pairs:
        rows = [
            (f"{p.first} · {p.second}", p.items, kappa_text(p.kappa), p.band) for p in report.pairs
        ]
        lines += ["", format_table(("pair", "messages", "Cohen's kappa", "agreement"), rows)]
    for title, items in (
        ("Abusive to the team, not flagged by the detector", report.missed),
        ("Flagged by the detector, not abusive to the team", report.over_flagged),
        ("The team is split", report.split),
    ):
        lines += ["", f"{title}: {len(items)}"]
        lines += [f"  [{i.position}] {i.votes_text}: {clean(i.text)[:70]}" for i in items]
    d = report.detector
    lines += [
        "",
        f"Detector: precision {percent(d.precision)}, recall {percent(d.recall)} "
        f"({d.tp} caught, {d.fp} flagged wrongly, {d.fn} missed).",
    ]
    if report.by_category:
        rows2 = [
            (c, percent(p.precision), percent(p.recall), p.tp, p.fp, p.fn)
            for c, p in report.by_category.items()
        ]
        headers = ("category", "precision", "recall", "caught", "wrong", "missed")
        lines += ["", format_table(headers, rows2)]
    return "\n".join(lines)


def report_json(report: CalibrationReport) -> dict[str, object]:
    def outcome(items: list[ItemOutcome]) -> list[int]:
        return [i.position for i in items]

    return {
        "session": report.session.id,
        "participants": list(report.participants),
        "fleiss_kappa": report.fleiss,
        "fleiss_band": report.fleiss_band,
        "pairs": [
            {"first": p.first, "second": p.second, "items": p.items, "kappa": p.kappa}
            for p in report.pairs
        ],
        "missed": outcome(report.missed),
        "over_flagged": outcome(report.over_flagged),
        "split": outcome(report.split),
        "precision": report.detector.precision,
        "recall": report.detector.recall,
        "by_category": {
            c: {"precision": p.precision, "recall": p.recall, "tp": p.tp, "fp": p.fp, "fn": p.fn}
            for c, p in report.by_category.items()
        },
        "verdicts": VERDICT_LABELS,
    }


def run_list(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        sessions = list_sessions(session)
    if args.json:
        ctx.print_json([vars(s) | {"participants": list(s.participants)} for s in sessions])
        return 0
    if not sessions:
        ctx.print("No calibration sessions yet: start one with 'breakup-desk calibration new'.")
        return 0
    rows = [
        (s.id, s.created_at, s.created_by, s.messages, ", ".join(s.participants) or "–")
        for s in sessions
    ]
    ctx.print(format_table(("session", "started", "by", "messages", "labelled by"), rows))
    return 0
