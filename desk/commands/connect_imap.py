"""``breakup-desk connect imap``: the arguments of a shared mailbox, and what the row keeps.

Kept apart from :mod:`desk.commands.connections` (which registers it) because a mailbox is
described by host, port, TLS mode, user and folders rather than by a helpdesk's address. The
password (or OAuth access token) is read from the variable ``--password-env`` names and goes to
the keyring like an API token; the connection row keeps the user, the folders, the company
domains and the CA file, never the secret.
"""

from __future__ import annotations

import argparse

from desk.connect.imap import mailbox_account
from desk.errors import InputError


def add_imap_parser(
    vendors: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """The ``imap`` vendor's parser (the caller sets its ``func``)."""
    imap = vendors.add_parser(
        "imap",
        help="a shared mailbox over IMAP (Gmail, Microsoft 365, Dovecot, …)",
        description="A shared support mailbox over IMAP, always with TLS, read-only (folders are "
        "EXAMINEd, nothing is marked as seen). With Gmail or Microsoft 365 use an app password "
        "(LOGIN), or --xoauth2 with an OAuth access token: registering the OAuth app with Google "
        "or Microsoft is your step; this program only sends the token it is given.",
    )
    imap.add_argument("--host", required=True, help="imap.gmail.com, outlook.office365.com, …")
    imap.add_argument("--port", type=int, help="default: 993 with --ssl, 143 with --starttls")
    tls = imap.add_mutually_exclusive_group()
    tls.add_argument(
        "--ssl", dest="starttls", action="store_false", help="implicit TLS (the default)"
    )
    tls.add_argument("--starttls", dest="starttls", action="store_true", help="STARTTLS on 143")
    imap.add_argument("--user", required=True, help="the mailbox's sign-in name")
    imap.add_argument(
        "--password-env",
        dest="token_env",
        required=True,
        metavar="VAR",
        help="the variable holding the password (or app password, or OAuth access token)",
    )
    imap.add_argument(
        "--xoauth2",
        action="store_true",
        help="sign in with AUTHENTICATE XOAUTH2; the variable holds an OAuth access token",
    )
    imap.add_argument(
        "--folder",
        dest="folders",
        action="append",
        metavar="NAME",
        help="a folder to read (repeat for more; default INBOX)",
    )
    imap.add_argument(
        "--company-domain",
        dest="company_domains",
        action="append",
        metavar="DOMAIN",
        help="your company's domain (repeat for more; default: inferred from the mail)",
    )
    imap.add_argument("--ca-file", help="a PEM file of the CA that signed the server's certificate")
    imap.add_argument("--name", help="what to call the connection (default: imap)")
    imap.set_defaults(starttls=False, base_url=None)
    return imap


def imap_account(args: argparse.Namespace) -> tuple[dict[str, str], str]:
    """What the connection row keeps of a mailbox (no secret), and its ``imaps://`` address."""
    if args.port is not None and not 0 < args.port < 65536:
        raise InputError(f"--port {args.port}: not a port number")
    return mailbox_account(
        args.host,
        args.port,
        starttls=args.starttls,
        user=args.user,
        xoauth2=args.xoauth2,
        folders=args.folders or (),
        company_domains=args.company_domains or (),
        ca_file=str(args.ca_file) if args.ca_file else None,
    )
