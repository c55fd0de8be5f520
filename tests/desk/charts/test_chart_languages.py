"""Charts in the brief's languages: translated words, and every glyph drawn from a font that
has it (a Chinese customer name in Droid Sans Fallback, never an empty box).

Checked on the drawn glyphs, not on the text: the chart is saved as SVG with glyph outlines,
whose ids name the font and the glyph index each glyph came from. A glyph no font has is
drawn by matplotlib from its "Last Resort" font (and warned about, which fails a test).
"""

from __future__ import annotations

import functools
import io
import re
from pathlib import Path

import matplotlib
import pytest
from fontTools.ttLib import TTFont
from matplotlib.figure import Figure

from desk.charts.distribution import distribution_chart
from desk.charts.handoffs import handoffs_chart
from desk.charts.headline import headline_chart
from desk.charts.style import new_figure
from desk.charts.timeline import timeline_chart
from desk.charts.words import Words
from desk.config import resource_path
from tests.desk.charts.test_charts import VOLUME, handoffs, timeline

NAME = "王小明"  # a Chinese customer
FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
    "DroidSansFallback": "DroidSansFallbackFull.ttf",
}
GLYPH_ID = re.compile(rb'<path id="([A-Za-z-]+)-([0-9a-f]+)"')


@functools.cache
def _font(name: str) -> TTFont:
    return TTFont(resource_path("fonts") / FILES[name])


def _glyphs(figure: Figure) -> set[tuple[str, int]]:
    """(font, glyph index) of every glyph the figure draws."""
    svg = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "path"}):
        figure.savefig(svg, format="svg")
    return {(font.decode(), int(index, 16)) for font, index in GLYPH_ID.findall(svg.getvalue())}


def _gid(font: str, char: str) -> int:
    tt = _font(font)
    return int(tt.getGlyphID(tt.getBestCmap()[ord(char)]))


def _check(figure: Figure, chinese: str) -> None:
    glyphs = _glyphs(figure)
    unknown = sorted({font for font, _ in glyphs} - set(FILES))
    assert not unknown, f"glyphs from fonts no PDF embeds (Last Resort = missing): {unknown}"
    assert all(index != 0 for _, index in glyphs), "a .notdef glyph was drawn"
    for char in set(chinese) - {" "}:
        assert ("DroidSansFallback", _gid("DroidSansFallback", char)) in glyphs, char


def _texts(figure: Figure) -> str:
    figure.draw_without_rendering()
    return " ".join(t.get_text() for t in figure.findobj(matplotlib.text.Text))


def test_the_checker_sees_a_missing_glyph() -> None:
    """Without the fallback font a Chinese name is a missing glyph: warned, and caught."""
    figure = new_figure()
    figure.text(0.1, 0.5, NAME, family="DejaVu Sans")
    with (
        pytest.warns(UserWarning, match="missing from font"),
        pytest.raises(AssertionError, match="Last Resort"),
    ):
        _check(figure, NAME)


@pytest.mark.slow
def test_a_chinese_chart_draws_every_glyph_from_a_font_that_has_it() -> None:
    words = Words("zh")
    charts = {
        "headline": headline_chart(VOLUME, NAME, words=words),
        "distribution": distribution_chart(((1, 9000), (4, 3000), (897, 1)), VOLUME, NAME, words),
        "timeline": timeline_chart(timeline(), NAME, words=words),
        "handoffs": handoffs_chart(handoffs(), NAME, words),
    }
    for kind, figure in charts.items():
        text = _texts(figure)
        assert NAME in text, kind
        _check(figure, "".join(c for c in text if ord(c) > 0x2E80))  # every CJK character

    assert "王小明 与普通客户对比" in _texts(charts["headline"])
    assert "普通客户" in _texts(charts["timeline"])  # the legend
    assert "月" in _texts(charts["timeline"])  # the months on the time axis, in Chinese


@pytest.mark.parametrize("lang", ["es", "ru", "sv"])
def test_the_charts_speak_the_language_and_format_its_numbers(lang: str) -> None:
    words = Words(lang)
    text = _texts(headline_chart(VOLUME, "Виктор Кранэ", words=words))
    assert words("chart.average_customer") in text
    assert "Average customer" not in text and "the average customer" not in text
    assert words.integer(12_480) in text  # "12 480", "12.480"
    _check(headline_chart(VOLUME, "Виктор Кранэ", words=words), "")


def test_an_english_chart_is_as_it_was(tmp_path: Path) -> None:
    text = _texts(headline_chart(VOLUME, "Dana Whitfield"))
    assert "Dana Whitfield: 897 vs 18 — 50× the average customer" in text
    assert "Average customer" in text
