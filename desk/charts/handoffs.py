"""The "hot potato": how many agents the customer's conversations pass through, against the
average conversation and the average customer."""

from __future__ import annotations

from matplotlib.figure import Figure

from desk.analytics.handoffs import Handoffs
from desk.charts.style import (
    ANNOTATION_SIZE,
    AVERAGE,
    CUSTOMER,
    FONT,
    LABEL_SIZE,
    TEXT,
    fmt_number,
    fmt_ratio,
    new_figure,
    plain_axes,
    title_block,
)


def handoffs_chart(handoffs: Handoffs, customer_name: str) -> Figure:
    own, average = handoffs.customer, handoffs.average
    panels = (
        (
            "Different agents\nin total",
            float(handoffs.distinct_agents),
            handoffs.average_distinct_agents,
        ),
        ("Agents per\nconversation", own.agents_per_conversation, average.agents_per_conversation),
        (
            "Agent changes per\nconversation",
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
        f"{fmt_number(handoffs.distinct_agents)} different agents have had to deal with "
        f"{customer_name}" + (f" ({fmt_ratio(ratio)} the average)" if ratio else ""),
        f"Over {own.conversations:,} conversations with an agent reply; the average is over "
        f"all {average.conversations:,} such conversations",
        "An agent change is a reply by a different agent than the previous reply in the "
        "same conversation.",
    )
    width = 0.25
    for index, (label, mine, theirs) in enumerate(panels):
        axes = figure.add_axes((0.06 + index * 0.32, 0.14, width, 0.58))
        plain_axes(axes)
        bars = axes.bar([0, 1], [mine, theirs], color=[CUSTOMER, AVERAGE], width=0.62)
        axes.set_xticks(
            [0, 1], [customer_name, "Average"], fontsize=LABEL_SIZE - 1, family=FONT, color=TEXT
        )
        axes.tick_params(axis="x", length=0)
        axes.set_title(label, fontsize=LABEL_SIZE + 1, color=TEXT, family=FONT, pad=10)
        top = max(mine, theirs, 0.1)
        axes.set_ylim(0, top * 1.25)
        axes.set_xlim(-0.6, 1.6)
        for bar, value in zip(bars, (mine, theirs), strict=True):
            axes.text(
                bar.get_x() + bar.get_width() / 2,
                value + top * 0.02,
                fmt_number(round(value, 1)),
                ha="center",
                va="bottom",
                fontsize=ANNOTATION_SIZE + 1,
                color=TEXT,
                family=FONT,
                fontweight="bold" if bar is bars[0] else "normal",
            )
    return figure
