"""The customer's monthly volume against the average customer's, with incidents marked.

An incident is a message: two flags on one message mark it once. Incidents closer together
than a marker is wide share one marker with their count written above it, so a day (or a week,
on a chart of several years) with five incidents reads as five, not as one thick bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, num2date
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from desk.analytics.timeline import Timeline
from desk.charts.style import (
    ANNOTATION_SIZE,
    AVERAGE,
    CUSTOMER,
    FAMILY,
    INCIDENT,
    LABEL_SIZE,
    TEXT,
    capital,
    content_top,
    new_figure,
    plain_axes,
    title_block,
)
from desk.charts.words import ENGLISH, SOURCE, Words

MARKER_SIZE = 8  # points: the incident triangle's width, and so the width of one marker's group


def timeline_chart(
    timeline: Timeline,
    customer_name: str,
    incidents: Sequence[dt.datetime] | None = None,
    *,
    incident_label: str = "confirmed incident",
    words: Words = ENGLISH,
) -> Figure:
    """The chart of ``timeline``, with ``incidents`` (one time per message) marked.

    By default the marks are the timeline's confirmed flags, one per flagged message; the
    brief passes the incidents its case cites instead, so that its chart counts what its
    pages count. ``incident_label`` ("confirmed incident" or "cited incident") names them in
    the subtitle and the legend, in the language of ``words``.
    """
    kind = "cited" if incident_label == "cited incident" else "confirmed"
    unit = words.name("unit", timeline.unit.label)
    figure = new_figure()
    peak = timeline.peak
    times = sorted(
        (_naive(t) for t in incidents)
        if incidents is not None
        else {i.message_id: i.at for i in timeline.incidents}.values()
    )
    title = words("chart.timeline_title", name=customer_name, unit=unit)
    if peak is not None and peak.count:
        title += words(
            "chart.timeline_peak", count=words.number(peak.count), month=words.month(peak.month)
        )
    subtitle = words("chart.timeline_subtitle")
    if times:
        subtitle += words.plural(f"chart.marked_{kind}", len(times))
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
        label=words("chart.average_customer"),
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
            label=words("chart.average_customer"),
        ),
    ]
    days = [_day_number(t) for t in times]
    if months or days:
        start = min([_day_number(m) for m in months[:1]] + days)
        end = max([_day_number(_next_month(m)) for m in months[-1:]] + days)
        axes.set_xlim(start - 5, end + 5)
    if days:
        left, right = axes.get_xlim()
        points = figure.get_figwidth() * axes.get_position().width * 72
        groups = marker_groups(days, MARKER_SIZE * (right - left) / points)
        where = [day for day, _ in groups]
        axes.vlines(where, 0, top * 1.12, colors=INCIDENT, linewidth=0.9, linestyles=":")
        axes.plot(
            where,
            [top * 1.14] * len(where),
            linestyle="none",
            marker="v",
            markersize=MARKER_SIZE,
            color=INCIDENT,
        )
        for day, count in groups:
            if count > 1:
                axes.annotate(
                    words.integer(count),
                    xy=(day, top * 1.14),
                    xytext=(0, MARKER_SIZE / 2 + 1),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=ANNOTATION_SIZE - 2,
                    fontweight="bold",
                    color=INCIDENT,
                    family=FAMILY,
                )
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="v",
                markersize=MARKER_SIZE,
                color=INCIDENT,
                label=words(f"chart.legend_{kind}"),
            )
        )
    locator = AutoDateLocator(minticks=4, maxticks=10)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    if words.lang == SOURCE:
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    else:  # ConciseDateFormatter names months in English whatever the language
        axes.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: _tick(x, words)))
    axes.xaxis_date()
    axes.set_ylabel(capital(words("chart.timeline_ylabel", unit=unit)), family=FAMILY)
    axes.legend(
        handles=handles,
        loc="lower left",
        bbox_to_anchor=(0.0, 1.0),
        frameon=False,
        labelcolor=TEXT,
        ncols=len(handles),
        borderaxespad=0.2,
        prop={"family": FAMILY, "size": LABEL_SIZE},
    )
    if timeline.months:
        last = timeline.months[-1]
        axes.annotate(
            words("chart.timeline_average", n=words.number(round(last.average, 1))),
            xy=(_day_number(last.month) + 14, last.average),
            xytext=(0, 6),
            textcoords="offset points",
            ha="right",
            va="bottom",
            fontsize=ANNOTATION_SIZE - 1,
            color=AVERAGE,
            family=FAMILY,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "none"},
        )
    if peak is not None and peak.count:
        axes.annotate(
            words.number(peak.count),
            xy=(_day_number(peak.month) + 14, peak.count),
            xytext=(0, 4),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=ANNOTATION_SIZE,
            fontweight="bold",
            color=TEXT,
            family=FAMILY,
        )
    return figure


def _tick(value: float, words: Words) -> str:
    """A date tick in the language of ``words``: the year at January, else the month, or the
    day and month for a tick inside a month."""
    day = num2date(value).date()  # type: ignore[no-untyped-call]
    if day.day != 1:
        return words.day_month(day)
    return str(day.year) if day.month == 1 else words.month_short(day)


def marker_groups(days: Sequence[float], width: float) -> list[tuple[float, int]]:
    """``(where, how many)`` for sorted ``days``: each group starts at its first day and takes
    every later one less than ``width`` after it, so no two markers overlap."""
    groups: list[tuple[float, int]] = []
    for day in days:
        if groups and day - groups[-1][0] < width:
            groups[-1] = (groups[-1][0], groups[-1][1] + 1)
        else:
            groups.append((day, 1))
    return groups


def _naive(value: dt.datetime) -> dt.datetime:
    """An aware time as the naive UTC time the database and the months use."""
    return value if value.tzinfo is None else value.astimezone(dt.UTC).replace(tzinfo=None)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + 1, 1, 1) if day.month == 12 else dt.date(day.year, day.month + 1, 1)


_EPOCH = dt.datetime(1970, 1, 1)  # matplotlib's default date epoch


def _day_number(value: dt.date | dt.datetime) -> float:
    """Days since 1970 (matplotlib's date numbers, as ``matplotlib.dates.date2num``)."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    return (value - _EPOCH).total_seconds() / 86400
