"""``breakup-desk case brief``: write a case's leadership brief as a PDF.

Apart from ``cases.py`` because the brief is a document (``desk.documents``), not a step in
the case's life, and it changes with the document's layout and options.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desk.commands.base import Context

LANGUAGES = ("en", "es", "ru", "zh", "sv")  # desk.charts.words LANGUAGES, without matplotlib


def register_action(case: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``brief`` to the ``case`` group's subparsers."""
    p = case.add_parser("brief", help="write the leadership brief (PDF)")
    p.add_argument("case", type=int, metavar="ID")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4")
    p.add_argument(
        "--anonymise-agents", action="store_true", help='agent names as roles ("Agent 1")'
    )
    p.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="the brief's language (default: the app's language setting, else English)",
    )
    p.set_defaults(func=run_brief)


def run_brief(args: argparse.Namespace, ctx: Context) -> int:
    # reportlab and matplotlib load only when needed
    from desk.documents.brief.assemble import write_brief
    from desk.documents.brief.language import app_language

    with ctx.session() as session:
        digest = write_brief(
            session,
            args.case,
            args.out,
            paper=args.paper,
            anonymise_agents=args.anonymise_agents,
            lang=args.lang or app_language(),
        )
    ctx.print(f"Wrote the leadership brief of case #{args.case} to {args.out}, sha256 {digest}")
    return 0
