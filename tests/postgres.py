"""A throwaway PostgreSQL cluster for the tests and benchmarks: `initdb` into a temporary
folder, started on a Unix socket only, gone with its folder at the end.

The server binaries are Debian's (`./dev test` installs the `postgresql` package when
they are missing); PostgreSQL refuses to run as root, so as root the cluster runs as the
`postgres` user that package creates. fsync is off: a test's database dies with it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import psycopg

USER = "fieldapp"


def _bin_dir() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[4]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise RuntimeError(
        "PostgreSQL's server programs (initdb, pg_ctl) are not installed; "
        "`./dev test` installs Debian's postgresql package"
    )


class Cluster:
    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.folder = Path(tempfile.mkdtemp(prefix="fieldapp-pg-"))
        self.data = self.folder / "data"
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.folder, "postgres")
        self._run("initdb", "-D", str(self.data), "-U", USER, "-A", "trust", "-E", "UTF8")
        options = (
            f"-k {self.folder} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=400 -c shared_buffers=64MB"
        )
        log = str(self.folder / "server.log")
        self._run("pg_ctl", "-D", str(self.data), "-l", log, "-o", options, "-w", "start")
        self.conninfo = f"host={self.folder} user={USER} dbname=postgres"
        self._names = itertools.count(1)

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bin / program), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def fresh_database(self) -> str:
        """A new empty database; its libpq connection string."""
        name = f"t{next(self._names)}"
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"host={self.folder} user={USER} dbname={name}"

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
