"""The headline: the customer's volume beside the average, the median and the 95th percentile."""

from __future__ import annotations

from matplotlib.figure import Figure

from desk.analytics.volume import CustomerVolume
from desk.charts.style import (
    ANNOTATION_SIZE,
    AVERAGE,
    CUSTOMER,
    FONT,
    LABEL_SIZE,
    MUTED,
    REFERENCE,
    TEXT,
    fmt_number,
    fmt_ratio,
    new_figure,
    ordinal,
    plain_axes,
    title_block,
)


def headline_text(volume: CustomerVolume) -> str:
    """``897 vs 18 — 50×``: the one line a reader should take away."""
    return (
        f"{fmt_number(volume.count)} vs {fmt_number(volume.baseline.mean)} — "
        f"{fmt_ratio(volume.ratio_to_mean)}"
    )


def headline_chart(volume: CustomerVolume, customer_name: str, period_label: str = "") -> Figure:
    base = volume.baseline
    unit = volume.unit.label
    figure = new_figure()
    rank = (
        f"ranked {ordinal(volume.rank)} of {volume.of:,} customers"
        if volume.rank is not None
        else f"no interaction, among {volume.of:,} customers"
    )
    title_block(
        figure,
        f"{customer_name}: {headline_text(volume)} the average customer",
        f"{unit.capitalize()}{f', {period_label}' if period_label else ''}: {rank}, "
        f"{volume.share:.1%} of all support volume",
        "Average, median and 95th percentile are over customers with at least one "
        "interaction in the period.",
    )
    axes = figure.add_axes((0.27, 0.14, 0.66, 0.62))
    plain_axes(axes, grid_axis="x")
    labels = [customer_name, "Average customer", "Median customer", "95th percentile"]
    values = [float(volume.count), base.mean, base.median, base.p95]
    colours = [CUSTOMER, AVERAGE, REFERENCE, REFERENCE]
    positions = list(range(len(values)))[::-1]
    axes.barh(positions, values, color=colours, height=0.62)
    axes.set_yticks(positions, labels, fontsize=LABEL_SIZE + 1, family=FONT, color=TEXT)
    axes.tick_params(axis="y", length=0)
    axes.spines["left"].set_visible(False)
    axes.set_xlabel(unit.capitalize(), family=FONT)
    top = max(values) if max(values) > 0 else 1.0
    axes.set_xlim(0, top * 1.22)
    for position, value, colour in zip(positions, values, colours, strict=True):
        axes.text(
            value + top * 0.012,
            position,
            fmt_number(value),
            va="center",
            ha="left",
            fontsize=ANNOTATION_SIZE + 2,
            fontweight="bold" if colour == CUSTOMER else "normal",
            color=TEXT,
            family=FONT,
        )
    if volume.ratio_to_median:
        axes.text(
            0.985,
            0.04,
            f"{fmt_ratio(volume.ratio_to_median)} the median customer",
            transform=axes.transAxes,
            ha="right",
            va="bottom",
            fontsize=ANNOTATION_SIZE,
            color=MUTED,
            family=FONT,
        )
    return figure
