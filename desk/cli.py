"""The ``breakup-desk`` command line.

Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage.
With no subcommand it opens the desktop window, found through the ``breakup_desk.gui`` entry
point so that the core never imports the ``ui`` package.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import metadata

from desk import __version__
from desk.commands import (
    abuse,
    analytics,
    cases,
    customers,
    database,
    demo,
    identities,
    importing,
    letters,
)
from desk.commands.base import Context
from desk.console import quiet_third_party_warnings
from desk.errors import DeskError

COMMAND_MODULES = (
    demo,
    importing,
    customers,
    analytics,
    database,
    identities,
    cases,
    letters,
    abuse,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="breakup-desk",
        description="Decide, prove and carry out the end of a relationship with an abusive "
        "customer. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="SQLAlchemy database URL (default: $BREAKUP_DESK_DB, "
        "else a SQLite file in your data directory)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    parser.add_argument(
        "--self-test", action="store_true", help="check the installed app end to end and exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _gui(name: str) -> Callable[..., int]:
    """The desktop app's ``name`` entry point (found by name: the core never imports ``ui``)."""
    for entry_point in metadata.entry_points(group="breakup_desk.gui", name=name):
        function: Callable[..., int] = entry_point.load()
        return function
    raise DeskError("the desktop app is not installed; see 'breakup-desk --help' for commands")


def main(argv: Sequence[str] | None = None) -> int:
    quiet_third_party_warnings()
    parser = build_parser()
    args = parser.parse_args(argv)
    context = Context(db_url=args.db, quiet=args.quiet)
    try:
        if args.self_test:
            return int(_gui("selftest")())
        if args.command is None:
            return int(_gui("window")(args.db))
        return int(args.func(args, context))
    except DeskError as exc:
        print(f"breakup-desk: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "breakup-desk: interrupted; nothing was changed by the unfinished step", file=sys.stderr
        )
        return 1
    except Exception as exc:
        if args.debug:
            raise
        print(
            f"breakup-desk: internal error: {type(exc).__name__}: {exc} "
            "(run again with --debug for the traceback and report it)",
            file=sys.stderr,
        )
        return 1
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
