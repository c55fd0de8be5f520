"""The shared CSV reader and encoding detection: what Excel and other tools do to CSV files."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest

from desk.errors import InputError
from desk.ingest.records import ReadStats, Rejection
from desk.ingest.streams.csv_rows import CsvFile, CsvRow, head_header, sniff_delimiter
from desk.ingest.text.decoding import decode_head, detect_encoding

HEADER = ("Conversation ID", "From", "Inbound", "Created at", "Body")
TEXT = ",".join(HEADER) + "\n"
ROWS = [
    ("c1", "zoë@example.com", "true", "2024-03-01 09:00", "Où est ma commande ? Ça fait 3 jours."),
    ("c1", "agent@desk.example", "false", "2024-03-01 10:00", "Désolé, nous vérifions."),
]


def _rows(path: Path, **kwargs: object) -> list[CsvRow | Rejection]:
    with CsvFile(path, ReadStats(), **kwargs) as table:  # type: ignore[arg-type]
        return list(table.rows())


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),  # Excel's "Unicode text", tab-separated
        ("cp1252", "cp1252"),
    ],
)
def test_encodings_and_delimiters_are_detected(
    encoding: str, expected: str, tmp_path: Path
) -> None:
    delimiter = "\t" if encoding == "utf-16" else ","
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(ROWS * 30)
    path = tmp_path / f"{encoding}.csv"
    path.write_bytes(out.getvalue().encode(encoding))
    stats = ReadStats()
    with CsvFile(path, stats) as table:
        assert table.delimiter == delimiter
        assert table.header == list(HEADER)
        rows = list(table.rows())
    assert stats.encoding == expected
    assert [r.cells for r in rows[:2] if isinstance(r, CsvRow)] == [list(row) for row in ROWS]
    assert len(rows) == 60 and stats.bytes_read == path.stat().st_size


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("gb18030", "我的订单在哪里？已经三天了，没有人回复我的邮件。请尽快处理退款。" * 8),
        ("cp1251", "Где мой заказ? Прошло уже три дня, никто не отвечает на письма. " * 8),
        ("koi8_r", "Где мой заказ? Прошло уже три дня, никто не отвечает на письма. " * 8),
        ("cp1252", "Où est ma commande ? Ça fait trois jours. Remboursez-moi, s'il vous plaît.\n"),
        ("cp1252", "id,body\n1,Où est ma commande ? Zoë, Désolé, nous vérifions.\n"),
        ("cp1250", "Zażółć gęślą jaźń. Gdzie jest moje zamówienie? Czekam już trzy dni.\n" * 3),
        ("cp1253", "Πού είναι η παραγγελία μου; Περιμένω τρεις μέρες.\n" * 3),
    ],
)
def test_legacy_code_pages_are_read_right(encoding: str, text: str) -> None:
    raw = text.encode(encoding)
    found = detect_encoding(raw, complete=True)
    assert raw.decode(found.name) == text


def test_bom_never_sticks_to_the_first_header(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + TEXT.encode())
    with CsvFile(path) as table:
        assert table.header[0] == "Conversation ID"
        assert table.column("conversation_id") == 0
    assert head_header(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"))[0] == "conversation id"
    assert decode_head(b"\xef\xbb\xbfa,b") == "a,b"


def test_delimiters_are_sniffed_outside_quotes() -> None:
    assert sniff_delimiter('"a,b";c;d') == ";"
    assert sniff_delimiter("a\tb\tc") == "\t"
    assert sniff_delimiter("a|b|c") == "|"
    assert sniff_delimiter("single") == ","


def test_multiline_cells_crlf_blank_padding_and_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(
        b'id,body,n\r\n1,"two\r\nlines",x\r\n,,\r\n,,,,\r\n2,bare\rcr,y\r\n3,"a ""quote""",z\r\n'
    )
    rows = _rows(path)
    assert [(r.line, r.cells) for r in rows if isinstance(r, CsvRow)] == [
        (2, ["1", "two\nlines", "x"]),
        (6, ["2", "bare\rcr", "y"]),
        (7, ["3", 'a "quote"', "z"]),
    ]


def test_wrong_widths_and_a_cut_off_file_are_rejected_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "cut.csv"
    path.write_text('id,body,n\n1,ok,x\n2,too,many,cells\n3,short\n4,"cut off mid')
    rows = _rows(path)
    assert [r.cells for r in rows if isinstance(r, CsvRow)] == [["1", "ok", "x"]]
    reasons = {r.line: r.reason for r in rows if isinstance(r, Rejection)}
    assert reasons[3] == "4 columns where the header has 3"
    assert reasons[4] == "2 columns where the header has 3"
    assert reasons[5].startswith("the file ends inside this row")


def test_cells_beyond_the_default_csv_limit_are_read(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    body = "x" * 200_000
    path.write_text(f'id,body\n1,"{body}"\n')
    [row] = _rows(path)
    assert isinstance(row, CsvRow) and len(row.cells[1]) == 200_000


def test_empty_files_are_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("\n\n")
    with pytest.raises(InputError, match="empty"):
        CsvFile(path)
