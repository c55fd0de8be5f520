"""Any CSV through a column mapping: guessing, profiles in TOML, preview, and the import."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session

from desk.cli import main
from desk.db.models import AuthorKind, Conversation, Customer, ImportBatch, Message
from desk.errors import InputError
from desk.ingest.formats.csv_mapping import ColumnMapping, ProfileStore, guess_mapping
from desk.ingest.formats.generic_csv import GenericCsv, preview_rows
from desk.ingest.loader import import_file
from desk.ingest.registry import detect

HELPDESK_CSV = (
    "Ticket ID,Created At,From,From Email,Direction,Message,Subject\n"
    "T-1,2024-03-01 09:00,Zoë Zed,ZOE@example.com,inbound,Où est ma commande ?,Order\n"
    "T-1,2024-03-01 09:30,Ann,ann@desk.example,outbound,<p>On its <b>way</b></p>,\n"
    "T-1,2024-03-01 10:00,Zoë Zed,zoe@example.com,inbound,Merci,\n"
    "T-2,2024-03-02 11:00,Zoë Zed,zoe@example.com,inbound,Encore moi,Again\n"
    "T-2,2024-03-02 11:05,Bot,,system,Auto-reply: we got it,\n"
    "T-2,not a date,Zoë Zed,zoe@example.com,inbound,??,\n"
)


def test_guess_mapping_from_common_headers() -> None:
    mapping = guess_mapping(
        ["Ticket ID", "Created At", "From", "From Email", "Direction", "Message", "Subject"]
    )
    assert mapping.columns() == {
        "conversation": "Ticket ID",
        "author": "From",
        "author_email": "From Email",
        "is_customer": "Direction",
        "time": "Created At",
        "body": "Message",
        "subject": "Subject",
    }
    assert mapping.complete
    loose = guess_mapping(["Case Number", "Date Sent (UTC)", "Message Body", "Customer Email"])
    assert loose.columns() == {
        "conversation": "Case Number",
        "time": "Date Sent (UTC)",
        "body": "Message Body",
        "customer": "Customer Email",
    }
    assert not guess_mapping(["a", "b", "c"]).complete
    assert "the time" in guess_mapping(["a", "b", "c"]).missing()


def test_a_guessable_csv_is_detected_and_imported(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "helpdesk.csv"
    path.write_bytes(HELPDESK_CSV.encode("cp1252"))
    assert detect(path) is GenericCsv
    summary = import_file(engine, path)
    assert (summary.conversations_new, summary.messages_new, summary.customers_new) == (2, 5, 1)
    assert [(r.line, r.reason) for r in summary.rejections] == [(7, "not a time: 'not a date'")]
    assert summary.encoding == "cp1252"
    with Session(engine) as session:
        rows = session.execute(
            select(Message.body_text, Message.author_kind).order_by(Message.created_at)
        ).all()
        assert [tuple(r) for r in rows] == [
            ("Où est ma commande ?", AuthorKind.CUSTOMER),
            ("On its way", AuthorKind.AGENT),
            ("Merci", AuthorKind.CUSTOMER),
            ("Encore moi", AuthorKind.CUSTOMER),
            ("Auto-reply: we got it", AuthorKind.SYSTEM),
        ]
        zoe = session.scalars(select(Customer)).one()
        assert (zoe.display_name, zoe.primary_email) == ("Zoë Zed", "zoe@example.com")
        batch = session.get_one(ImportBatch, summary.batch_id)
        assert (batch.format, batch.encoding) == ("csv", "cp1252")
    again = import_file(engine, path)
    assert (again.messages_new, again.conversations_new) == (0, 0)  # stable ids from content


def test_mapping_by_customer_column_day_first_dates_and_semicolons(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Kunde;Verfasser;Zeit;Text\n"
        "max@example.com;max@example.com;31.03.2024 09:00;Wo bleibt mein Geld?\n"
        "max@example.com;Support Team;31.03.2024 10:00;Wir prüfen das.\n",
        encoding="utf-8",
    )
    mapping = ColumnMapping(
        customer="Kunde", author="Verfasser", time="Zeit", body="Text", time_format="%d.%m.%Y %H:%M"
    )
    summary = import_file(sqlite_engine, path, format_name="csv", options={"mapping": mapping})
    assert (summary.conversations_new, summary.messages_new, summary.rejected) == (1, 2, 0)
    with Session(sqlite_engine) as session:
        kinds = session.scalars(select(Message.author_kind).order_by(Message.created_at)).all()
        assert kinds == [AuthorKind.CUSTOMER, AuthorKind.AGENT]
        conversation = session.scalars(select(Conversation)).one()
        assert str(conversation.created_at) == "2024-03-31 09:00:00"


def test_an_incomplete_mapping_stops_with_the_columns_named(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("a,b,c\n1,2,3\n")
    with pytest.raises(InputError, match=r"cannot tell the time; the body.*columns are: a, b, c"):
        import_file(sqlite_engine, path, format_name="csv")
    wrong = {"time": "b", "body": "c", "customer": "nope", "conversation": "a"}
    with pytest.raises(InputError, match="nope"):
        import_file(sqlite_engine, path, format_name="csv", options={"mapping": wrong})


def test_profiles_round_trip_through_toml_and_match_headers(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles")
    assert store.names() == []
    mapping = ColumnMapping(
        name='Kustomer "export"',
        conversation="Conversation Id",
        time="Created At",
        body="Preview \\ Text",
        is_customer="Direction",
        author="Sender ✉",
        customer_values=("in", "inbound"),
        time_format="%d/%m/%Y %H:%M",
    )
    path = store.save(mapping)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["body"] == "Preview \\ Text"
    assert store.names() == ['Kustomer "export"']
    assert store.load('Kustomer "export"') == mapping
    headers = ["Conversation Id", "Created At", "Preview \\ Text", "Direction", "Sender ✉", "x"]
    assert store.match(headers) == mapping
    assert store.match(headers[:2]) is None
    store.delete('Kustomer "export"')
    assert store.names() == []
    with pytest.raises(InputError, match="no CSV profile named"):
        store.load("missing")
    with pytest.raises(InputError, match="unknown keys"):
        ColumnMapping.from_dict({"colour": "blue"})


def test_a_saved_profile_is_used_by_name_or_by_its_columns(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    store = ProfileStore(tmp_path / "profiles")
    store.save(
        ColumnMapping(name="shop", customer="Kunde", author="Verfasser", time="Zeit", body="Text")
    )
    path = tmp_path / "shop.csv"
    path.write_text("Kunde,Verfasser,Zeit,Text\nmax@example.com,max@example.com,2024-03-01,Hallo\n")
    folder = str(tmp_path / "profiles")
    summary = import_file(sqlite_engine, path, format_name="csv", options={"profiles_dir": folder})
    assert summary.messages_new == 1
    with pytest.raises(InputError, match="no CSV profile named 'other'"):
        import_file(
            sqlite_engine,
            path,
            format_name="csv",
            options={"profiles_dir": folder, "profile": "other"},
        )


def test_preview_shows_how_rows_map_and_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "helpdesk.csv"
    path.write_text(HELPDESK_CSV, encoding="utf-8")
    preview = preview_rows(path, limit=6)
    assert preview.headers[:3] == ["Ticket ID", "Created At", "From"]
    assert (preview.encoding, preview.delimiter, preview.missing) == ("utf-8", ",", [])
    assert [row.side for row in preview.mapped] == [
        "customer", "agent", "customer", "customer", "system", None,
    ]  # fmt: skip
    assert preview.mapped[0].cells["body"] == "Où est ma commande ?"
    assert preview.mapped[5].problem == "not a time: 'not a date'"
    assert len(preview.rows) == 6 and preview.rows[0][0] == "T-1"
    unmapped = preview_rows(path, ColumnMapping(time="Created At"))
    assert unmapped.missing and all(row.side is None for row in unmapped.mapped)


GERMAN_CSV = (
    "Kunde;Zeit;Nachricht;Richtung;Fall\n"
    "anna@example.de;2024-03-01 10:00;Wo bleibt meine Bestellung?;rein;1\n"
    "support@shop.example;2024-03-01 11:00;Sie ist unterwegs.;raus;1\n"
    "anna@example.de;2024-03-02 09:00;Immer noch nichts.;rein;1\n"
    "bob@example.de;2024-03-02 09:30;Rechnung falsch;rein;2\n"
)
GERMAN_MAP = [
    "--map", "customer=Kunde", "--map", "time=Zeit", "--map", "body=Nachricht",
    "--map", "is_customer=Richtung", "--map", "customer_values=rein", "--map", "conversation=Fall",
]  # fmt: skip


@pytest.mark.slow
def test_the_command_line_maps_columns_saves_a_profile_and_detects_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BREAKUP_DESK_HOME", str(tmp_path / "home"))
    path = tmp_path / "shop.csv"
    path.write_text(GERMAN_CSV, encoding="utf-8")
    first, second = (f"sqlite:///{tmp_path / name}" for name in ("first.db", "second.db"))

    # Columns nothing can place: a one-line error that names them and says what to do.
    assert main(["--db", first, "import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "a CSV whose columns could not be placed (kunde, zeit" in err and "--map" in err
    assert err.count("\n") == 1

    argv = ["--db", first, "import", "--json", str(path), *GERMAN_MAP, "--save-profile", "Shop"]
    assert main(argv) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert (result["format"], result["rejected"]) == ("csv", 0)
    assert (result["messages_new"], result["conversations_new"], result["customers_new"]) == (
        4, 2, 2,
    )  # fmt: skip
    saved = tomllib.loads((tmp_path / "home" / "csv-profiles" / "shop.toml").read_text())
    assert saved["customer_values"] == ["rein"] and saved["body"] == "Nachricht"

    # The next export of the same kind is detected through the saved profile, no options.
    assert main(["--db", second, "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "(detected)" in out and "profile 'Shop'" in out and "4 new messages" in out
    engine = create_engine(second)
    with Session(engine) as session:
        sides = session.scalars(select(Message.author_kind).order_by(Message.created_at)).all()
    engine.dispose()
    assert sides == [
        AuthorKind.CUSTOMER,
        AuthorKind.AGENT,
        AuthorKind.CUSTOMER,
        AuthorKind.CUSTOMER,
    ]

    assert main(["csv-profiles"]) == 0
    assert "Shop" in capsys.readouterr().out
    assert main(["csv-profiles", "delete", "Shop"]) == 0
    assert main(["csv-profiles", "show", "Shop"]) == 1
    assert "no CSV profile named 'Shop'" in capsys.readouterr().err


def test_a_bad_map_option_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "shop.csv"
    path.write_text(GERMAN_CSV, encoding="utf-8")
    assert (
        main(
            ["--db", f"sqlite:///{tmp_path / 'x.db'}", "import", str(path), "--map", "colour=Kunde"]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "--map 'colour=Kunde': expected FIELD=COLUMN" in err and err.count("\n") == 1
