"""The ``breakup-desk`` command line.

Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage, 141
when the reader of the output went away (``| head``), as for any tool killed by SIGPIPE.
Every failure is one line: database errors are told by the driver's message, never with
SQLAlchemy's statement and parameters (customers' messages, for an import).
With no subcommand it opens the desktop window, found through the ``breakup_desk.gui`` entry
point so that the core never imports the ``ui`` package.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable, Sequence
from importlib import metadata

from sqlalchemy.exc import DBAPIError, OperationalError

from desk import __version__
from desk.commands import (
    abuse,
    analytics,
    calibration,
    case_calls,
    cases,
    connections,
    customers,
    database,
    demo,
    governance,
    identities,
    importing,
    letters,
)
from desk.commands.base import Context
from desk.commands.terminal import clean_line
from desk.console import quiet_third_party_warnings
from desk.db.busy_wait import Waiter, waiting
from desk.db.busy_wait import install as install_busy_wait
from desk.db.failures import BUSY, driver_message, full_folder, is_busy, is_disk_full
from desk.errors import DeskError
from desk.ingest.tempdirs import remove_orphans

BROKEN_PIPE = 141

COMMAND_MODULES = (
    demo,
    importing,
    customers,
    analytics,
    database,
    identities,
    cases,
    governance,
    letters,
    abuse,
    calibration,
    connections,
    case_calls,
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
    remove_orphans()  # temporary copies left by a run that was killed
    parser = build_parser()
    args = parser.parse_args(argv)
    context = Context(db_url=args.db, quiet=args.quiet)
    waited: list[str] = []  # the databases this run waited for (another writer held them)
    install_busy_wait()
    try:
        if args.self_test:
            return int(_gui("selftest")())
        if args.command is None:
            return int(_gui("window")(args.db))
        with waiting(Waiter(lambda database: _say_waiting(database, waited))):
            code = int(args.func(args, context))
        context.out.flush()  # a closed pipe is found here, inside the handlers below
        return code
    except DeskError as exc:
        return _error(str(exc))
    except KeyboardInterrupt:
        if waited:
            return _error("cancelled while waiting for another writer; nothing was changed", "")
        return _error("interrupted; nothing was changed by the unfinished step", prefix="")
    except OSError as exc:
        if exc.errno == errno.EPIPE:  # BrokenPipeError: the reader (``| head``) has gone
            return _broken_pipe()
        if is_disk_full(exc):
            return _disk_full(exc, context, args.command)
        if args.debug:
            raise
        return _internal(exc)
    except DBAPIError as exc:
        if is_busy(exc):
            return _error(BUSY)
        if is_disk_full(exc):
            return _disk_full(exc, context, args.command)
        if args.debug:
            raise
        if isinstance(exc, OperationalError):  # the file or server, not our code
            return _error(f"the database failed: {driver_message(exc)}")
        return _internal(exc)
    except Exception as exc:
        if args.debug:
            raise
        return _internal(exc)
    finally:
        context.close()


def _error(text: str, prefix: str = "error: ") -> int:
    """Say ``text`` as the one line of a user error (exit 1); controls in it are escaped."""
    print(f"breakup-desk: {prefix}{clean_line(text)}", file=sys.stderr)
    return 1


def _say_waiting(database: str, waited: list[str]) -> None:
    """Say once that the command waits for another writer, instead of hanging silently."""
    waited.append(database)
    text = f"another import is writing to {database}; waiting… (Ctrl-C to cancel)"
    print(f"breakup-desk: {clean_line(text)}", file=sys.stderr, flush=True)


def _internal(exc: BaseException) -> int:
    """One line for our own bug: the driver's message, never SQLAlchemy's SQL and values."""
    if isinstance(exc, DBAPIError):
        name, text = type(exc.orig).__name__, driver_message(exc)
    else:
        lines = str(exc).strip().splitlines()
        name, text = type(exc).__name__, lines[0] if lines else ""
    return _error(
        f"{name}: {text} (run again with --debug for the traceback and report it)",
        prefix="internal error: ",
    )


def _disk_full(exc: BaseException, context: Context, command: str | None) -> int:
    folder = full_folder(exc, context.database_folder())
    where = f"the disk holding {folder}" if folder else "the database's disk"
    done = "nothing was imported" if command == "import" else "the unfinished step was not saved"
    return _error(f"{where} is full; {done}")


def _broken_pipe() -> int:
    """The reader of our output stopped (``breakup-desk case show 1 | head``): end quietly.

    Python's recipe (docs: signal, "Note on SIGPIPE"): point stdout at devnull so the flush
    at exit cannot fail again. The exit code is 141 (128 + SIGPIPE), what ``cat`` or ``grep``
    report in the same place, so ``set -o pipefail`` scripts see it as they see theirs.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
