"""Third-party deprecation notices never reach a user's terminal; ours still do."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from desk.console import quiet_third_party_warnings


def _shown(module: str, category: type[Warning], message: str) -> bool:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quiet_third_party_warnings()
        warnings.warn_explicit(message, category, filename=f"{module}.py", lineno=1, module=module)
    return bool(caught)


@pytest.mark.parametrize(
    ("module", "category", "message"),
    [
        ("pyhanko.sign.signers.pdf_cms", UserWarning, "DSA is deprecated and will be removed"),
        ("matplotlib.cbook", DeprecationWarning, "old API"),
        ("reportlab.lib.utils", PendingDeprecationWarning, "soon"),
        ("pandas.core", FutureWarning, "behaviour will change"),
        ("desktopia", DeprecationWarning, "a package whose name only starts like ours"),
    ],
)
def test_third_party_deprecations_are_hidden(
    module: str, category: type[Warning], message: str
) -> None:
    assert not _shown(module, category, message)


@pytest.mark.parametrize(
    ("module", "category", "message"),
    [
        ("desk.ingest.loader", DeprecationWarning, "our own deprecated call"),
        ("ui.main_window", FutureWarning, "ours"),
        ("desk", DeprecationWarning, "the package itself"),
        ("pyhanko.sign", UserWarning, "a real problem, not a deprecation"),
    ],
)
def test_our_warnings_and_other_warnings_still_show(
    module: str, category: type[Warning], message: str
) -> None:
    assert _shown(module, category, message)


@pytest.mark.slow
def test_signing_import_prints_no_deprecation_in_the_command_line(tmp_path: object) -> None:
    """The program as a user runs it: importing the signing stack warns on nothing."""
    code = (
        "import sys; from desk.console import quiet_third_party_warnings as q; q(); "
        "import desk.documents.signing; print('ok')"
    )
    run = subprocess.run(
        [sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "ok"
    assert "deprecat" not in run.stderr.lower(), run.stderr
