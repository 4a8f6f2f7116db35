"""Numbered schema steps from migrations/, applied in order, each exactly once.

The schema version is SQLite's `user_version`. Before the first pending step the
file is copied with SQLite's backup API; if any step fails, the copy is put
back and MigrationError says which step and why.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from fieldapp.paths import MIGRATIONS

from .database import connect

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    path: Path


class MigrationError(Exception):
    def __init__(self, migration: Migration, cause: Exception, backup: Path) -> None:
        super().__init__(f"{migration.path.name}: {cause}")
        self.migration = migration
        self.cause = cause
        self.backup = backup


class NewerSchemaError(Exception):
    """The file was written by a newer FieldApp; opening it here could damage it."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"database schema {found} is newer than this program's {known}")
        self.found = found
        self.known = known


def available(folder: Path = MIGRATIONS) -> list[Migration]:
    steps = []
    for path in sorted(folder.iterdir()):
        match = _NAME.match(path.name)
        if match:
            steps.append(Migration(int(match.group(1)), path))
    versions = [m.version for m in steps]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {versions}")
    return steps


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup(path: Path, version: int) -> Path:
    """A consistent copy of the file beside it, safe even with WAL and open readers."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    source = connect(path)
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def _restore(backup_path: Path, path: Path) -> None:
    source = sqlite3.connect(str(backup_path))
    dest = connect(path)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()


def migrate(path: Path, folder: Path = MIGRATIONS) -> list[int]:
    """Bring the file at `path` up to date; returns the versions applied."""
    steps = available(folder)
    # Read the version before connect() switches the file to WAL: a file from a newer
    # FieldApp must be left exactly as it was.
    found = _version_on_disk(path)
    if found > len(steps):
        raise NewerSchemaError(found, len(steps))
    conn = connect(path)
    try:
        current = schema_version(conn)
        if current > len(steps):
            raise NewerSchemaError(current, len(steps))
        pending = [m for m in steps if m.version > current]
        if not pending:
            return []
        fresh = current == 0
        saved = None if fresh else backup(path, current)
        for step in pending:
            try:
                _apply(conn, step)
            except Exception as exc:
                conn.close()
                if saved is None:
                    raise
                _restore(saved, path)
                raise MigrationError(step, exc, saved) from exc
        return [m.version for m in pending]
    finally:
        conn.close()


def _version_on_disk(path: Path) -> int:
    """user_version read without changing anything (no pragmas that write the header)."""
    if not path.exists():
        return 0
    plain = sqlite3.connect(str(path))
    try:
        return schema_version(plain)
    finally:
        plain.close()


def _apply(conn: sqlite3.Connection, step: Migration) -> None:
    """One step in one transaction, with the version bump inside it."""
    script = step.path.read_text(encoding="utf-8")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _statements(script):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {step.version}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """Split a script on complete statements (executescript would commit on its own)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not buffer.strip().startswith("--"):
        statements.append(buffer.strip())
    return [s for s in statements if s]
