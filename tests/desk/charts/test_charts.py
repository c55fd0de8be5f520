"""The chart builders: data in, a Figure out, rendered offscreen to PNG, SVG and PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from desk.analytics.handoffs import HandoffFigures, Handoffs
from desk.analytics.timeline import Incident, MonthPoint, Timeline
from desk.analytics.units import Period, Unit
from desk.analytics.volume import Baseline, CustomerVolume, RankedCustomer
from desk.charts.distribution import distribution_chart, log_bins
from desk.charts.export import save_figure
from desk.charts.handoffs import handoffs_chart
from desk.charts.headline import headline_chart, headline_text
from desk.charts.style import (
    CUSTOMER,
    SUBTITLE_SIZE,
    fit_title_block,
    fmt_number,
    fmt_ratio,
    new_figure,
    ordinal,
    title_block,
)
from desk.charts.timeline import timeline_chart
from desk.charts.top import top_chart
from desk.errors import InputError

CHARTS_DIR = Path(__file__).resolve().parents[3] / "desk" / "charts"
BASE = Baseline(Unit.CUSTOMER_MESSAGES, 12_480, 224_640, 18.0, 7.0, 61.0, 190.0)
VOLUME = CustomerVolume(
    customer_id=7,
    unit=Unit.CUSTOMER_MESSAGES,
    period=Period(),
    count=897,
    baseline=BASE,
    ratio_to_mean=897 / 18,
    ratio_to_median=897 / 7,
    rank=4,
    of=12_480,
    percentile=99.98,
    share=897 / 224_640,
)
HISTOGRAM = (
    (1, 4000),
    (2, 2500),
    (5, 2000),
    (12, 1800),
    (18, 1200),
    (40, 800),
    (150, 176),
    (897, 1),
    (1200, 3),
)


def texts(figure: Figure) -> list[str]:
    return [t.get_text() for t in figure.findobj(Text) if t.get_text()]


def test_headline_carries_count_mean_and_ratio() -> None:
    figure = headline_chart(VOLUME, "Dana Whitfield")
    written = "\n".join(texts(figure))
    assert headline_text(VOLUME) == "897 vs 18 — 50×"
    assert "897 vs 18 — 50×" in written
    assert "897" in texts(figure)  # the customer's bar is labelled with the count
    assert "18" in texts(figure)  # and the average's bar with the mean
    assert "ranked 4th of 12,480 customers" in written


def test_headline_in_svg_keeps_the_numbers(tmp_path: Path) -> None:
    path = save_figure(headline_chart(VOLUME, "Dana"), tmp_path / "headline.svg")
    svg = path.read_text()
    assert svg.startswith("<?xml")
    # Text is drawn as glyph paths; each string is still named in the SVG's comments.
    assert "897 vs 18 — 50×" in svg


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_every_chart_exports(tmp_path: Path, suffix: str) -> None:
    for name, figure in all_charts().items():
        path = save_figure(figure, tmp_path / f"{name}.{suffix}", dpi=60)
        head = path.read_bytes()[:8]
        assert head.startswith({"png": b"\x89PNG", "svg": b"<?xml", "pdf": b"%PDF"}[suffix])


def test_png_resolution_follows_dpi(tmp_path: Path) -> None:
    figure = headline_chart(VOLUME, "Dana")
    small = save_figure(figure, tmp_path / "small.png", dpi=50).stat().st_size
    large = save_figure(figure, tmp_path / "large.png", dpi=200).stat().st_size
    assert large > 4 * small
    with pytest.raises(InputError, match=r"use \.png, \.svg or \.pdf"):
        save_figure(figure, tmp_path / "chart.gif")


def test_distribution_marks_the_customer() -> None:
    figure = distribution_chart(HISTOGRAM, VOLUME, "Dana")
    axes = figure.axes[0]
    assert axes.get_xscale() == "log" and axes.get_yscale() == "log"
    highlighted = [
        p
        for p in axes.patches
        if isinstance(p, Rectangle) and p.get_facecolor()[:3] == _rgb(CUSTOMER)
    ]
    assert len(highlighted) == 1
    assert highlighted[0].get_x() <= 897 < highlighted[0].get_x() + highlighted[0].get_width()
    assert "Dana is ranked 4th of 12,480 customers" in texts(figure)


def test_log_bins_hold_every_customer_once() -> None:
    bins = log_bins(HISTOGRAM)
    assert sum(c for _, _, c in bins) == sum(c for _, c in HISTOGRAM)
    assert [(low, high) for low, high, _ in bins[:6]] == [
        (1, 2),
        (2, 3),
        (3, 4),
        (4, 6),
        (6, 8),
        (8, 12),
    ]
    assert all(high > low for low, high, _ in bins)
    assert log_bins(()) == [(1, 2, 0)]


def test_timeline_shows_incidents_and_the_average() -> None:
    figure = timeline_chart(timeline(), "Dana")
    axes = figure.axes[0]
    assert axes.get_ylabel() == "Messages written per month"
    assert [t.get_text() for t in axes.get_legend().get_texts()] == [
        "Dana",
        "Average customer",
        "Confirmed incident",
    ]
    assert "Dana: messages written per month, peaking at 61 in March 2024" in texts(figure)
    empty = timeline_chart(Timeline(Unit.CUSTOMER_MESSAGES, (), ()), "Eve")
    assert "Eve: messages written per month" in texts(empty)


def test_handoffs_against_the_average() -> None:
    figure = handoffs_chart(handoffs(), "Dana")
    assert len(figure.axes) == 3
    written = texts(figure)
    assert "14 different agents have had to deal with Dana (5.6× the average)" in written
    assert {"14", "2.5", "3.1", "1.2", "2.4", "0.2"} <= set(written)


def test_top_highlights_the_customer() -> None:
    ranked = top()
    figure = top_chart(ranked, Unit.CUSTOMER_MESSAGES, 18.0, highlight_id=4, customers=12_480)
    axes = figure.axes[0]
    colours = [p.get_facecolor()[:3] for p in axes.patches]
    assert colours.count(_rgb(CUSTOMER)) == 1
    assert colours.index(_rgb(CUSTOMER)) == 3  # the 4th bar from the top
    assert "Customer 4 is 4th of 12,480 customers by messages written" in texts(figure)
    assert [t.get_text() for t in axes.get_yticklabels()][3] == "4. Customer 4"


def test_formatting() -> None:
    assert (fmt_number(897), fmt_number(17.96), fmt_number(12_480.0), fmt_number(5.0)) == (
        "897",
        "18.0",
        "12,480",
        "5",
    )
    assert (fmt_ratio(49.8), fmt_ratio(3.42)) == ("50×", "3.4×")
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 112)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "112th",
    ]


def test_no_pyplot_anywhere_in_the_charts() -> None:
    for source in CHARTS_DIR.glob("*.py"):
        imports = [line for line in source.read_text().splitlines() if "import" in line]
        assert not [line for line in imports if "pyplot" in line], source.name


def all_charts() -> dict[str, Figure]:
    return {
        "headline": headline_chart(VOLUME, "Dana"),
        "distribution": distribution_chart(HISTOGRAM, VOLUME, "Dana"),
        "timeline": timeline_chart(timeline(), "Dana"),
        "handoffs": handoffs_chart(handoffs(), "Dana"),
        "top": top_chart(top(), Unit.CUSTOMER_MESSAGES, 18.0, 4, 12_480),
    }


def timeline() -> Timeline:
    months = tuple(
        MonthPoint(dt.date(2023 + (m // 12), m % 12 + 1, 1), count, 1.6)
        for m, count in enumerate([3, 5, 8, 12, 20, 25, 22, 31, 40, 55, 47, 52, 58, 49, 61])
    )
    incidents = (
        Incident(dt.datetime(2023, 11, 3, 21, 5), "threat", 1, 1),
        Incident(dt.datetime(2024, 2, 14, 8, 30), "harassment", 2, 2),
    )
    return Timeline(Unit.CUSTOMER_MESSAGES, months, incidents)


def handoffs() -> Handoffs:
    return Handoffs(
        customer=HandoffFigures(96, 3.1, 2.4, 230, 7),
        distinct_agents=14,
        average=HandoffFigures(150_000, 1.2, 0.2, 30_000, 6),
        average_distinct_agents=2.5,
    )


def top() -> list[RankedCustomer]:
    counts = [1480, 1210, 990, 897, 640, 610, 420, 388, 350, 301, 298, 250]
    return [
        RankedCustomer(i + 1, f"Customer {i + 1}", None, c, i + 1, c / 18)
        for i, c in enumerate(counts)
    ]


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def test_a_narrowed_figure_shrinks_its_title_to_fit_rather_than_cut_it() -> None:
    figure = new_figure((10, 5))
    canvas = FigureCanvasAgg(figure)
    title = "Victor Krane: 882 vs 18.0 — 49× the average customer, and a few words more"
    title_block(figure, title, "Messages written: ranked 1st of 3,000 customers")

    def widths() -> list[float]:
        renderer = canvas.get_renderer()
        return [t.get_window_extent(renderer).width / figure.dpi for t in figure.texts]

    assert max(widths()) <= 10 - 0.8
    figure.set_size_inches(5, 5)  # what a live canvas does when the window narrows
    assert max(widths()) > 5 - 0.8  # cut off, as it was
    fit_title_block(figure)
    assert max(widths()) <= 5 - 0.8 + 0.01
    figure.set_size_inches(12, 5)
    fit_title_block(figure)
    assert figure.texts[1].get_fontsize() == SUBTITLE_SIZE  # back to its usual size when wide


def incident_markers(figure: Figure) -> list[tuple[float, float]]:
    """Where the incident triangles are drawn, in display points."""
    axes = figure.axes[0]
    lines = [line for line in axes.get_lines() if line.get_marker() == "v"]
    return [tuple(axes.transData.transform(xy)) for line in lines for xy in line.get_xydata()]


def test_incidents_on_one_day_are_one_marker_that_says_how_many() -> None:
    day = dt.datetime(2023, 11, 3, 9, 0)
    same_day = tuple(
        Incident(day + dt.timedelta(hours=h), "threat", message, flag)
        for h, message, flag in ((0, 1, 1), (2, 2, 2), (5, 3, 3), (5, 3, 4))  # 3 has two flags
    )
    later = (Incident(dt.datetime(2024, 2, 14, 8, 30), "harassment", 4, 5),)
    figure = timeline_chart(replace(timeline(), incidents=same_day + later), "Dana")
    FigureCanvasAgg(figure).draw()
    markers = incident_markers(figure)
    assert len(markers) == 2  # not one triangle per incident, drawn on top of each other
    (x1, _), (x2, _) = markers
    assert abs(x2 - x1) > 8 * figure.dpi / 72  # farther apart than a marker is wide
    labels = [t for t in figure.axes[0].texts if t.get_text() == "3"]
    assert len(labels) == 1  # three messages that day (one flagged twice counts once)
    assert abs(figure.axes[0].transData.transform(labels[0].xy)[0] - x1) < 1
    assert any("; 4 confirmed incidents marked" in t for t in texts(figure))


def test_the_brief_marks_the_incidents_it_cites() -> None:
    cited = [dt.datetime(2023, 5, 2, 10, 0), dt.datetime(2023, 5, 2, 16, 0)]
    figure = timeline_chart(timeline(), "Dana", cited, incident_label="cited incident")
    assert any("; 2 cited incidents marked" in t for t in texts(figure))
    assert "Cited incident" in [t.get_text() for t in figure.axes[0].get_legend().get_texts()]
    assert len(incident_markers(figure)) == 1
    assert [t.get_text() for t in figure.axes[0].texts if t.get_text() == "2"] == ["2"]
