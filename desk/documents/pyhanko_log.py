"""Keep pyHanko's log records off the user's terminal while we sign or verify.

pyHanko logs expected outcomes as warnings with full tracebacks ("the certificate is
self-signed", "could not load key material"), and with no logging configured Python's
last-resort handler prints them on stderr. Our callers turn those outcomes into one plain
sentence, so during a call the records are taken away from the root logger and re-logged at
DEBUG under our own name, where they stay available to anyone who configures logging.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

LIBRARY_LOGGERS = ("pyhanko", "pyhanko_certvalidator")

log = logging.getLogger(__name__)
_lock = threading.RLock()


class _Forward(logging.Handler):
    """Re-logs a library record at DEBUG, without its traceback."""

    def emit(self, record: logging.LogRecord) -> None:
        log.debug("%s: %s", record.name, record.getMessage())


@contextmanager
def quiet_pyhanko() -> Iterator[None]:
    """Within the block, pyHanko's records never reach the root logger (or stderr).

    The lock serialises the switch of ``propagate``, so two threads cannot leave it off.
    """
    with _lock:
        loggers = [logging.getLogger(name) for name in LIBRARY_LOGGERS]
        saved = [(logger, logger.propagate) for logger in loggers]
        handler = _Forward()
        for logger in loggers:
            logger.propagate = False
            logger.addHandler(handler)
        try:
            yield
        finally:
            for logger, propagate in saved:
                logger.removeHandler(handler)
                logger.propagate = propagate
