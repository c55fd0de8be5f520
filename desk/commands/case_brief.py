"""``breakup-desk case brief``: write a case's leadership brief as a PDF.

Apart from ``cases.py`` because the brief is a document (``desk.documents``), not a step in
the case's life, and it changes with the document's layout and options.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.commands.base import Context


def register_action(case: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``brief`` to the ``case`` group's subparsers."""
    p = case.add_parser("brief", help="write the leadership brief (PDF)")
    p.add_argument("case", type=int, metavar="ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument(
        "--anonymise-agents", action="store_true", help='agent names as roles ("Agent 1")'
    )
    p.set_defaults(func=run_brief)


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
