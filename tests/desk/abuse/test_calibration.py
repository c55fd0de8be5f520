"""A calibration session end to end: pick, three people label (three ways), report, PDF.

The agreement figures are checked against a hand computation written out below, not against
the code's own formulas.

Six customer messages; F fine, A angry (not abusive), X abusive:

    message                                 detector          ana  ben  cai
    M1 "You are a useless idiot"            harassment        X    X    X
    M2 "I will find where you live"         threat_violence   X    X    A
    M3 "I'll dispute the charge ..."        threat_financial* A    A    X
    M4 "Third time the export breaks!!!"    -                 A    A    A
    M5 "Thanks, that fixed it"              -                 F    F    F
    M6 "Your agent is a moron ..."          -                 X    A    X
    (* a flag a manager dismissed: the detector still suggested it)

Fleiss' kappa, n = 3 raters, N = 6 messages; per message (F, A, X) counts and
P_i = (sum n_ij^2 - n) / (n (n - 1)):
    M1 (0,0,3): (9-3)/6 = 1      M2 (0,1,2): (5-3)/6 = 1/3   M3 (0,2,1): 1/3
    M4 (0,3,0): 1                M5 (3,0,0): 1               M6 (0,1,2): 1/3
    P_bar = (3 + 3 * 1/3) / 6 = 2/3
    column totals F 3, A 7, X 8 of 18: P_e = (9 + 49 + 64) / 324 = 61/162
    kappa = (2/3 - 61/162) / (1 - 61/162) = (108 - 61) / (162 - 61) = 47/101 = 0.4653
    -> "moderate" (Landis & Koch 0.41-0.60)

Cohen's kappa, ana and ben: they agree on 5 of 6 (all but M6): p_o = 5/6.
    ana X3 A2 F1, ben X2 A3 F1: p_e = (3*2 + 2*3 + 1*1) / 36 = 13/36
    kappa = (30/36 - 13/36) / (23/36) = 17/23 = 0.7391 -> "substantial"
ana and cai: agree on M1 M4 M5 M6: p_o = 4/6; cai X3 A2 F1: p_e = (9 + 4 + 1)/36 = 14/36
    kappa = (24 - 14) / (36 - 14) = 10/22 = 0.4545
ben and cai: agree on M1 M4 M5: p_o = 3/6; p_e = (2*3 + 3*2 + 1)/36 = 13/36
    kappa = (18 - 13) / (36 - 13) = 5/23 = 0.2174 -> "fair"

The team's majority: M1 X (harassment), M2 X (threat_violence), M3 A, M4 A, M5 F,
M6 X (harassment). The detector missed M6 and over-flagged M3: precision 2/3, recall 2/3;
harassment P 1/1 R 1/2, threat_violence P 1 R 1, threat_financial P 0/1 (no recall).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from desk.abuse.calibration import Label, session_items
from desk.abuse.calibration_report import build_report
from desk.abuse.categories import Category
from desk.case.audit import verify_chain
from desk.case.calibration_writes import new_session_in, save_labels_in
from desk.cli import main
from desk.commands.calibration import read_sheet
from desk.db.models import AuditEvent, AuthorKind, Flag, FlagStatus
from desk.errors import InputError
from tests.desk.abuse.conftest import add_customer

TEXTS = {
    "M1": "You are a useless idiot",
    "M2": "I will find where you live",
    "M3": "I'll dispute the charge with my bank if this is not fixed",
    "M4": "This is the third time the export breaks!!!",
    "M5": "Thanks, that fixed it",
    "M6": "Your agent is a moron and I want him fired",
}
DETECTOR = {
    "M1": ("harassment", FlagStatus.SUGGESTED),
    "M2": ("threat_violence", FlagStatus.CONFIRMED),
    "M3": ("threat_financial", FlagStatus.DISMISSED),
}
LABELS = {  # (verdict, category) by person, as in the table above
    "ana": {"M1": "X", "M2": "X", "M3": "A", "M4": "A", "M5": "F", "M6": "X"},
    "ben": {"M1": "X", "M2": "X", "M3": "A", "M4": "A", "M5": "F", "M6": "A"},
    "cai": {"M1": "X", "M2": "A", "M3": "X", "M4": "A", "M5": "F", "M6": "X"},
}
CATEGORY = {"M1": "harassment", "M2": "threat_violence", "M3": "threat_financial"}
CATEGORY["M6"] = "harassment"
VERDICT = {"F": "fine", "A": "angry", "X": "abusive"}


def _seed_messages(engine: Engine) -> dict[int, str]:
    """The six messages (and an agent's reply, which no session may pick); id -> key."""
    with Session(engine) as session:
        customer, ids = add_customer(session, "Rex", list(TEXTS.values()))
        add_customer(session, "Agent", ["Sorry you idiot"], AuthorKind.AGENT, customer)
        keys = dict(zip(ids, TEXTS, strict=True))
        for message_id, key in keys.items():
            if key in DETECTOR:
                category, status = DETECTOR[key]
                session.add(
                    Flag(
                        message_id=message_id,
                        category=category,
                        rule_id=f"en.{category}",
                        start=0,
                        end=5,
                        score=0.9,
                        status=status,
                    )
                )
        session.commit()
    return keys


def _position_keys(engine: Engine, session_id: int, keys: dict[int, str]) -> dict[int, str]:
    with Session(engine) as session:
        return {i.position: keys[i.message_id] for i in session_items(session, session_id)}


def _label(person: str, key: str) -> Label:
    verdict = VERDICT[LABELS[person][key]]
    return Label(0, verdict, CATEGORY[key] if verdict == "abusive" else None)


@pytest.mark.slow
def test_a_session_end_to_end_matches_the_hand_computation(
    engine: Engine,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keys = _seed_messages(engine)
    url = engine.url.render_as_string(hide_password=False)
    assert main(["--db", url, "-q", "calibration", "new", "--messages", "6", "--by", "lead"]) == 0
    assert "session #1: 6 messages" in capsys.readouterr().out
    by_position = _position_keys(engine, 1, keys)
    assert sorted(by_position.values()) == sorted(TEXTS)  # the agent's words never picked

    # ana through the window's write path
    ana = [_label("ana", key) for key in by_position.values()]
    positions = list(by_position)
    save_labels_in(
        engine,
        1,
        "ana",
        [Label(p, a.verdict, a.category) for p, a in zip(positions, ana, strict=True)],
    )
    # ben from a labelling sheet
    sheet = tmp_path / "ben.csv"
    assert main(["--db", url, "-q", "calibration", "sheet", "1", str(sheet)]) == 0
    lines = sheet.read_text(encoding="utf-8").splitlines()
    rows = ["item,label,category,message"]
    for line in lines[1:]:
        position = int(line.split(",")[0])
        label = _label("ben", by_position[position])
        rows.append(f"{position},{label.verdict},{label.category or ''},")
    sheet.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert (
        main(["--db", url, "-q", "calibration", "label", "1", "--as", "ben", "--from", str(sheet)])
        == 0
    )
    # cai at the prompt: 1/2/3, and a category number after 3
    answers = []
    for position in sorted(by_position):
        label = _label("cai", by_position[position])
        answers.append({"fine": "1", "angry": "2", "abusive": "3"}[label.verdict])
        if label.category:
            order = [c.value for c in Category]
            answers.append(str(order.index(label.category) + 1))
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(answers) + "\n"))
    assert main(["--db", url, "-q", "calibration", "label", "1", "--as", "cai"]) == 0
    assert "Stored 6 labels; 0 left for cai" in capsys.readouterr().out

    with Session(engine) as session:
        report = build_report(session, 1)
    assert report.participants == ("ana", "ben", "cai")
    assert report.complete_items == 6
    assert report.fleiss == pytest.approx(47 / 101)
    assert report.fleiss_band == "moderate"
    pairs = {(p.first, p.second): p for p in report.pairs}
    assert pairs["ana", "ben"].kappa == pytest.approx(17 / 23)
    assert pairs["ana", "ben"].band == "substantial"
    assert pairs["ana", "cai"].kappa == pytest.approx(10 / 22)
    assert pairs["ben", "cai"].kappa == pytest.approx(5 / 23)
    assert pairs["ben", "cai"].band == "fair"
    assert [by_position[i.position] for i in report.missed] == ["M6"]
    assert [by_position[i.position] for i in report.over_flagged] == ["M3"]
    assert report.split == []
    assert (report.detector.tp, report.detector.fp, report.detector.fn) == (2, 1, 1)
    assert report.detector.precision == pytest.approx(2 / 3)
    harassment = report.by_category["harassment"]
    assert (harassment.precision, harassment.recall) == (1.0, 0.5)
    assert report.by_category["threat_financial"].precision == 0.0
    assert report.by_category["threat_financial"].recall is None

    pdf = tmp_path / "calibration.pdf"
    assert main(["--db", url, "-q", "calibration", "report", "1", "--pdf", str(pdf)]) == 0
    printed = capsys.readouterr().out
    assert "Fleiss' kappa 0.465 (moderate)" in printed
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    flat = " ".join(text.split())
    assert "Fleiss' kappa 0.465: moderate agreement" in flat
    assert "0.739" in flat and "0.217" in flat
    assert TEXTS["M6"] in flat and TEXTS["M3"] in flat  # the two disagreements, quoted
    assert "Precision 67%, recall 67%" in flat

    with Session(engine) as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert verify_chain(session).ok
    assert actions[0] == "calibration.created"
    assert actions.count("calibration.labelled") == 1 + 1 + 6  # ana, ben's file, cai's six
    assert actions[-1] == "calibration.report_written"


