"""The database handle the window holds and passes back to ``desk``.

``ui/`` keeps an engine only to hand it to ``desk`` functions that run on the task runner's
threads; it names the type through here so that it never imports SQLAlchemy itself.
"""

from __future__ import annotations

from sqlalchemy import Engine as Engine

__all__ = ["Engine"]
