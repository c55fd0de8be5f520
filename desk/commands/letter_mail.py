"""``breakup-desk letter email|warn|mail-settings|mail-password``: letters as e-mails.

``email`` puts a case's signed letter in an e-mail draft (an .eml file any mail program opens
as a draft) or sends it through the company's server; ``warn`` issues a ladder warning in
writing (the yellow card, the e-mail-only notice) and writes its draft. Both record what was
drafted or sent on the case before the file is written. The SMTP password is asked for once
and kept in the OS keyring; it is never an argument, a setting or a log line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from dataclasses import replace
from pathlib import Path

from desk.commands.base import Context
from desk.errors import InputError


def register_actions(letter: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the e-mail actions to the ``letter`` group's subparsers."""
    actor = os.environ.get("USER", "manager")
    p = letter.add_parser("email", help="the signed letter as an e-mail draft (.eml), or send it")
    p.add_argument("case", type=int, metavar="CASE")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.eml")
    p.add_argument("--letter", type=int, metavar="ID", help="which letter (default: the latest)")
    p.add_argument("--body", type=Path, metavar="FILE", help="the letter's text, if edited")
    p.add_argument("--send", action="store_true", help="send it through the SMTP server too")
    p.add_argument("--by", default=actor, help="who drafts or sends it")
    p.set_defaults(func=run_email)

    p = letter.add_parser("warn", help="issue a ladder warning letter and write its e-mail draft")
    p.add_argument("case", type=int, metavar="CASE")
    p.add_argument("--step", choices=("yellow", "email-only"), required=True)
    p.add_argument("--review", type=dt.date.fromisoformat, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=dt.date.fromisoformat, metavar="YYYY-MM-DD", help="expiry")
    p.add_argument("--channel", default="email", help="how it is given (default: email)")
    p.add_argument("--lang", help="the letter's language (default: the customer's)")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.eml")
    p.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="also save the letter's PDF")
    p.add_argument("--by", default=actor, help="who gives the warning")
    p.set_defaults(func=run_warn)

    p = letter.add_parser("mail-settings", help="the From address and the SMTP server")
    p.add_argument("--from", dest="from_address", metavar="ADDRESS")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--user")
    p.add_argument("--security", choices=("starttls", "tls"))
    p.add_argument("--ca-file", metavar="CA.pem", help="a company CA to trust")
    p.set_defaults(func=run_mail_settings)

    p = letter.add_parser("mail-password", help="keep the SMTP password in the OS keyring")
    p.set_defaults(func=run_mail_password)


def _target(path: Path) -> Path:
    if path.suffix.lower() != ".eml":
        raise InputError(f"{path}: an e-mail draft is an .eml file")
    if not path.absolute().parent.is_dir():
        raise InputError(f"{path}: the folder {path.absolute().parent} does not exist")
    return path


def run_email(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.letter_outbox import email_letter
    from desk.outputs import publish

    out = _target(args.out)
    body = None
    if args.body is not None:
        try:
            body = args.body.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{args.body}: {getattr(exc, 'strerror', None) or exc}") from None
    with ctx.session() as session:
        done = email_letter(
            session, args.case, args.by, letter_id=args.letter, body=body, send_it=args.send
        )
    publish(out, done.data)
    verb = f"Sent to {done.outbound.to_address}" if done.sent else "Drafted"
    ctx.print(f"{verb}: {done.mail.message_id}; wrote {out}")
    ctx.print(f"Attached {done.outbound.filename}, sha256 {done.outbound.pdf_sha256}")
    return 0


def run_warn(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.ladder_letters import issue_ladder_letter
    from desk.outputs import publish

    out = _target(args.out)
    with ctx.session() as session:
        issued = issue_ladder_letter(
            session,
            args.case,
            args.by,
            kind=args.step,
            given_by=args.by,
            language=args.lang,
            review_on=args.review,
            expires_on=args.until,
            channel=args.channel,
        )
    publish(out, issued.data)
    if args.pdf is not None:
        publish(args.pdf, issued.letter.pdf)
    warning = issued.warning
    ctx.print(
        f"Recorded warning #{warning.warning_id}: step {warning.step}, {warning.step_title}"
        + (f"; review on {warning.review_on}" if warning.review_on else "")
    )
    ctx.print(f"Drafted {issued.mail.message_id} ({issued.letter.language}); wrote {out}")
    return 0


def run_mail_settings(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.letter_email import check_address
    from desk.documents.mail_send import load_mail_settings, save_mail_settings

    with ctx.session() as session:
        settings = load_mail_settings(session)
        changes = {
            "from_address": args.from_address,
            "smtp_host": args.host,
            "smtp_port": args.port,
            "smtp_user": args.user,
            "security": args.security,
            "ca_file": args.ca_file,
        }
        settings = replace(settings, **{k: v for k, v in changes.items() if v is not None})
        if settings.from_address:
            check_address(settings.from_address, "the From")
        save_mail_settings(session, settings)
    ctx.print(f"From: {settings.from_address or '(not set)'}")
    server = f"{settings.smtp_host}:{settings.smtp_port}" if settings.smtp_host else "(not set)"
    ctx.print(f"SMTP: {server}, {settings.security}, user {settings.smtp_user or '(none)'}")
    return 0


def run_mail_password(args: argparse.Namespace, ctx: Context) -> int:
    from desk.documents.mail_send import PASSWORD_ENV, load_mail_settings, store_password

    with ctx.session() as session:
        settings = load_mail_settings(session)
    if not settings.smtp_host or not settings.smtp_user:
        raise InputError("set the server and user first: `breakup-desk letter mail-settings`")
    if sys.stdin.isatty():
        password = getpass.getpass(f"Password for {settings.keyring_user}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise InputError("the password is empty")
    if not store_password(settings, password):
        raise InputError(f"this machine has no keyring: set {PASSWORD_ENV} where mail is sent")
    ctx.print(f"Kept the password for {settings.keyring_user} in the keyring")
    return 0
