"""What a user's terminal is spared: other projects' deprecation notices.

A third-party library warning that a dependency of its own is deprecated ("DSA is deprecated",
printed by cryptography when pyHanko imports it) tells a support manager nothing they can act
on. The programs' entry points (the command line and the window) call
:func:`quiet_third_party_warnings` first; warnings raised by this project's own modules still
show. The test suite keeps its own, stricter filters (pyproject.toml).
"""

from __future__ import annotations

import warnings

# A module name that is not one of ours: the filter's ``module`` is matched at the start of the
# name of the module the warning is attributed to.
_NOT_OURS = r"(?!(desk|ui)(\.|$))"


def quiet_third_party_warnings() -> None:
    """Hide deprecation warnings attributed to modules outside ``desk`` and ``ui``."""
    for category in (DeprecationWarning, PendingDeprecationWarning, FutureWarning):
        warnings.filterwarnings("ignore", category=category, module=_NOT_OURS)
    # cryptography's CryptographyDeprecationWarning derives from UserWarning.
    warnings.filterwarnings(
        "ignore", message=r"(?i).*\bdeprecated\b", category=UserWarning, module=_NOT_OURS
    )
