"""Every real sample in ../shared/data/samples imports through ``breakup-desk import``.

Each file is imported on its own into a fresh database by the command line, with no
``--format``: the format it is detected as, and that nothing is rejected, are checked for all;
the counts for the formats whose tests derive them independently (Freshdesk with the json
module, Twitter with pandas) are checked against those derivations. The other samples' counts
are checked by their formats' own tests (test_zendesk_json, test_helpscout, test_email_archive).
A new sample folder fails here until its expected format is listed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from desk.cli import main
from tests.conftest import SHARED_DATA
from tests.desk.ingest import test_freshdesk, test_twitter

pytestmark = pytest.mark.slow  # every real sample through the command line

SAMPLES = SHARED_DATA / "samples"
FORMAT_OF_FOLDER = {
    "freshdesk": "freshdesk-json",
    "helpscout": "helpscout-json",
    "mbox": "email",
    "twitter": "twitter-csv",
    "zendesk": "zendesk-json",
}
COUNTS: dict[str, Callable[[Path], tuple[int, int, int]]] = {
    "freshdesk": test_freshdesk.expected_counts,
    "twitter": test_twitter.expected_counts,
}


# samples/api/ holds recorded REST responses (contact lists, notes, single pages of conversation
# lists, with .meta.json sidecars) for the helpdesk connectors and their local test server: many
# of its files are not exports a manager would import, so it belongs to the connectors' tests, not
# here.
NOT_EXPORTS = {"api"}


def _samples() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(
        p
        for p in SAMPLES.rglob("*")
        if p.is_file()
        and p.name != "README.md"
        and p.relative_to(SAMPLES).parts[0] not in NOT_EXPORTS
    )


@pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"{SAMPLES} is absent")
def test_every_sample_folder_has_an_expected_format() -> None:
    folders = {p.parent.name for p in _samples()}
    assert folders <= FORMAT_OF_FOLDER.keys(), (
        f"list the format of {folders - FORMAT_OF_FOLDER.keys()}"
    )


@pytest.mark.parametrize("path", _samples(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sample_imports_through_the_command_line_with_its_format_detected(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'samples.sqlite3'}"
    assert main(["--db", db, "import", "--json", str(path)]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert result["format"] == FORMAT_OF_FOLDER[path.parent.name]
    assert result["rejected"] == 0, result["rejections"]
    counts = (result["messages_new"], result["conversations_new"], result["customers_new"])
    if path.parent.name in COUNTS:
        assert counts == COUNTS[path.parent.name](path)
    else:
        assert any(counts)
