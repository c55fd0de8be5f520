"""``breakup-desk letter draft|sign|verify`` and ``breakup-desk profile``."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from decimal import Decimal, InvalidOperation
from pathlib import Path

from asn1crypto import pem, x509

from desk.commands.base import Context, add_json_flag
from desk.documents.letter_text import LANGUAGES
from desk.errors import InputError
from desk.profile import (
    CompanyProfile,
    Signatory,
    load_company,
    load_signatory,
    save_company,
    save_signatory,
)


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
    verify.add_argument("--trust", type=Path, action="append", default=[], metavar="CA.pem")
    add_json_flag(verify)
    verify.set_defaults(func=run_verify)

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
        letter = draft_letter(session, args.case, options, args.by)
        args.out.write_bytes(letter.pdf)
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


def run_sign(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.letter_store import store_signed
    from desk.documents.signing import load_signer, sign_pdf

    try:
        pdf = args.pdf.read_bytes()
    except OSError as exc:
        raise InputError(f"{args.pdf}: {exc.strerror}") from exc
    signer = load_signer(args.p12, _password(args))
    signed = sign_pdf(pdf, signer, tsa_url=args.tsa)
    out = args.out or args.pdf.with_name(f"{args.pdf.stem}-signed.pdf")
    out.write_bytes(signed)
    name = str(signer.signing_cert.subject.human_friendly)  # type: ignore[union-attr]
    ctx.print(f"Signed {args.pdf} as {name}; wrote {out}")
    if args.letter is not None:
        with ctx.session() as session:
            letter = store_signed(session, args.letter, signed, name, args.by)
            ctx.print(
                f"Stored the signed copy on letter #{letter.id} (sha256 {letter.signed_sha256})"
            )
    return 0


def _trust_roots(paths: list[Path]) -> list[x509.Certificate]:
    roots = []
    for path in paths:
        data = path.read_bytes()
        if pem.detect(data):
            _, _, data = pem.unarmor(data)
        roots.append(x509.Certificate.load(data))
    return roots


def run_verify(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.signing import verify_pdf

    try:
        pdf = args.pdf.read_bytes()
    except OSError as exc:
        raise InputError(f"{args.pdf}: {exc.strerror}") from exc
    checks = verify_pdf(pdf, _trust_roots(args.trust))
    if args.json:
        ctx.print_json([{**check.__dict__, "ok": check.ok} for check in checks])
    for check in checks if not args.json else []:
        state = "VALID" if check.ok else "NOT VALID"
        ctx.print(f"{check.field}: {state}, signed by {check.signer} at {check.signed_at}")
        ctx.print(
            f"  intact: {check.intact}, signature valid: {check.valid}, covers the whole file: "
            f"{check.whole_file}, trusted signer: {check.trusted}"
        )
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
