"""Writing a chart to a file: PNG at a chosen resolution, or SVG/PDF vector form.

The chart is drawn in memory, then written the way documents are (:func:`desk.outputs.publish`:
a temporary file beside the target, renamed over it): a chart that fails half-way, while it is
drawn or written, leaves a file saved before as it was, never half a new one.
"""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib.figure import Figure

from desk.charts.kinds import DEFAULT_DPI, FORMATS
from desk.errors import InputError
from desk.outputs import publish


def save_figure(figure: Figure, path: Path, dpi: int = DEFAULT_DPI) -> Path:
    """Save ``figure`` in the format its suffix names (``.png``, ``.svg`` or ``.pdf``)."""
    kind = check_target(path, dpi)
    buffer = io.BytesIO()
    figure.savefig(buffer, format=kind, dpi=dpi, facecolor="white", metadata=_metadata(kind))
    publish(path, buffer.getvalue())
    return path


def check_target(path: Path, dpi: int = DEFAULT_DPI) -> str:
    """The format ``path`` asks for, or an :class:`InputError` before any work is done."""
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise InputError(f"cannot write a chart as {path.name!r}: use .png, .svg or .pdf")
    if not 20 <= dpi <= 1200:
        raise InputError(f"a resolution of {dpi} dpi is out of range (20-1200)")
    return kind


def _metadata(kind: str) -> dict[str, str | None]:
    # No creation date, so the same chart of the same data gives the same file.
    if kind == "png":
        return {"Software": "Breakup Desk"}
    if kind == "svg":
        return {"Date": None, "Creator": "Breakup Desk"}
    return {"CreationDate": None, "Creator": "Breakup Desk"}
