"""A real PostgreSQL server for the tests, from Debian's `postgresql` package: initdb and
pg_ctl in a scratch folder, on a free loopback port, stopped and removed at the end.

PostgreSQL refuses to run as root, so as root (CI, this machine) the server runs as the
`postgres` system user that Debian's package creates (else `nobody`); as anyone else it
runs as that user. Missing binaries skip the tests locally and fail them in CI
(browser_support.require_tool), since CI installs the package (scripts/setup.sh --dev).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

from browser_support import free_port, require_tool

SUPERUSER = "ptt"


def _binary(name: str) -> str:
    """A server program: on PATH, else in Debian's versioned folder (not on PATH by default)."""
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    return require_tool(found or name)


def _as_server_user() -> tuple[list[str], str | None]:
    """The command prefix that runs a program as an unprivileged user, and that user."""
    if os.geteuid() != 0:
        return [], None
    for user in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(user)
            return ["runuser", "-u", user, "--"], user
    raise RuntimeError("running as root and no unprivileged user to run PostgreSQL as")


@contextlib.contextmanager
def running_postgres() -> Iterator[str]:
    """A fresh PostgreSQL cluster; yields the URL of its `postgres` database (trust on loopback)."""
    initdb, pg_ctl = _binary("initdb"), _binary("pg_ctl")
    prefix, user = _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix="ptt-postgres-"))  # not under pytest's 0700 tmp of root
    data = folder / "data"
    if user:
        shutil.chown(folder, user)
    port = free_port()
    log = folder / "server.log"
    try:
        _start(prefix, initdb, pg_ctl, data, log, f"-p {port} -k {folder}")
        try:
            yield f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*prefix, pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _start(prefix: list[str], initdb: str, pg_ctl: str, data: Path, log: Path, where: str) -> None:
    # fsync off: a test server's data need not survive a power cut, and the suite runs faster.
    options = f"{where} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    try:
        subprocess.run(
            [*prefix, initdb, "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-locale"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start"],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
    except subprocess.CalledProcessError as error:
        server_log = log.read_text(errors="replace") if log.exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr!r} {server_log}") from error


def fresh_database(server_url: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server_url, autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')  # a generated name, not input
    return server_url.rsplit("/", 1)[0] + f"/{name}"
