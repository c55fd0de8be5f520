"""A connection as a form gives it: the vendor's fields in, the checked connection out.

The window's "Connect a helpdesk" dialog asks for the same things as ``breakup-desk connect``
(a Zendesk subdomain and agent e-mail, a Freshdesk domain, a Help Scout app id; each with its
token) and needs the same two steps: one authenticated request that proves the token, then a
connection row with the token in the OS keyring. The token passes through here as an argument
only: it is never stored in the row, the settings or a message. A machine without a keyring
cannot keep it, so the form refuses to save there and points to ``--token-env``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from desk.connect.freshdesk import freshdesk_base_url
from desk.connect.front import BASE_URL as FRONT_URL
from desk.connect.helpscout import BASE_URL as HELPSCOUT_URL
from desk.connect.http import ConnectError
from desk.connect.intercom import BASE_URL as INTERCOM_URL
from desk.connect.secrets import forget_token, keyring_usable, store_token
from desk.connect.store import ConnectionInfo, add_connection, remove_connection
from desk.connect.sync import CONNECTORS
from desk.connect.zendesk import zendesk_base_url
from desk.db.handle import Engine
from desk.errors import InputError

# The vendors a form can connect, and the fields each asks for besides the token ("base_url",
# another address for the API, is optional for all). IMAP needs folders and TLS choices: the
# command line connects it.
FORM_FIELDS: dict[str, tuple[str, ...]] = {
    "zendesk": ("subdomain", "email"),
    "freshdesk": ("domain",),
    "helpscout": ("app_id",),
    "intercom": (),
    "front": (),
}
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$")


def account_for(vendor: str, fields: Mapping[str, str]) -> tuple[dict[str, str], str]:
    """(what the connection row keeps, the API's address) from the form's fields."""
    if vendor not in FORM_FIELDS:
        raise InputError(f"{vendor!r}: not a helpdesk the form connects")
    values = {key: (fields.get(key) or "").strip() for key in (*FORM_FIELDS[vendor], "base_url")}
    for key in FORM_FIELDS[vendor]:
        if not values[key]:
            raise InputError(f"{key.replace('_', ' ')}: required")
    if vendor == "zendesk":
        account = {"email": values["email"], "subdomain": values["subdomain"]}
        default = zendesk_base_url(values["subdomain"])
    elif vendor == "freshdesk":
        account, default = {"domain": values["domain"]}, freshdesk_base_url(values["domain"])
    elif vendor == "helpscout":
        account, default = {"app_id": values["app_id"]}, HELPSCOUT_URL
    else:
        account, default = {}, INTERCOM_URL if vendor == "intercom" else FRONT_URL
    base_url = values["base_url"] or default
    if not base_url.startswith(("https://", "http://")):
        raise InputError(f"address {base_url!r}: give an http(s):// address")
    return account, base_url


def check_credentials(vendor: str, fields: Mapping[str, str], token: str) -> str:
    """One authenticated request with the form's values; who we are, in words."""
    if not token.strip():
        raise InputError("the token is empty")
    account, base_url = account_for(vendor, fields)
    return CONNECTORS[vendor](base_url, account, token.strip()).check()


def save_connection(
    engine: Engine, name: str, vendor: str, fields: Mapping[str, str], token: str
) -> ConnectionInfo:
    """Keep the token in the keyring and the rest in a connection row (checked beforehand)."""
    if not NAME.match(name):
        raise InputError(f"name {name!r}: use letters, digits, '.', '_' or '-'")
    if not keyring_usable():
        raise ConnectError(
            "no keyring on this machine to keep the token; connect from the command line "
            "with --token-env instead"
        )
    account, base_url = account_for(vendor, fields)
    info = add_connection(engine, name, vendor, base_url, account, None)  # refuses a taken name
    try:
        store_token(name, token.strip())
    except ConnectError:
        remove_connection(engine, name)  # no connection without its token
        raise
    return info


def forget_connection(engine: Engine, name: str) -> None:
    """Remove the connection and its token; what it imported stays."""
    remove_connection(engine, name)
    forget_token(name)
