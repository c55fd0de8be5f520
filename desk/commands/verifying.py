"""``audit verify`` and ``case verify``: is the record still what was written?

Three checks, each catching what the others cannot: the hash chain (an event edited, inserted
or deleted in the middle), this machine's checkpoints of the chain head (the last events
deleted, or the whole log rewritten with recomputed hashes) and every evidence item against
the digests its capture event recorded (a quote, a message copy or an attachment edited in
the database). Exit codes: 3 when the log is broken or cut, 4 when ``--head`` is not in it,
1 when only evidence was altered, 0 when everything holds.
"""

from __future__ import annotations

import argparse

from desk.case import integrity
from desk.case.audit import ChainReport, has_event, verify_chain
from desk.case.case_access import get_case
from desk.case.checkpoints import CheckpointReport, verify_checkpoints
from desk.commands.base import Context

LOG_BROKEN = 3
HEAD_MISSING = 4
EVIDENCE_ALTERED = 1


def _print_chain(ctx: Context, report: ChainReport) -> None:
    if report.ok:
        ctx.print(f"The audit log is intact: {report.events:,} events, head {report.head}")
    else:
        ctx.print(f"The audit log is BROKEN: {report.reason}")
        ctx.print(f"{report.events - 1:,} events verified before it; last good hash {report.head}")


def _print_checkpoints(ctx: Context, report: CheckpointReport) -> None:
    if not report.checked:
        ctx.print(
            "No checkpoints of this database on this machine: whether its last events were "
            "deleted cannot be told here"
        )
    elif report.ok:
        ctx.print(f"The log still holds all {report.checked:,} checkpoints made on this machine")
    for problem in report.problems:
        ctx.print(f"The audit log was CUT: {problem}")


def _print_evidence(ctx: Context, altered: list[integrity.Alteration]) -> None:
    if not altered:
        ctx.print("Every evidence item matches what its audit event recorded at capture")
    for alteration in altered:
        ctx.print(f"Evidence ALTERED: {alteration.describe()}")


def _alterations_json(altered: list[integrity.Alteration]) -> list[dict[str, object]]:
    return [
        {
            "case": a.case_id,
            "evidence": a.evidence_id,
            "changed": list(a.parts),
            "capture_event": a.event_id,
            "text": a.describe(),
        }
        for a in altered
    ]


def run_verify(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        report = verify_chain(session)
        cut = verify_checkpoints(session)
        altered = integrity.verify_all(session)
        found = None if args.head is None else has_event(session, args.head.strip().lower())
    if args.json:
        ctx.print_json(
            {
                "ok": report.ok and cut.ok and not altered and found is not False,
                "events": report.events,
                "head": report.head,
                "broken_at": report.broken_at,
                "reason": report.reason,
                "checkpoints": cut.checked,
                "checkpoint_problems": cut.problems,
                "altered_evidence": _alterations_json(altered),
                "head_found": found,
            }
        )
    else:
        _print_chain(ctx, report)
        _print_checkpoints(ctx, cut)
        _print_evidence(ctx, altered)
    if found is not None and not args.json:
        ctx.print(
            f"The hash {args.head} is in the chain: the log holds everything up to that brief"
            if found
            else f"The hash {args.head} is NOT in the chain: the log was cut or replaced"
        )
    if not report.ok or not cut.ok:
        return LOG_BROKEN
    if found is False:
        return HEAD_MISSING
    return EVIDENCE_ALTERED if altered else 0


def run_case_verify(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        get_case(session, args.case)
        altered = integrity.verify_case(session, args.case)
        report = verify_chain(session)
    if args.json:
        ctx.print_json(
            {
                "ok": report.ok and not altered,
                "case": args.case,
                "log_intact": report.ok,
                "altered_evidence": _alterations_json(altered),
            }
        )
    else:
        if not report.ok:  # the records compared with are themselves in doubt
            _print_chain(ctx, report)
        if altered:
            _print_evidence(ctx, altered)
        else:
            ctx.print(
                f"Case #{args.case}: every evidence item matches what its audit event recorded "
                "at capture"
            )
    if not report.ok:
        return LOG_BROKEN
    return EVIDENCE_ALTERED if altered else 0
