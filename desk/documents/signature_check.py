"""Checking a signed letter, with the answer in plain words.

pyHanko does the cryptography and the path building; this module decides what "VALID" means
for a letter and says why when it is not. A signature is VALID only when

* the signed bytes are intact and the signature over them checks out,
* it covers the whole file (nothing was added after signing),
* the signer's certificate chains to a certificate the user trusts (``trust_roots``), and
* that certificate was valid when checked: not expired, not yet valid, or revoked, and its
  key usage allows signing.

The certificate is checked at the time of a trusted timestamp when the signature carries one
(PAdES B-T), and otherwise now: without a timestamp nothing proves when the signature was made.
pyHanko trusts a certificate that is itself a trust root unconditionally (an expired
self-signed certificate given as trusted would pass), so the dates and the key usage of the
signer's own certificate are checked here as well. The operating system's trust store is not
used: it lists website authorities, not document signers, and pyHanko deprecates that fallback.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.ades.report import AdESFailure, AdESIndeterminate, AdESSubIndic
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from desk.documents.pyhanko_log import quiet_pyhanko
from desk.errors import InputError

SIGNING_USAGES = frozenset({"digital_signature", "non_repudiation"})
# Either usage is enough (as in Adobe Reader); pyHanko on its own asks for nonRepudiation only.
KEY_USAGE = KeyUsageConstraints(key_usage=set(SIGNING_USAGES), match_all_key_usages=False)
UNTRUSTED = "signer not trusted: "


@dataclass(frozen=True)
class SignatureCheck:
    """What a signed PDF says about one signature, and the verdict on it."""

    field: str
    signer: str  # the certificate subject, as one line
    issuer: str
    signed_at: dt.datetime | None
    timestamped: bool  # signed_at comes from a trusted timestamp, not the signer's clock
    intact: bool  # the signed bytes hash to what was signed
    valid: bool  # the signature over that hash is cryptographically valid
    whole_file: bool  # nothing was added or changed after signing
    trusted: bool  # chains to a trusted certificate and was valid when checked
    certificate_from: dt.datetime
    certificate_until: dt.datetime
    problem: str | None  # why the signer is not trusted, in words; None when trusted
    trust_note: str  # how trust was established, or why not

    @property
    def ok(self) -> bool:
        """VALID: intact, covering the whole file, by a trusted and valid certificate."""
        return self.intact and self.valid and self.whole_file and self.trusted

    @property
    def verdict(self) -> str:
        if not self.intact:
            return "NOT VALID: the document was changed after signing"
        if not self.valid:
            return "NOT VALID: the signature does not match the signer's certificate"
        if not self.whole_file:
            return "NOT VALID: the document was changed after signing (a later update)"
        if self.problem is not None:
            if self.problem.startswith(UNTRUSTED):
                return f"intact, {self.problem}"
            return f"intact, but {self.problem}"
        return "VALID"

    def lines(self) -> list[str]:
        """The report for one signature, a line per question, the verdict last."""
        if not self.intact:
            integrity = "BROKEN: the signed content no longer matches the signature"
        elif not self.valid:
            integrity = "BROKEN: the signature value does not match the certificate"
        elif self.whole_file:
            integrity = "intact, covers the whole document"
        else:
            integrity = "intact, but does NOT cover the whole document: changed after signing"
        if self.signed_at is None:
            when = "unknown (the signature states no time)"
        else:
            source = "trusted timestamp" if self.timestamped else "the signer's own clock"
            when = f"{self.signed_at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC ({source})"
        return [
            f"Field: {self.field}",
            f"Signature: {integrity}",
            f"Signed by: {self.signer}",
            f"Issued by: {self.issuer}",
            f"Certificate valid: {self.certificate_from:%Y-%m-%d} to "
            f"{self.certificate_until:%Y-%m-%d}",
            f"Signed at: {when}",
            f"Trusted: {self.trust_note}",
            f"Verdict: {self.verdict}",
        ]


def describe_name(name: x509.Name) -> str:
    """ "Dana Whitfield <dana@example.com>, Lumen Ledger": the parts of a name people read."""
    parts = name.native
    common = parts.get("common_name")
    if not isinstance(common, str):
        return str(name.human_friendly)
    email = parts.get("email_address")
    organisation = parts.get("organization_name")
    text = f"{common} <{email}>" if isinstance(email, str) else common
    return f"{text}, {organisation}" if isinstance(organisation, str) else text


def allows_signing(certificate: x509.Certificate) -> bool:
    """Whether the key usage (when the certificate restricts it) permits signing documents."""
    usage = certificate.key_usage_value
    return usage is None or bool(SIGNING_USAGES & set(usage.native))


def verify_pdf(
    pdf: bytes, trust_roots: list[x509.Certificate] | None = None
) -> list[SignatureCheck]:
    """Check every signature in ``pdf``; an unsigned or unreadable PDF is a clear error."""
    with quiet_pyhanko():
        try:
            reader = PdfFileReader(io.BytesIO(pdf))
            embedded = reader.embedded_signatures
        except (PdfReadError, ValueError) as exc:
            raise InputError(f"not a readable PDF: {exc}") from exc
        if not embedded:
            raise InputError("the PDF carries no signature")
        return [_check(signature, list(trust_roots or [])) for signature in embedded]


def _validate(
    signature: EmbeddedPdfSignature, roots: list[x509.Certificate], moment: dt.datetime | None
) -> PdfSignatureStatus:
    context = ValidationContext(trust_roots=roots, allow_fetching=False, moment=moment)
    try:
        return validate_pdf_signature(signature, context, key_usage_settings=KEY_USAGE)
    except (PdfReadError, ValueError) as exc:  # pyHanko's SignatureValidationError included
        reason = " ".join(str(exc).split())
        raise InputError(f"signature {signature.field_name}: cannot be checked ({reason})") from exc


def _check(signature: EmbeddedPdfSignature, roots: list[x509.Certificate]) -> SignatureCheck:
    status = _validate(signature, roots, None)
    moment = dt.datetime.now(dt.UTC)
    stamp = status.timestamp_validity
    timestamped = False
    if stamp is not None and stamp.intact and stamp.valid and stamp.trusted:
        # Judge the certificate at the time the timestamp proves the signature existed.
        timestamped, moment = True, stamp.timestamp
        status = _validate(signature, roots, moment)
    cert = status.signing_cert
    validity = cert["tbs_certificate"]["validity"]
    not_before: dt.datetime = validity["not_before"].native
    not_after: dt.datetime = validity["not_after"].native
    problem = _certificate_problem(cert, not_before, not_after, moment) or _trust_problem(
        status, roots
    )
    path = status.validation_path
    if problem is not None:
        note = f"no - {problem.removeprefix(UNTRUSTED)}"
        if not timestamped and moment > not_after:
            note += " (no trusted timestamp proves the signature was made before then)"
    elif path is None or path.pkix_len == 0:
        note = "yes - you listed this very certificate as trusted"
    else:
        anchor = describe_name(path.trust_anchor.authority.name)
        note = f"yes - it chains to {anchor}, which you trust"
    return SignatureCheck(
        field=signature.field_name,
        signer=describe_name(cert.subject),
        issuer="itself (self-signed)" if cert.self_signed != "no" else describe_name(cert.issuer),
        signed_at=moment if timestamped else status.signer_reported_dt,
        timestamped=timestamped,
        intact=bool(status.intact),
        valid=bool(status.valid),
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        trusted=problem is None,
        certificate_from=not_before,
        certificate_until=not_after,
        problem=problem,
        trust_note=note,
    )


def _certificate_problem(
    cert: x509.Certificate, not_before: dt.datetime, not_after: dt.datetime, moment: dt.datetime
) -> str | None:
    """What is wrong with the signer's own certificate at ``moment``, whoever trusts it."""
    if moment > not_after:
        return f"the signer's certificate expired on {not_after:%Y-%m-%d}"
    if moment < not_before:
        return f"the signer's certificate is not valid until {not_before:%Y-%m-%d}"
    if not allows_signing(cert):
        return "the signer's certificate is not meant for signing (its key usage forbids it)"
    return None


