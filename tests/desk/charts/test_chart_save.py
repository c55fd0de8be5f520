"""Saving a chart is all or nothing: a chart saved before survives a save that fails half-way.

``breakup-desk chart --out`` and the window's Save chart both go through
:func:`desk.charts.export.save_figure`; a user who saves over last week's chart and hits a
failure must still have last week's chart, not half of this week's nor a stray temporary file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from matplotlib.artist import Artist
from matplotlib.backend_bases import RendererBase
from matplotlib.figure import Figure

from desk.charts.export import save_figure
from desk.errors import InputError


def _chart(count: int) -> Figure:
    """A small figure that shows ``count``: two counts give two different files."""
    figure = Figure(figsize=(2, 1))
    figure.add_subplot().bar([0], [count])
    figure.text(0.5, 0.9, f"{count} messages")
    return figure


class _BrokenArtist(Artist):
    """Fails while the figure is drawn, as a font or a backend can half-way through a file."""

    def draw(self, renderer: RendererBase) -> None:
        raise RuntimeError("drawing failed")


def _old_chart(folder: Path, suffix: str) -> tuple[Path, bytes]:
    target = save_figure(_chart(120), folder / f"headline.{suffix}", dpi=50)
    return target, target.read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_a_failed_write_after_drawing_keeps_the_old_chart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    target, before = _old_chart(tmp_path, suffix)

    def rename_fails(source: Any, destination: Any) -> None:  # the last step: an I/O error
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", rename_fails)
    with pytest.raises(InputError, match=r"cannot write .*headline\..*Input/output error"):
        save_figure(_chart(897), target, dpi=50)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_a_chart_that_fails_while_drawn_keeps_the_old_chart(tmp_path: Path, suffix: str) -> None:
    target, before = _old_chart(tmp_path, suffix)
    broken = _chart(897)
    broken.add_artist(_BrokenArtist())
    with pytest.raises(RuntimeError, match="drawing failed"):
        save_figure(broken, target, dpi=50)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_saved_chart_replaces_the_old_one(tmp_path: Path) -> None:
    target, before = _old_chart(tmp_path, "png")
    assert save_figure(_chart(897), target, dpi=50) == target
    assert target.read_bytes() != before
    assert target.read_bytes().startswith(b"\x89PNG")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_chart_into_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        save_figure(_chart(897), tmp_path / "nowhere" / "headline.png")
