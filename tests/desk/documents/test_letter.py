"""The letter: five languages read back from the PDF, one empty signature field, signing."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pyhanko.pdf_utils.generic import NameObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pypdf import PdfReader

from desk.documents.letter import render_letter, signature_field_name
from desk.documents.letter_text import Incident, LetterContext, check_template, fill
from desk.documents.signing import load_signer, sign_pdf, signature_fields, verify_pdf
from desk.errors import InputError
from tests.desk.documents.certs import PASSWORD, Pki, make_pki

INCIDENTS = (
    Incident(dt.date(2025, 3, 4), "email", "You are useless."),
    Incident(dt.date(2025, 6, 1), "web", "我会向银行申请拒付，并对所有扣款提出争议。"),
    Incident(dt.date(2025, 7, 9), "email", "Я напишу вашему генеральному директору"),
)
EXPECTED = {  # the date of the first incident and the refund total, as each locale writes them
    "en": ("March 4, 2025", "$1,494.00"),
    "es": ("4 de marzo de 2025", "1.494,00 US$"),
    "ru": ("4 марта 2025", "1 494,00 $"),
    "zh": ("2025年3月4日", "US$1,494.00"),
    "sv": ("4 mars 2025", "1 494,00 US$"),
}


def context(language: str, **changes: object) -> LetterContext:
    values: dict[str, object] = {
        "language": language,
        "company_name": "Lumen Ledger",
        "company_address": "12 Harbour Street\nBristol BS1 4QA",
        "customer_name": "Victor Krane",
        "customer_organisation": "Krane Logistics",
        "date": dt.date(2026, 11, 23),
        "end_date": dt.date(2026, 12, 31),
        "incidents": INCIDENTS,
        "criteria": ("harassment_language", "threats"),
        "refund_months": 6,
        "refund_amount": Decimal("1494.00"),
        "currency": "USD",
        "signatory_name": "Dana Whitfield",
        "signatory_title": "Chief Operating Officer",
    }
    values.update(changes)
    return LetterContext(**values)  # type: ignore[arg-type]


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(page.extract_text() for page in reader.pages)


@pytest.mark.parametrize("language", ["en", "es", "ru", "zh", "sv"])
def test_letter_in_each_language_reads_back(language: str) -> None:
    pdf = render_letter(context(language))
    text = " ".join(pdf_text(pdf).replace("\xa0", " ").split())
    first_date, total = EXPECTED[language]
    assert "Victor Krane" in text
    assert first_date in text
    assert total in text
    assert "Dana Whitfield" in text
    assert "Chief Operating Officer" in text
    if language == "zh":
        assert "终止" in text and "拒付" in text
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None and reader.metadata.title
    assert signature_fields(pdf) == [(signature_field_name("Dana Whitfield"), False)]


def test_template_with_unknown_variable_is_refused_before_any_pdf() -> None:
    with pytest.raises(InputError, match="unknown variable\\(s\\): customer_shoe_size"):
        check_template("Subject: Hi\n\nDear {{ customer_shoe_size }}", "mine.txt.j2")
    filled = fill(context("en"))
    assert filled.subject == "The end of our service to Krane Logistics"
    assert '- March 4, 2025 (email): "You are useless."' in filled.body


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.mark.slow
def test_sign_verify_and_tamper(pki: Pki) -> None:
    pdf = render_letter(context("en"))
    signed = sign_pdf(pdf, load_signer(pki.p12, PASSWORD))
    [check] = verify_pdf(signed, trust_roots=[pki.ca])
    assert check.ok and check.trusted
    assert check.field == "Signature_Dana_Whitfield"
    assert "Dana Whitfield" in check.signer
    assert signature_fields(signed) == [("Signature_Dana_Whitfield", True)]
    # Change one byte inside the signed range: the hash no longer matches.
    position = signed.index(b"Lumen Ledger")
    tampered = signed[:position] + b"X" + signed[position + 1 :]
    [broken] = verify_pdf(tampered, trust_roots=[pki.ca])
    assert not broken.intact
    assert not broken.ok
    # A later revision appended to the signed file: the signature no longer covers it all.
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = NameObject("/xx")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    [extended] = verify_pdf(out.getvalue(), trust_roots=[pki.ca])
    assert extended.intact
    assert not extended.whole_file
    assert not extended.ok


def test_wrong_password_and_expired_certificate_are_clear_errors(pki: Pki) -> None:
    with pytest.raises(InputError, match="wrong password"):
        load_signer(pki.p12, b"nope")
    with pytest.raises(InputError, match="expired on"):
        load_signer(pki.expired_p12, PASSWORD)
    with pytest.raises(InputError, match="carries no signature"):
        verify_pdf(render_letter(context("en")))
