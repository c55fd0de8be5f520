"""Figure builders: data in, a matplotlib :class:`~matplotlib.figure.Figure` out.

One function per chart, object-oriented API only (no pyplot, no global rcParams changes), so a
chart can be built on any thread and drawn by any canvas: a PNG/SVG/PDF file through
:func:`desk.charts.export.save_figure`, or the app's Qt canvas. The look is shared in
:mod:`desk.charts.style`.
"""
