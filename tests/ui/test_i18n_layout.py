"""The pseudo-locale ("xx": every string 40% longer, accented) on every window, dialog and
wizard page at its default size: no label or button may cut its text off.

It walks the same tour as ``scripts/screenshots.py`` (the main window on the demo data, the
customer page with a case, import, column mapping, every Settings tab, About, a note, and
each wizard page from the cause to the export) and looks at each widget instead of saving
a picture. A real translation runs up to that much longer than English; a layout that holds
the pseudo text holds theirs.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from tests.ui.clipping import clipped

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def load_tour() -> object:
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "scripts/screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_text_is_cut_off_in_the_pseudo_locale(
    qapp: object, tmp_path: Path, demo_template: Path
) -> None:
    tour = load_tour()
    seen: dict[str, list[str]] = {}

    def visit(widget: QWidget, path: Path) -> None:
        seen[path.stem] = clipped(widget)

    tour.VISIT = visit  # type: ignore[attr-defined]
    # On the tests' 200-customer demo (the tour's own 3,000 took 40-50 s to build).
    assert tour.main(tmp_path, "xx", demo_template.parent) == 0  # type: ignore[attr-defined]
    assert len(seen) >= 18, sorted(seen)  # every shot was taken
    cut = {name: problems for name, problems in seen.items() if problems}
    assert cut == {}, "\n".join(f"{n}: {p}" for n, ps in cut.items() for p in ps)