def test_the_same_seed_picks_the_same_messages_from_every_stratum(sqlite_engine: Engine) -> None:
    _seed_messages(sqlite_engine)
    first = new_session_in(sqlite_engine, 4, "lead", seed=7)
    second = new_session_in(sqlite_engine, 4, "lead", seed=7)
    with Session(sqlite_engine) as session:
        a = [(i.message_id, i.stratum) for i in session_items(session, first)]
        b = [(i.message_id, i.stratum) for i in session_items(session, second)]
    assert a == b
    # 4 over three strata: flagged 2 (M1, M2), dismissed 1 (M3), unflagged 1
    assert sorted(s for _, s in a) == ["dismissed", "flagged", "flagged", "unflagged"]


def test_a_bad_labels_file_names_its_line(sqlite_engine: Engine, tmp_path: Path) -> None:
    _seed_messages(sqlite_engine)
    new_session_in(sqlite_engine, 6, "lead", seed=1)
    sheet = tmp_path / "labels.csv"
    sheet.write_text("item,label,category\n1,fine,\n2,abusive,rudeness\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"labels\.csv: line 3: 'rudeness' is not a category"):
        read_sheet(sheet)
    sheet.write_text("item,label\n1,furious\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 2: 'furious' is not one of fine, angry, abusive"):
        read_sheet(sheet)
