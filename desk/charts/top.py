"""The top customers by volume, the chosen one highlighted."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.figure import Figure

from desk.analytics.units import Unit
from desk.analytics.volume import RankedCustomer
from desk.charts.style import (
    CUSTOMER,
    FAMILY,
    OTHERS,
    TEXT,
    content_top,
    fmt_number,
    new_figure,
    ordinal,
    plain_axes,
    title_block,
)


def top_chart(
    ranked: Sequence[RankedCustomer],
    unit: Unit,
    mean: float,
    highlight_id: int | None = None,
    customers: int = 0,
) -> Figure:
    """``ranked`` from ``top_customers``; ``mean`` and ``customers`` from the baseline."""
    figure = new_figure((10.0, 7.5) if len(ranked) > 12 else (10.0, 5.625))
    chosen = next((r for r in ranked if r.customer_id == highlight_id), None)
    title = f"The {len(ranked)} customers with the most {unit.label}"
    if chosen is not None:
        title = (
            f"{chosen.name} is {ordinal(chosen.rank)} of {customers or len(ranked):,} "
            f"customers by {unit.label}"
        )
    title_block(
        figure,
        title,
        f"The top {len(ranked)}; the average customer: {fmt_number(mean)}",
    )
    bottom = 0.75 / figure.get_figheight()
    axes = figure.add_axes((0.30, bottom, 0.62, content_top(figure) - bottom))
    plain_axes(axes, grid_axis="x")
    positions = list(range(len(ranked)))[::-1]
    colours = [CUSTOMER if r.customer_id == highlight_id else OTHERS for r in ranked]
    axes.barh(positions, [r.count for r in ranked], color=colours, height=0.72)
    labels = [f"{r.rank}. {_short(r.name)}" for r in ranked]
    axes.set_yticks(positions, labels, family=FAMILY, color=TEXT)
    for tick, r in zip(axes.get_yticklabels(), ranked, strict=True):
        if r.customer_id == highlight_id:
            tick.set_color(CUSTOMER)
            tick.set_fontweight("bold")
    axes.tick_params(axis="y", length=0)
    axes.spines["left"].set_visible(False)
    top = max((r.count for r in ranked), default=1)
    axes.set_xlim(0, top * 1.15)
    for position, r in zip(positions, ranked, strict=True):
        axes.text(
            r.count + top * 0.01,
            position,
            fmt_number(r.count),
            va="center",
            fontsize=9.5,
            color=TEXT,
            family=FAMILY,
            fontweight="bold" if r.customer_id == highlight_id else "normal",
        )
    axes.set_xlabel(unit.label.capitalize(), family=FAMILY)
    axes.set_ylim(-0.6, len(ranked) - 0.4)
    return figure


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
