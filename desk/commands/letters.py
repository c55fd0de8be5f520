"""``breakup-desk letter draft|make-certificate|sign|verify`` and ``breakup-desk profile``
(the e-mail actions are in :mod:`desk.commands.letter_mail`)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from decimal import Decimal, InvalidOperation
from pathlib import Path

from asn1crypto import pem, x509

from desk.commands.base import Context, add_json_flag
from desk.commands.letter_mail import register_actions as register_mail_actions
from desk.documents.company_profile import (
    CompanyProfile,
    Signatory,
    load_company,
    load_signatory,
    save_company,
    save_signatory,
)
from desk.documents.letter_text import LANGUAGES
from desk.errors import InputError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("letter", help="the letter for the executive to sign")
    letter = parser.add_subparsers(dest="letter_command", metavar="ACTION", required=True)

    draft = letter.add_parser("draft", help="write the letter of an approved case as a PDF")
    draft.add_argument("case", type=int, metavar="CASE")
    draft.add_argument("--lang", choices=LANGUAGES, default="en")
    draft.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    draft.add_argument("--paper", choices=("a4", "letter"), default="a4")
    draft.add_argument("--template", help="a template file name in your letters folder")
    draft.add_argument("--refund-amount", type=_amount, metavar="X", help="the refund total")
    draft.add_argument("--refund-months", type=int, metavar="N")
    draft.add_argument("--currency", metavar="CODE")
    draft.add_argument("--end-date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    draft.add_argument("--review-date", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    draft.add_argument("--appeal-route", metavar="TEXT")
    draft.add_argument("--by", default=os.environ.get("USER", "manager"), help="who drafts it")
    draft.set_defaults(func=run_draft)

    make_cert = letter.add_parser(
        "make-certificate", help="make a self-signed certificate to try signing (TEST ONLY)"
    )
    make_cert.add_argument("--name", required=True, help="the signatory's name")
    make_cert.add_argument("--email", help="the signatory's email address")
    make_cert.add_argument("--org", help="the company name")
    make_cert.add_argument("--out", type=Path, required=True, metavar="FILE.p12")
    make_cert.add_argument("--days", type=int, default=365, metavar="N", help="valid N days")
    make_cert.add_argument("--key", choices=("rsa", "ec"), default="rsa", help="RSA 2048 or P-256")
    secret = make_cert.add_mutually_exclusive_group(required=True)
    secret.add_argument(
        "--password-env", metavar="VAR", help="environment variable holding the new password"
    )
    secret.add_argument("--password-file", type=Path, metavar="FILE")
    make_cert.add_argument("--force", action="store_true", help="replace existing files")
    make_cert.set_defaults(func=run_make_certificate)

    sign = letter.add_parser("sign", help="sign a letter PDF with a certificate (PAdES)")
    sign.add_argument("pdf", type=Path, metavar="LETTER.pdf")
    sign.add_argument("--p12", type=Path, required=True, metavar="FILE", help="PKCS#12 file")
    sign.add_argument(
        "--password-env", metavar="VAR", help="environment variable holding the password"
    )
    sign.add_argument("--password-file", type=Path, metavar="FILE")
    sign.add_argument("--tsa", metavar="URL", help="timestamp authority (PAdES B-T)")
    sign.add_argument("--out", type=Path, metavar="SIGNED.pdf")
    sign.add_argument("--letter", type=int, metavar="ID", help="store the signed copy on letter ID")
    sign.add_argument("--by", default=os.environ.get("USER", "manager"))
    sign.set_defaults(func=run_sign)

    verify = letter.add_parser("verify", help="check a signed letter")
    verify.add_argument("pdf", type=Path, metavar="FILE.pdf")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CA.pem",
        help="a certificate you trust (your CA, or a signer's own certificate); repeatable",
    )
    add_json_flag(verify)
    verify.set_defaults(func=run_verify)

    register_mail_actions(letter)  # email, warn, mail-settings, mail-password

    profile = sub.add_parser("profile", help="the company profile and the signatory")
    profile.add_argument("--company", help="company name")
    profile.add_argument("--address", help="company address (use \\n between lines)")
    profile.add_argument("--logo", help="logo image file")
    profile.add_argument("--data-export", help="how customers export their data")
    profile.add_argument("--signatory", help="who signs letters (name)")
    profile.add_argument("--title", help="the signatory's title")
    profile.add_argument("--signature-image", help="a scanned signature (image file)")
    profile.set_defaults(func=run_profile)


def _amount(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("the refund cannot be negative")
    return value


def run_draft(args: argparse.Namespace, ctx: Context) -> int:
    # reportlab and pyHanko load only when a letter is written (the CLI starts fast)
    from desk.documents.letter_store import LetterOptions, draft_letter

    options = LetterOptions(
        language=args.lang,
        paper=args.paper,
        template=args.template,
        end_date=args.end_date,
        refund_months=args.refund_months,
        refund_amount=args.refund_amount,
        currency=args.currency,
        review_date=args.review_date,
        appeal_route=args.appeal_route,
    )
    with ctx.session() as session:
        letter = draft_letter(session, args.case, options, args.by, out=args.out)
        ctx.print(f"Wrote letter #{letter.id} ({args.lang}) to {args.out}, sha256 {letter.sha256}")
    return 0


def _password(args: argparse.Namespace) -> bytes | None:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if value is None:
            raise InputError(f"the environment variable {args.password_env} is not set")
        return value.encode()
    if args.password_file:
        try:
            data: bytes = args.password_file.read_bytes()
            return data.rstrip(b"\r\n")
        except OSError as exc:
            raise InputError(f"{args.password_file}: {exc.strerror}") from exc
    return None


def run_make_certificate(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.certificates import TEST_NOTE, make_test_certificate, write_new

    password = _password(args)
    if not password:
        raise InputError("the password is empty: choose one for the certificate file")
    pem = args.out.with_suffix(".pem")
    if pem == args.out:
        pem = args.out.with_suffix(".cert.pem")
    for path in (args.out, pem):
        if path.exists() and not args.force:
            raise InputError(f"{path}: already exists (use --force to replace it)")
    made = make_test_certificate(
        args.name,
        password,
        email=args.email,
        organisation=args.org,
        days=args.days,
        key_type=args.key,
    )
    write_new(args.out, made.p12, force=args.force, private=True)
    write_new(pem, made.pem, force=args.force)
    ctx.print(f"Wrote {args.out} (key and certificate) and {pem} (certificate, for --trust)")
    ctx.print(f"Subject: {made.subject}; valid until {made.not_after:%Y-%m-%d}")
    ctx.print(TEST_NOTE)
    return 0


def run_sign(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.letter_store import store_signed
    from desk.documents.signature_check import describe_name
    from desk.documents.signing import load_signer, sign_pdf
    from desk.outputs import publish

    try:
        pdf = args.pdf.read_bytes()
    except OSError as exc:
        raise InputError(f"{args.pdf}: {exc.strerror}") from exc
    signer = load_signer(args.p12, _password(args))
    try:
        signed = sign_pdf(pdf, signer, tsa_url=args.tsa)
    except InputError as exc:
        raise InputError(f"{args.pdf}: {exc}") from None
    out = args.out or args.pdf.with_name(f"{args.pdf.stem}-signed.pdf")
    name = describe_name(signer.signing_cert.subject)  # type: ignore[union-attr]
    if args.letter is None:
        publish(out, signed)
        ctx.print(f"Signed {args.pdf} as {name}; wrote {out}")
    else:  # the file is written once the signed copy and its audit event are committed
        with ctx.session() as session:
            letter = store_signed(session, args.letter, signed, name, args.by, out=out)
            ctx.print(f"Signed {args.pdf} as {name}; wrote {out}")
            ctx.print(
                f"Stored the signed copy on letter #{letter.id} (sha256 {letter.signed_sha256})"
            )
    return 0


def _trust_roots(paths: list[Path]) -> list[x509.Certificate]:
    roots = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{path}: {exc.strerror}") from None
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        try:
            certificate = x509.Certificate.load(data)
            certificate.native  # noqa: B018 (parses it all now: asn1crypto parses lazily)
        except ValueError:
            raise InputError(f"{path}: not a certificate (PEM or DER)") from None
        roots.append(certificate)
    return roots


def run_verify(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.signature_check import verify_pdf

    try:
        pdf = args.pdf.read_bytes()
    except OSError as exc:
        raise InputError(f"{args.pdf}: {exc.strerror}") from exc
    checks = verify_pdf(pdf, _trust_roots(args.trust))
    if args.json:
        ctx.print_json(
            [{**check.__dict__, "ok": check.ok, "verdict": check.verdict} for check in checks]
        )
    for number, check in enumerate(checks if not args.json else []):
        if number:
            ctx.print()
        for line in check.lines():
            ctx.print(line)
    return 0 if all(check.ok for check in checks) else 1


def run_profile(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.session() as session:
        company = load_company(session)
        signatory = load_signatory(session)
        company = CompanyProfile(
            name=args.company if args.company is not None else company.name,
            address=(
                args.address.replace("\\n", "\n") if args.address is not None else company.address
            ),
            logo=args.logo if args.logo is not None else company.logo,
            data_export=args.data_export if args.data_export is not None else company.data_export,
        )
        signatory = Signatory(
            name=args.signatory if args.signatory is not None else signatory.name,
            title=args.title if args.title is not None else signatory.title,
            signature_image=(
                args.signature_image
                if args.signature_image is not None
                else signatory.signature_image
            ),
        )
        save_company(session, company)
        save_signatory(session, signatory)
    ctx.print(f"Company: {company.name or '(not set)'}; address: {company.address or '(not set)'}")
    ctx.print(f"Signatory: {signatory.name or '(not set)'}, {signatory.title or '(no title)'}")
    return 0
