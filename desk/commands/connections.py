"""``breakup-desk connect``, ``sync`` and ``connections``: a helpdesk read through its API.

``connect`` checks the credentials with one request, then keeps the token in the OS keyring;
the database keeps only where the helpdesk is and as whom. The token is given through an
environment variable (``--token-env VAR``), never as an argument, which other users of the
machine could read in the process list. Where the machine has no keyring, nothing keeps the
token: each sync reads it from that variable again, and ``connect`` says so.

``sync`` loads what changed since the last sync as one import batch, page by page (see
:mod:`desk.connect.sync`), then reads the new messages for abuse as ``import`` does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from typing import Any

from desk.abuse.scan import scan_messages
from desk.commands.base import Context, add_json_flag, format_table
from desk.commands.connect_imap import add_imap_parser, imap_account
from desk.connect.freshdesk import freshdesk_base_url
from desk.connect.front import BASE_URL as FRONT_URL
from desk.connect.helpscout import BASE_URL as HELPSCOUT_URL
from desk.connect.intercom import BASE_URL as INTERCOM_URL
from desk.connect.secrets import forget_token, keyring_usable, store_token, token_from_env
from desk.connect.store import add_connection, get_connection, list_connections, remove_connection
from desk.connect.sync import CONNECTORS, SyncSummary, connector_for, sync
from desk.connect.volume import awaiting_text
from desk.connect.zendesk import zendesk_base_url
from desk.errors import DeskError, InputError

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    connect = sub.add_parser(
        "connect",
        help="connect a helpdesk by its API",
        description="Connect a helpdesk by its API. The token is read from the environment "
        "variable --token-env names and kept in the OS keyring (never in the database).",
    )
    vendors = connect.add_subparsers(dest="vendor", required=True, metavar="VENDOR")
    zendesk = vendors.add_parser("zendesk", help="Zendesk (API token)")
    zendesk.add_argument("--subdomain", required=True, help="acme for acme.zendesk.com")
    zendesk.add_argument("--email", required=True, help="the agent's e-mail the token belongs to")
    freshdesk = vendors.add_parser("freshdesk", help="Freshdesk (API key)")
    freshdesk.add_argument("--domain", required=True, help="acme for acme.freshdesk.com")
    helpscout = vendors.add_parser("helpscout", help="Help Scout (OAuth2 app id and secret)")
    helpscout.add_argument("--app-id", required=True, help="the app's id (My Apps)")
    helpscout.add_argument(
        "--secret-env",
        dest="token_env",
        required=True,
        metavar="VAR",
        help="the variable holding the app secret",
    )
    intercom = vendors.add_parser("intercom", help="Intercom (access token)")
    front = vendors.add_parser("front", help="Front (API token)")
    for parser in (zendesk, freshdesk, helpscout, intercom, front):
        if parser is not helpscout:
            parser.add_argument(
                "--token-env", required=True, metavar="VAR", help="the variable holding the token"
            )
        parser.add_argument("--base-url", metavar="URL", help="another address for the API")
        parser.add_argument("--name", help="what to call the connection (default: the vendor)")
        parser.set_defaults(func=run_connect)
    add_imap_parser(vendors).set_defaults(func=run_connect)  # a mailbox: host, user, folders

    sync_parser = sub.add_parser(
        "sync",
        help="fetch what changed in a connected helpdesk",
        description="Fetch what changed since the last sync (or since --since) and import it. "
        "A sync that was stopped resumes where it stopped.",
    )
    sync_parser.add_argument("name", nargs="?", help="the connection (default: the only one)")
    sync_parser.add_argument("--since", type=_date, help="from this date (YYYY-MM-DD) on")
    sync_parser.add_argument("--customer", metavar="EMAIL", help="only this customer's tickets")
    sync_parser.add_argument(
        "--volume-only",
        action="store_true",
        help="every customer's volume from ticket or conversation metadata, without the text "
        "(not IMAP); then --customer EMAIL, or a plain sync, brings the text",
    )
    sync_parser.add_argument("--no-scan", action="store_true", help="do not read for abuse")
    add_json_flag(sync_parser)
    sync_parser.set_defaults(func=run_sync)

    manage = sub.add_parser("connections", help="list, test or remove helpdesk connections")
    manage.add_argument("action", nargs="?", choices=("list", "test", "remove"), default="list")
    manage.add_argument("name", nargs="?")
    add_json_flag(manage)
    manage.set_defaults(func=run_connections)


def _date(text: str) -> dt.datetime:
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


def run_connect(args: argparse.Namespace, ctx: Context) -> int:
    name = args.name or args.vendor
    if not _NAME.match(name):
        raise InputError(f"--name {name!r}: use letters, digits, '.', '_' or '-'")
    token = token_from_env(args.token_env)
    account, default_url = _account(args)
    base_url = args.base_url or default_url
    if args.vendor != "imap" and not base_url.startswith(("https://", "http://")):
        raise InputError(f"--base-url {base_url!r}: give an http(s):// address")
    connector = CONNECTORS[args.vendor](base_url, account, token)
    who = connector.check()
    in_keyring = keyring_usable()
    add_connection(
        ctx.engine, name, args.vendor, base_url, account, None if in_keyring else args.token_env
    )
    if in_keyring:
        store_token(name, token)
        ctx.print(
            f"connected {name} ({connector.label}, {base_url}): {who}; "
            "the token is kept in the OS keyring"
        )
    else:
        ctx.print(f"connected {name} ({connector.label}, {base_url}): {who}")
        ctx.print(
            f"no keyring on this machine: the token is NOT stored; each sync reads it "
            f"from ${args.token_env}, so keep it set"
        )
    return 0


def _account(args: argparse.Namespace) -> tuple[dict[str, str], str]:
    """What the connection stores besides its address (never a secret), and that address."""
    if args.vendor == "imap":
        return imap_account(args)
    if args.vendor == "zendesk":
        account = {"email": args.email.strip(), "subdomain": args.subdomain}
        return account, zendesk_base_url(args.subdomain)
    if args.vendor == "freshdesk":
        return {"domain": args.domain}, freshdesk_base_url(args.domain)
    if args.vendor == "helpscout":
        return {"app_id": args.app_id.strip()}, HELPSCOUT_URL
    return {}, INTERCOM_URL if args.vendor == "intercom" else FRONT_URL


def run_sync(args: argparse.Namespace, ctx: Context) -> int:
    info = get_connection(ctx.engine, args.name)
    summary = sync(
        ctx.engine,
        info,
        since=args.since,
        customer=args.customer,
        progress=ctx.progress_bar(None, "pages"),
        volume_only=args.volume_only,
    )
    scanned = None if args.no_scan or args.volume_only else _scan(ctx, summary)
    waiting = awaiting_text(ctx.engine)
    if args.json:
        ctx.print_json(
            {
                **_as_json(summary, scanned),
                "awaiting_text": {
                    "conversations": waiting.conversations,
                    "customers": waiting.customers,
                },
            }
        )
        return 0
    resumed = " (resumed an interrupted sync)" if summary.resumed_batches else ""
    ctx.print(
        f"{info.name}: {summary.pages:,} pages{resumed}: {summary.conversations_new:,} new "
        f"conversations, {summary.messages_new:,} new messages of {summary.messages_seen:,} "
        f"read, {summary.customers_new:,} new customers, {summary.rejected:,} rejected"
    )
    for rejection in summary.rejections[:20]:
        ctx.print(f"  rejected ({rejection.where()}): {rejection.reason}")
    log = summary.retries
    if log.rate_limited or log.retried:
        ctx.print(
            f"  waited {log.waited:.1f} s: {log.rate_limited} rate limits, {log.retried} retries"
        )
    if scanned is not None:
        ctx.print(f"  read {scanned:,} new messages from customers for abuse")
    if waiting.conversations:
        ctx.print(
            f"  volume only: {waiting.conversations:,} conversations of "
            f"{waiting.customers:,} customers are counted but have no text yet; "
            "'--customer EMAIL' or a plain sync fetches it"
        )
    return 0


def _scan(ctx: Context, summary: SyncSummary) -> int | None:
    """The abuse scan of what this sync (and an interrupted one before it) added."""
    try:
        result = scan_messages(ctx.engine, batch_ids=[summary.batch_id, *summary.resumed_batches])
    except DeskError as exc:
        ctx.err.write(
            f"breakup-desk: the sync is saved, but the scan failed: {exc}; "
            "run 'breakup-desk scan'\n"
        )
        return None
    return int(result.messages)


def _as_json(summary: SyncSummary, scanned: int | None) -> dict[str, Any]:
    return {
        "connection": summary.name,
        "batch_id": summary.batch_id,
        "pages": summary.pages,
        "conversations_new": summary.conversations_new,
        "messages_new": summary.messages_new,
        "messages_seen": summary.messages_seen,
        "customers_new": summary.customers_new,
        "rejected": summary.rejected,
        "resumed_batches": summary.resumed_batches,
        "rate_limited": summary.retries.rate_limited,
        "retried": summary.retries.retried,
        "waited_seconds": round(summary.retries.waited, 3),
        "scanned": scanned,
    }


def run_connections(args: argparse.Namespace, ctx: Context) -> int:
    if args.action == "list":
        known = list_connections(ctx.engine)
        if args.json:
            ctx.print_json(
                [
                    {
                        "name": c.name,
                        "vendor": c.vendor,
                        "base_url": c.base_url,
                        "token": f"${c.token_env}" if c.token_env else "keyring",
                        "last_sync_at": c.last_sync_at,
                    }
                    for c in known
                ]
            )
        elif not known:
            ctx.print("no helpdesk is connected; see 'breakup-desk connect --help'")
        else:
            rows = [
                (
                    c.name,
                    c.vendor,
                    c.base_url,
                    f"${c.token_env}" if c.token_env else "keyring",
                    c.last_sync_at.strftime("%Y-%m-%d %H:%M") if c.last_sync_at else "never",
                )
                for c in known
            ]
            ctx.print(format_table(("name", "vendor", "address", "token", "last sync"), rows))
        return 0
    info = get_connection(ctx.engine, args.name)
    if args.action == "test":
        ctx.print(f"{info.name}: {connector_for(info).check()}")
        return 0
    remove_connection(ctx.engine, info.name)
    forget_token(info.name)
    ctx.print(f"removed {info.name}; what it imported stays")
    return 0
