"""``breakup-desk stats CUSTOMER`` and ``breakup-desk chart CUSTOMER``: the figures and charts
that show leadership one customer against the average customer."""

from __future__ import annotations

import argparse
import datetime as dt
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desk.analytics.cost import CostSettings
from desk.analytics.stats import CustomerStats, customer_stats
from desk.analytics.units import Period, Unit
from desk.charts.kinds import CHART_KINDS, DEFAULT_DPI, FORMATS
from desk.commands.base import Context, add_json_flag, format_table
from desk.customers.lookup import resolve_customer


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = sub.add_parser(
        "stats",
        help="one customer's volume, rank, timeline, handoffs and cost against the average",
        description="Print one customer's figures against the average customer: volume, rank, "
        "handoffs between agents, the cost in agent time, and after-hours contact.",
    )
    _common(stats)
    stats.add_argument(
        "--handle-minutes",
        type=float,
        default=CostSettings.handle_minutes,
        help="average agent handle time per customer message (default 6)",
    )
    stats.add_argument(
        "--hourly-cost",
        type=float,
        default=CostSettings.hourly_cost,
        help="cost of an agent hour (default 35)",
    )
    stats.add_argument("--currency", default=CostSettings.currency, help="default USD")
    add_json_flag(stats)
    stats.set_defaults(func=run_stats)

    chart = sub.add_parser(
        "chart",
        help="draw a chart of one customer against the average (PNG, SVG or PDF)",
        description="Draw one of the leadership charts for a customer.",
    )
    _common(chart)
    chart.add_argument("--kind", choices=CHART_KINDS, default="headline")
    chart.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help=f"where to write it; the suffix picks the format ({', '.join(FORMATS)})",
    )
    chart.add_argument("--dpi", type=int, default=DEFAULT_DPI, help="PNG resolution (default 200)")
    chart.add_argument("--top", type=int, default=20, help="customers on the 'top' chart")
    chart.set_defaults(func=run_chart)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("customer", metavar="CUSTOMER", help="an email, any identity, or #id")
    parser.add_argument(
        "--unit",
        choices=[u.value for u in Unit],
        default=Unit.CUSTOMER_MESSAGES.value,
        help="what to count (default: messages written by the customer)",
    )
    parser.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="from this day")
    parser.add_argument("--until", type=_date, metavar="YYYY-MM-DD", help="to this day, included")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2024-03-31") from exc


def period_of(args: argparse.Namespace) -> Period:
    start = dt.datetime.combine(args.since, dt.time()) if args.since else None
    end = dt.datetime.combine(args.until + dt.timedelta(days=1), dt.time()) if args.until else None
    return Period(start, end)


def run_stats(args: argparse.Namespace, ctx: Context) -> int:
    period = period_of(args)
    settings = CostSettings(args.handle_minutes, args.hourly_cost, args.currency)
    with ctx.session() as session:
        customer = resolve_customer(session, args.customer)
        stats = customer_stats(session, customer.id, period, settings, unit=Unit(args.unit))
    if args.json:
        ctx.print_json(stats_json(stats))
    else:
        ctx.print(stats_text(stats))
    return 0


def run_chart(args: argparse.Namespace, ctx: Context) -> int:
    from desk.charts.build import build_chart  # matplotlib loads only to draw
    from desk.charts.export import check_target, save_figure

    period = period_of(args)
    unit = Unit(args.unit)
    check_target(args.out, args.dpi)
    with ctx.session() as session:
        customer = resolve_customer(session, args.customer)
        figure = build_chart(
            session, args.kind, customer.id, customer.display_name, unit, period, args.top
        )
    save_figure(figure, args.out, args.dpi)
    ctx.print(f"Wrote the {args.kind} chart of {customer.display_name} to {args.out}")
    return 0


def stats_json(stats: CustomerStats) -> dict[str, Any]:
    from desk.charts.headline import headline_text

    data = asdict(stats)
    data["headline"] = headline_text(stats.volume)
    data["patterns"]["after_hours_share"] = stats.patterns.after_hours_share
    data["patterns"]["weekend_share"] = stats.patterns.weekend_share
    return data


def stats_text(stats: CustomerStats) -> str:
    from desk.charts.build import period_label
    from desk.charts.headline import headline_text
    from desk.charts.style import fmt_ratio, ordinal

    v, b = stats.volume, stats.volume.baseline
    h, c, p = stats.handoffs, stats.cost, stats.patterns
    rank = f"{ordinal(v.rank)} of {v.of:,}" if v.rank is not None else f"none of {v.of:,}"
    lines = [
        f"{stats.name} (#{stats.customer_id}{', ' + stats.email if stats.email else ''})"
        f" — {v.unit.label}, {period_label(stats.period)}",
        "",
        f"  {headline_text(v)} the average customer",
        "",
        format_table(
            ("figure", "this customer", "average customer"),
            [
                (v.unit.label, v.count, _n(b.mean)),
                (
                    "median / 95th / 99th percentile",
                    "",
                    f"{_n(b.median)} / {_n(b.p95)} / {_n(b.p99)}",
                ),
                (
                    "ratio to the mean / median",
                    f"{fmt_ratio(v.ratio_to_mean)} / {fmt_ratio(v.ratio_to_median)}",
                    "",
                ),
                ("rank", rank, ""),
                ("percentile", f"{v.percentile:.2f}", ""),
                ("share of all volume", f"{v.share:.2%}", ""),
                ("different agents", h.distinct_agents, _n(h.average_distinct_agents)),
                (
                    "agents per conversation",
                    _n(h.customer.agents_per_conversation),
                    _n(h.average.agents_per_conversation),
                ),
                (
                    "agent changes per conversation",
                    _n(h.customer.changes_per_conversation),
                    _n(h.average.changes_per_conversation),
                ),
                ("agent changes in total", h.customer.agent_changes, ""),
            ],
        ),
        "",
        f"  Cost: {c.agent_hours:,.1f} agent hours ({c.messages:,} messages × handle time) = "
        f"{c.cost:,.2f} {c.currency}; {c.share_of_team_time:.2%} of the team's time",
        f"        {c.cost_per_month:,.2f} {c.currency} a month over {c.months} active months"
        + _revenue(stats),
        f"  Contact: {p.after_hours:,} after hours ({p.after_hours_share:.0%}), {p.weekend:,} at "
        f"weekends ({p.weekend_share:.0%}) of {p.messages:,} messages",
        f"  {p.reopened_conversations:,} conversations reopened ({p.reopens:,} times); "
        f"{p.bursts:,} bursts of messages with no answer between, the longest {p.longest_burst}",
    ]
    incidents = stats.timeline.incidents
    if incidents:
        lines.append(
            f"  {len(incidents)} confirmed incidents, {incidents[0].at:%Y-%m-%d} to "
            f"{incidents[-1].at:%Y-%m-%d}"
        )
    return "\n".join(lines)


def _revenue(stats: CustomerStats) -> str:
    c = stats.cost
    if c.monthly_revenue is None:
        return "; no revenue recorded for this customer"
    text = f", against {c.monthly_revenue:,.2f} {c.revenue_currency} revenue a month"
    if c.cost_to_revenue is not None:
        text += f" ({c.cost_to_revenue:.0%} of it)"
    return text


def _n(value: float) -> str:
    from desk.charts.style import fmt_number

    return fmt_number(round(value, 1))
