"""The "hot potato": how many agents the customer's conversations pass through, against the
average conversation and the average customer."""

from __future__ import annotations

from matplotlib.figure import Figure

from desk.analytics.handoffs import Handoffs
from desk.charts.style import (
    ANNOTATION_SIZE,
    AVERAGE,
    CUSTOMER,
    FAMILY,
    LABEL_SIZE,
    TEXT,
    new_figure,
    plain_axes,
    title_block,
)
from desk.charts.words import ENGLISH, Words


def handoffs_chart(handoffs: Handoffs, customer_name: str, words: Words = ENGLISH) -> Figure:
    own, average = handoffs.customer, handoffs.average
    panels = (
        (
            words("chart.handoffs_total"),
            float(handoffs.distinct_agents),
            handoffs.average_distinct_agents,
        ),
        (
            words("chart.handoffs_per_conversation"),
            own.agents_per_conversation,
            average.agents_per_conversation,
        ),
        (
            words("chart.handoffs_changes"),
            own.changes_per_conversation,
            average.changes_per_conversation,
        ),
    )
    figure = new_figure()
    ratio = (
        handoffs.distinct_agents / handoffs.average_distinct_agents
        if handoffs.average_distinct_agents
        else 0.0
    )
    title_block(
        figure,
        words("chart.handoffs_title", n=words.number(handoffs.distinct_agents), name=customer_name)
        + (words("chart.handoffs_ratio", ratio=words.ratio(ratio)) if ratio else ""),
        words(
            "chart.handoffs_subtitle",
            n=words.integer(own.conversations),
            total=words.integer(average.conversations),
        ),
        words("chart.handoffs_footnote"),
    )
    width = 0.25
    for index, (label, mine, theirs) in enumerate(panels):
        axes = figure.add_axes((0.06 + index * 0.32, 0.14, width, 0.58))
        plain_axes(axes)
        bars = axes.bar([0, 1], [mine, theirs], color=[CUSTOMER, AVERAGE], width=0.62)
        axes.set_xticks(
            [0, 1],
            [customer_name, words("chart.average")],
            fontsize=LABEL_SIZE - 1,
            family=FAMILY,
            color=TEXT,
        )
        axes.tick_params(axis="x", length=0)
        axes.set_title(label, fontsize=LABEL_SIZE + 1, color=TEXT, family=FAMILY, pad=10)
        top = max(mine, theirs, 0.1)
        axes.set_ylim(0, top * 1.25)
        axes.set_xlim(-0.6, 1.6)
        for bar, value in zip(bars, (mine, theirs), strict=True):
            axes.text(
                bar.get_x() + bar.get_width() / 2,
                value + top * 0.02,
                words.number(round(value, 1)),
                ha="center",
                va="bottom",
                fontsize=ANNOTATION_SIZE + 1,
                color=TEXT,
                family=FAMILY,
                fontweight="bold" if bar is bars[0] else "normal",
            )
    return figure
