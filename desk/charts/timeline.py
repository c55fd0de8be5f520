"""The customer's monthly volume against the average customer's, with incidents marked."""

from __future__ import annotations

import datetime as dt

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from desk.analytics.timeline import Timeline
from desk.charts.style import (
    ANNOTATION_SIZE,
    AVERAGE,
    CUSTOMER,
    FONT,
    INCIDENT,
    LABEL_SIZE,
    TEXT,
    content_top,
    fmt_number,
    new_figure,
    plain_axes,
    title_block,
)


def timeline_chart(timeline: Timeline, customer_name: str) -> Figure:
    unit = timeline.unit.label
    figure = new_figure()
    peak = timeline.peak
    incidents = len(timeline.incidents)
    title = f"{customer_name}: {unit} per month"
    if peak is not None and peak.count:
        title += f", peaking at {fmt_number(peak.count)} in {peak.month:%B %Y}"
    subtitle = "Against the average active customer in the same month"
    if incidents:
        subtitle += f"; {incidents} confirmed incident{'s' if incidents != 1 else ''} marked"
    title_block(figure, title, subtitle)
    axes = figure.add_axes((0.08, 0.1, 0.88, content_top(figure, 0.35) - 0.1))
    plain_axes(axes)
    months = [point.month for point in timeline.months]
    x = [_day_number(month) + 14 for month in months]  # bar centred in its month
    axes.bar(x, [p.count for p in timeline.months], width=24, color=CUSTOMER, label=customer_name)
    axes.plot(
        x,
        [p.average for p in timeline.months],
        color=AVERAGE,
        linewidth=2.2,
        marker="o",
        markersize=3.5,
        label="Average customer",
    )
    top = max([p.count for p in timeline.months] + [p.average for p in timeline.months] + [1])
    axes.set_ylim(0, top * 1.25)
    handles = [
        Patch(color=CUSTOMER, label=customer_name),
        Line2D(
            [],
            [],
            color=AVERAGE,
            linewidth=2.2,
            marker="o",
            markersize=3.5,
            label="Average customer",
        ),
    ]
    if timeline.incidents:
        times = [_day_number(incident.at) for incident in timeline.incidents]
        axes.vlines(times, 0, top * 1.12, colors=INCIDENT, linewidth=0.9, linestyles=":")
        axes.plot(
            times,
            [top * 1.14] * len(times),
            linestyle="none",
            marker="v",
            markersize=8,
            color=INCIDENT,
        )
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="v",
                markersize=8,
                color=INCIDENT,
                label="Confirmed incident",
            )
        )
    if months:
        axes.set_xlim(_day_number(months[0]) - 5, _day_number(_next_month(months[-1])) + 5)
    locator = AutoDateLocator(minticks=4, maxticks=10)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    axes.xaxis_date()
    axes.set_ylabel(f"{unit.capitalize()} per month", family=FONT)
    axes.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        frameon=False,
        labelcolor=TEXT,
        ncols=len(handles),
        borderaxespad=0.2,
        prop={"family": FONT, "size": LABEL_SIZE},
    )
    if timeline.months:
        last = timeline.months[-1]
        axes.annotate(
            f"average {fmt_number(round(last.average, 1))}",
            xy=(_day_number(last.month) + 14, last.average),
            xytext=(0, 6),
            textcoords="offset points",
            ha="right",
            va="bottom",
            fontsize=ANNOTATION_SIZE - 1,
            color=AVERAGE,
            family=FONT,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
        )
    if peak is not None and peak.count:
        axes.annotate(
            fmt_number(peak.count),
            xy=(_day_number(peak.month) + 14, peak.count),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=ANNOTATION_SIZE,
            fontweight="bold",
            color=TEXT,
            family=FONT,
        )
    return figure


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


_EPOCH = dt.datetime(1970, 1, 1)  # matplotlib's default date epoch


def _day_number(value: dt.date | dt.datetime) -> float:
    """Days since 1970 (matplotlib's date numbers, as ``matplotlib.dates.date2num``)."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return (value - _EPOCH).total_seconds() / 86400
