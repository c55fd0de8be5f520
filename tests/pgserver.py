"""A real PostgreSQL server for the tests, on loopback, in a temporary directory.

PostgreSQL refuses to run as root: when the tests run as root the server runs as the
``postgres`` system user. ``PgUnavailable`` says how to get the binaries when they are missing.
"""

from __future__ import annotations

import atexit
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

START_TIMEOUT = 60


class PgUnavailable(Exception):
    """No PostgreSQL server binaries here (or the server would not start)."""


def _find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True)
    return str(candidates[0]) if candidates else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    """A throw-away PostgreSQL cluster; ``create_database()`` gives each test its own database."""

    def __init__(self, root: Path, port: int, user: str, run_as: list[str], pg_ctl: str) -> None:
        self.root = root
        self.port = port
        self.user = user
        self._run_as = run_as
        self._pg_ctl = pg_ctl
        self._names = itertools.count(1)
        self._stopped = False

    @classmethod
    def start(cls) -> PgServer:
        initdb, pg_ctl = _find_bin("initdb"), _find_bin("pg_ctl")
        if not initdb or not pg_ctl or not _find_bin("postgres"):
            raise PgUnavailable(
                "PostgreSQL server binaries (initdb, pg_ctl, postgres) are not installed; "
                "install them with 'apt-get install postgresql' (Debian/Ubuntu) to run the "
                "PostgreSQL tests"
            )
        root = Path(tempfile.mkdtemp(prefix="breakup-pg-"))
        run_as: list[str] = []
        user = os.environ.get("USER") or "postgres"
        if os.geteuid() == 0:
            runuser = shutil.which("runuser")
            if runuser is None:
                raise PgUnavailable("running as root and 'runuser' is missing to start PostgreSQL")
            run_as = [runuser, "-u", "postgres", "--"]
            user = "postgres"
            shutil.chown(root, "postgres", "postgres")
            root.chmod(0o700)
        else:
            import getpass

            user = getpass.getuser()
        data = root / "data"
        port = _free_port()
        server = cls(root, port, user, run_as, pg_ctl)
        atexit.register(server.stop)
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        server._run(
            [
                initdb,
                "-D",
                str(data),
                "-U",
                user,
                "-E",
                "UTF8",
                "--no-sync",
                "--auth=trust",
                "--locale=C.UTF-8",
            ],
            env,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=50 -c shared_buffers=64MB"
        )
        server._run(
            [
                pg_ctl,
                "-D",
                str(data),
                "-l",
                str(root / "server.log"),
                "-o",
                options,
                "-w",
                "-t",
                str(START_TIMEOUT),
                "start",
            ],
            env,
        )
        server._wait_ready()
        return server

    def _run(self, argv: list[str], env: dict[str, str]) -> None:
        result = subprocess.run(
            [*self._run_as, *argv],
            capture_output=True,
            text=True,
            env=env,
            check=False,
            cwd=self.root,
        )
        if result.returncode != 0:
            self.stop()
            raise PgUnavailable(
                f"{Path(argv[0]).name} failed ({result.returncode}): "
                f"{(result.stderr or result.stdout).strip()[-500:]} {self._log_tail()}"
            )

    def _log_tail(self) -> str:
        log = self.root / "server.log"
        try:
            return "log: " + log.read_text(errors="replace")[-800:]
        except OSError:
            return ""

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with psycopg.connect(self._dsn("postgres"), connect_timeout=2):
                    return
            except psycopg.OperationalError as exc:
                if time.monotonic() > deadline:
                    self.stop()
                    raise PgUnavailable(f"PostgreSQL did not accept connections: {exc}") from exc
                time.sleep(0.1)

    def _dsn(self, dbname: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname={dbname}"

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self) -> str:
        name = f"test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        data = self.root / "data"
        if (data / "postmaster.pid").exists():
            subprocess.run(
                [*self._run_as, self._pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                check=False,
                cwd=self.root,
            )
        shutil.rmtree(self.root, ignore_errors=True)
