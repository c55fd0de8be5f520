"""Where the customer sits among all customers: the distribution of volume, on log scales."""

from __future__ import annotations

from bisect import bisect_right

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from desk.analytics.volume import CustomerVolume
from desk.charts.style import (
    ANNOTATION_SIZE,
    AVERAGE,
    CUSTOMER,
    FAMILY,
    OTHERS,
    REFERENCE,
    capital,
    new_figure,
    plain_axes,
    title_block,
)
from desk.charts.words import ENGLISH, Words


def log_bins(histogram: tuple[tuple[int, int], ...]) -> list[tuple[int, int, int]]:
    """``(low, high, customers)`` with ``low <= count < high``, on edges 1, 2, 3, 4, 6, 8, 12,
    16, 24 …: about even on a log scale, and never a bin without a whole number in it."""
    top = max((n for n, _ in histogram), default=1)
    edges = [1, 2]
    while edges[-1] <= top:
        edges.append(edges[-1] * 3 // 2 if edges[-1] & (edges[-1] - 1) == 0 else edges[-2] * 2)
    bins = [0] * (len(edges) - 1)
    for n, customers in histogram:
        if n >= 1:
            bins[bisect_right(edges, n) - 1] += customers
    return [(edges[i], edges[i + 1], bins[i]) for i in range(len(bins))]


def distribution_chart(
    histogram: tuple[tuple[int, int], ...],
    volume: CustomerVolume,
    customer_name: str,
    words: Words = ENGLISH,
) -> Figure:
    """``histogram``: ``(count, customers with that count)``, from ``volume_histogram``."""
    base = volume.baseline
    unit = words.name("unit", volume.unit.label)
    figure = new_figure()
    total = words.integer(volume.of)
    rank = (
        words("chart.distribution_rank", ordinal=words.ordinal(volume.rank), total=total)
        if volume.rank is not None
        else words("chart.distribution_unranked", total=total)
    )
    title_block(
        figure,
        words("chart.distribution_title", name=customer_name, rank=rank),
        words(
            "chart.distribution_subtitle",
            unit=unit,
            name=customer_name,
            count=words.number(volume.count),
        ),
        words("chart.distribution_footnote"),
    )
    axes = figure.add_axes((0.09, 0.15, 0.86, 0.62))
    plain_axes(axes)
    bins = [b for b in log_bins(histogram) if b[2] > 0]
    for low, high, customers in bins:
        inside = low <= volume.count < high
        axes.bar(
            low,
            customers,
            width=high - low,
            align="edge",
            color=CUSTOMER if inside else OTHERS,
            edgecolor="white",
            linewidth=0.6,
        )
    axes.set_xscale("log")
    axes.set_yscale("log")
    axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: words.number(x)))
    axes.yaxis.set_major_formatter(FuncFormatter(lambda y, _pos: words.number(y)))
    axes.set_xlabel(capital(words("chart.distribution_xlabel", unit=unit)), family=FAMILY)
    axes.set_ylabel(words("chart.distribution_ylabel"), family=FAMILY)
    peak = max((b[2] for b in bins), default=1)
    axes.set_ylim(0.7, peak * 6)
    for value, label, colour, side in (
        (
            base.median,
            words("chart.distribution_median", n=words.number(base.median)) + " ",
            REFERENCE,
            "right",
        ),
        (
            base.mean,
            " " + words("chart.distribution_average", n=words.number(base.mean)),
            AVERAGE,
            "left",
        ),
    ):
        if value > 0:
            axes.axvline(value, color=colour, linewidth=1.4, linestyle="--")
            axes.text(
                value,
                peak * 3,
                label,
                color=colour,
                fontsize=ANNOTATION_SIZE,
                family=FAMILY,
                va="center",
                ha=side,
            )
    if volume.count > 0:
        axes.axvline(volume.count, color=CUSTOMER, linewidth=2)
        axes.annotate(
            words(
                "chart.distribution_customer",
                name=customer_name,
                count=words.number(volume.count),
                unit=unit,
                rank=rank,
            ),
            xy=(volume.count, peak * 0.9),
            xytext=(-10, 0),
            textcoords="offset points",
            ha="right",
            va="top",
            fontsize=ANNOTATION_SIZE,
            fontweight="bold",
            color=CUSTOMER,
            family=FAMILY,
        )
    return figure
