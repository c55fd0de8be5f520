"""``breakup-desk case brief ID --lang LANG``, and the window's language as the default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from desk.cli import main
from desk.db.engine import open_database
from desk.db.models import AuditEvent
from tests.desk.documents.test_brief_languages import _case

pytestmark = pytest.mark.slow  # a brief rendered through the CLI


@pytest.fixture
def case_db(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'cases.sqlite3'}"
    engine = open_database(url)
    with Session(engine) as session:
        case_id = _case(session)
    engine.dispose()
    return url, case_id


def _brief(url: str, case_id: int, out: Path, *extra: str) -> str:
    assert main(["-q", "--db", url, "case", "brief", str(case_id), "--out", str(out), *extra]) == 0
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)


def test_lang_chooses_the_briefs_language_and_the_audit_says_which(
    case_db: tuple[str, int], tmp_path: Path
) -> None:
    url, case_id = case_db
    text = _brief(url, case_id, tmp_path / "sv.pdf", "--lang", "sv")
    assert "UNDERLAG TILL LEDNINGEN" in text and "LEADERSHIP BRIEF" not in text

    engine = open_database(url)
    with Session(engine) as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "brief.written")
        ).one()
        detail = json.loads(event.detail)
    engine.dispose()
    assert detail["language"] == "sv"


def test_without_lang_the_brief_follows_the_windows_language(
    case_db: tuple[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, case_id = case_db
    settings = tmp_path / "settings.ini"
    settings.write_text("[setting]\nlanguage=es\n", encoding="utf-8")
    monkeypatch.setenv("BREAKUP_DESK_SETTINGS", str(settings))
    text = _brief(url, case_id, tmp_path / "es.pdf")
    assert "INFORME PARA LA DIRECCIÓN" in text and "LEADERSHIP BRIEF" not in text

    # An English-speaking board: the manager's own language, overridden for this brief.
    text = _brief(url, case_id, tmp_path / "en.pdf", "--lang", "en")
    assert "LEADERSHIP BRIEF" in text


def test_an_unknown_language_is_refused_before_any_work(
    case_db: tuple[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, case_id = case_db
    out = tmp_path / "de.pdf"
    with pytest.raises(SystemExit) as exit_:
        main(["-q", "--db", url, "case", "brief", str(case_id), "--out", str(out), "--lang", "de"])
    assert exit_.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
    assert not out.exists()