def _trust_problem(status: PdfSignatureStatus, roots: list[x509.Certificate]) -> str | None:
    """pyHanko's answer on the chain of trust, in words; None when it trusts the signer."""
    if status.trusted:
        return None
    if status.revocation_details is not None:
        return (
            "the signer's certificate was revoked on "
            f"{status.revocation_details.revocation_date:%Y-%m-%d}"
        )
    indication: AdESSubIndic | None = status.trust_problem_indic
    horizon = status.error_time_horizon
    when = f" on {horizon:%Y-%m-%d}" if horizon is not None else ""
    if indication in (AdESIndeterminate.EXPIRED, AdESIndeterminate.OUT_OF_BOUNDS_NO_POE):
        return f"a certificate in the signer's chain expired{when}"
    if indication in (AdESFailure.NOT_YET_VALID, AdESIndeterminate.NOT_YET_VALID):
        return "a certificate in the signer's chain is not valid yet"
    if indication in (
        AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE,
        AdESIndeterminate.CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
    ):
        return "the signature uses an algorithm that is no longer accepted"
    if indication in (AdESFailure.REVOKED, AdESIndeterminate.REVOKED_NO_POE):
        return "the signer's certificate was revoked"
    if indication is AdESIndeterminate.REVOKED_CA_NO_POE:
        return "a certificate in the signer's chain was revoked"
    cert = status.signing_cert
    if cert.self_signed != "no":
        return f"{UNTRUSTED}the signer's certificate is self-signed and not in your trust list"
    if not roots:
        return f"{UNTRUSTED}no trusted certificates were given to check its issuer against"
    return (
        f"{UNTRUSTED}the signer's certificate (issued by {describe_name(cert.issuer)}) does not "
        "chain to a certificate in your trust list"
    )
