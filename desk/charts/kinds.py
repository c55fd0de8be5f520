"""The chart names and file formats, without importing matplotlib (the CLI lists them)."""

from __future__ import annotations

CHART_KINDS = ("headline", "distribution", "timeline", "handoffs", "top")
FORMATS = ("png", "svg", "pdf")
DEFAULT_DPI = 200
