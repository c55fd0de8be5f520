"""The headline: the customer's volume beside the average, the median and the 95th percentile."""

from __future__ import annotations

from matplotlib.figure import Figure

from desk.analytics.volume import CustomerVolume
from desk.charts.style import (
    ANNOTATION_SIZE,
    AVERAGE,
    CUSTOMER,
    FAMILY,
    LABEL_SIZE,
    MUTED,
    REFERENCE,
    TEXT,
    capital,
    new_figure,
    plain_axes,
    title_block,
)
from desk.charts.words import ENGLISH, Words


def headline_text(volume: CustomerVolume, words: Words = ENGLISH) -> str:
    """``897 vs 18 — 50×``: the one line a reader should take away."""
    return words(
        "chart.headline_text",
        count=words.number(volume.count),
        mean=words.number(volume.baseline.mean),
        ratio=words.ratio(volume.ratio_to_mean),
    )


def headline_chart(
    volume: CustomerVolume, customer_name: str, period_label: str = "", words: Words = ENGLISH
) -> Figure:
    base = volume.baseline
    unit = words.name("unit", volume.unit.label)
    figure = new_figure()
    rank = (
        words(
            "chart.headline_rank",
            ordinal=words.ordinal(volume.rank),
            total=words.integer(volume.of),
        )
        if volume.rank is not None
        else words("chart.headline_unranked", total=words.integer(volume.of))
    )
    title_block(
        figure,
        words("chart.headline_title", name=customer_name, headline=headline_text(volume, words)),
        words(
            "chart.headline_subtitle",
            unit=capital(unit) + (f", {period_label}" if period_label else ""),
            rank=rank,
            share=words.percent_exact(volume.share),
        ),
        words("chart.headline_footnote"),
    )
    axes = figure.add_axes((0.27, 0.14, 0.66, 0.62))
    plain_axes(axes, grid_axis="x")
    labels = [
        customer_name,
        words("chart.average_customer"),
        words("chart.median_customer"),
        words("chart.p95"),
    ]
    values = [float(volume.count), base.mean, base.median, base.p95]
    colours = [CUSTOMER, AVERAGE, REFERENCE, REFERENCE]
    positions = list(range(len(values)))[::-1]
    axes.barh(positions, values, color=colours, height=0.62)
    axes.set_yticks(positions, labels, fontsize=LABEL_SIZE + 1, family=FAMILY, color=TEXT)
    axes.tick_params(axis="y", length=0)
    axes.spines["left"].set_visible(False)
    axes.set_xlabel(capital(unit), family=FAMILY)
    top = max(values) if max(values) > 0 else 1.0
    axes.set_xlim(0, top * 1.22)
    for position, value, colour in zip(positions, values, colours, strict=True):
        axes.text(
            value + top * 0.012,
            position,
            words.number(value),
            va="center",
            ha="left",
            fontsize=ANNOTATION_SIZE + 2,
            fontweight="bold" if colour == CUSTOMER else "normal",
            color=TEXT,
            family=FAMILY,
        )
    if volume.ratio_to_median:
        axes.text(
            0.985,
            0.04,
            words("chart.headline_median", ratio=words.ratio(volume.ratio_to_median)),
            transform=axes.transAxes,
            ha="right",
            va="bottom",
            fontsize=ANNOTATION_SIZE,
            color=MUTED,
            family=FAMILY,
        )
    return figure
