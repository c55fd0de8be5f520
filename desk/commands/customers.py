"""``breakup-desk customers --top N``: who writes to support most, against the average."""

from __future__ import annotations

import argparse
from typing import Any

from desk.analytics.volume import Period, Unit, baseline, top_customers
from desk.commands.base import Context, add_json_flag, format_table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("customers", help="rank customers by support volume")
    parser.add_argument("--top", type=int, default=10, metavar="N", help="how many (default 10)")
    parser.add_argument(
        "--unit",
        choices=[u.value for u in Unit],
        default=Unit.CUSTOMER_MESSAGES.value,
        help="what to count (default: messages written by the customer)",
    )
    add_json_flag(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        print_top(ctx, session, args.top, Unit(args.unit), as_json=args.json)
    return 0


def print_top(ctx: Context, session: Any, n: int, unit: Unit, *, as_json: bool = False) -> None:
    base = baseline(session, unit=unit, period=Period())
    ranked = top_customers(session, n=n, unit=unit, period=Period())
    if as_json:
        ctx.print_json(
            {
                "unit": unit.value,
                "customers_with_interactions": base.customers,
                "mean": base.mean,
                "median": base.median,
                "p95": base.p95,
                "top": [
                    {
                        "rank": r.rank,
                        "id": r.customer_id,
                        "name": r.name,
                        "email": r.email,
                        "count": r.count,
                        "ratio_to_mean": r.ratio_to_mean,
                    }
                    for r in ranked
                ],
            }
        )
        return
    if not ranked:
        ctx.print("No customers yet: import an export ('breakup-desk import FILE') or the demo.")
        return
    rows = [(r.rank, r.name, r.email or "", r.count, f"{r.ratio_to_mean:.0f}x") for r in ranked]
    ctx.print(
        format_table(("#", "customer", "email", unit.value.replace("_", " "), "vs mean"), rows)
    )
    ctx.print(
        f"\n{base.customers:,} customers with at least one interaction: "
        f"mean {base.mean:.1f}, median {base.median:.0f}, 95th percentile {base.p95:.0f}"
    )
