"""Schema steps: applied once each, in order, with a backup; failures put the file back."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.paths import MIGRATIONS
from fieldapp.services.registry import RegistryService
from fieldapp.services.setup import open_database, schema_version
from fieldapp.storage import migrations
from fieldapp.storage.database import Database, connect
from fieldapp.storage.migrations import MigrationError, NewerSchemaError, available, migrate

ADD_COLUMN = "ALTER TABLE growers ADD COLUMN test_col TEXT NOT NULL DEFAULT 'x';\n"


@pytest.fixture
def steps(tmp_path: Path) -> Path:
    """A migrations folder holding only the real first step."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    shutil.copy(MIGRATIONS / "0001_initial.sql", folder / "0001_initial.sql")
    return folder


@pytest.fixture
def v1_file(tmp_path: Path, steps: Path) -> Path:
    """A database at schema 1 holding three growers, written through the services."""
    path = tmp_path / "data" / "fieldapp.db"
    path.parent.mkdir()
    assert migrate(path, steps) == [1]
    db = Database(path)
    registry = RegistryService(db)
    for name, phone in (("张三", "13812345678"), ("李四", ""), ("曾五", "13900001111")):
        registry.save(GrowerData(name=name, phone=phone))
    db.close()
    return path


def dump(path: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0], list(conn.iterdump())
    finally:
        conn.close()


def grower_names(path: Path) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM growers ORDER BY name")]
    finally:
        conn.close()


def columns(path: Path, table: str) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".v*.bak"))


# -- fresh and repeated ------------------------------------------------------------------


def test_fresh_database_gets_every_migration(tmp_path):
    path = tmp_path / "new.db"
    applied = migrate(path)
    assert applied == [m.version for m in available()]
    assert applied[0] == 1
    conn = connect(path)
    assert migrations.schema_version(conn) == len(available())
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert {"meta", "outbox", "townships", "villages", "crops", "growers", "plots"} <= tables
    assert backups(path) == []  # nothing to back up in a new file


def test_migrate_twice_applies_nothing(tmp_path):
    path = tmp_path / "new.db"
    migrate(path)
    before = dump(path)
    assert migrate(path) == []
    assert dump(path) == before
    assert backups(path) == []


def test_open_database_migrates_and_seeds_crops_once(tmp_path):
    path = tmp_path / "app" / "fieldapp.db"
    db = open_database(path)
    assert schema_version(db) == len(available())
    crops = db.scalar("SELECT count(*) FROM crops")
    db.close()
    assert crops
    db = open_database(path)
    assert db.scalar("SELECT count(*) FROM crops") == crops
    db.close()


def test_gaps_in_numbering_are_refused(steps):
    (steps / "0003_later.sql").write_text("SELECT 1;\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="without gaps"):
        available(steps)


def test_other_files_in_the_folder_are_ignored(steps):
    (steps / "README.md").write_text("notes", encoding="utf-8")
    (steps / "0002_Bad-Name.sql").write_text("nonsense", encoding="utf-8")
    assert [m.version for m in available(steps)] == [1]


# -- upgrading a file that holds data ----------------------------------------------------


def test_upgrade_keeps_data_and_leaves_a_backup(v1_file, steps):
    (steps / "0002_test_col.sql").write_text(ADD_COLUMN, encoding="utf-8")
    assert migrate(v1_file, steps) == [2]

    assert dump(v1_file)[0] == 2
    assert grower_names(v1_file) == ["张三", "曾五", "李四"]
    assert "test_col" in columns(v1_file, "growers")
    conn = sqlite3.connect(str(v1_file))
    assert {r[0] for r in conn.execute("SELECT test_col FROM growers")} == {"x"}
    conn.close()

    [saved] = backups(v1_file)
    assert saved.parent == v1_file.parent
    assert ".v1-" in saved.name
    version, _ = dump(saved)
    assert version == 1
    assert grower_names(saved) == ["张三", "曾五", "李四"]
    assert "test_col" not in columns(saved, "growers")

    # The upgraded file still works through the program's own code.
    db = Database(v1_file)
    registry = RegistryService(db)
    registry.save(GrowerData(name="王六"))
    assert registry.count() == 4
    db.close()


def test_several_pending_steps_apply_in_order(v1_file, steps):
    (steps / "0002_a.sql").write_text(ADD_COLUMN, encoding="utf-8")
    (steps / "0003_b.sql").write_text(
        "-- fill the new column\nUPDATE growers SET test_col = name || '!';\n", encoding="utf-8"
    )
    assert migrate(v1_file, steps) == [2, 3]
    conn = sqlite3.connect(str(v1_file))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert {r[0] for r in conn.execute("SELECT test_col FROM growers")} == {
        "张三!",
        "李四!",
        "曾五!",
    }
    conn.close()


@pytest.mark.parametrize(
    "script",
    [
        "THIS IS NOT SQL;\n",
        ADD_COLUMN + "UPDATE growers SET no_such_column = 1;\n",
        ADD_COLUMN + "CREATE TABLE extra (x INTEGER);\nINSERT INTO extra VALUES (1);\n"
        "INSERT INTO growers (id) VALUES ('half-way');\n",  # NOT NULL constraints fail
    ],
    ids=["invalid", "fails-after-a-valid-step", "fails-after-writes"],
)
def test_a_failing_step_leaves_the_file_as_it_was(v1_file, steps, script):
    before = dump(v1_file)
    bad = steps / "0002_broken.sql"
    bad.write_text(script, encoding="utf-8")
    with pytest.raises(MigrationError) as exc:
        migrate(v1_file, steps)
    assert exc.value.migration.version == 2
    assert exc.value.migration.path == bad
    assert "0002_broken.sql" in str(exc.value)
    assert isinstance(exc.value.cause, sqlite3.Error)
    assert exc.value.backup.exists()
    assert exc.value.backup in backups(v1_file)
    assert dump(exc.value.backup)[0] == 1

    assert dump(v1_file) == before
    assert "test_col" not in columns(v1_file, "growers")
    assert grower_names(v1_file) == ["张三", "曾五", "李四"]


def test_failure_in_a_later_step_also_undoes_the_earlier_ones(v1_file, steps):
    before = dump(v1_file)
    (steps / "0002_good.sql").write_text(ADD_COLUMN, encoding="utf-8")
    (steps / "0003_bad.sql").write_text("DROP TABLE no_such_table;\n", encoding="utf-8")
    with pytest.raises(MigrationError) as exc:
        migrate(v1_file, steps)
    assert exc.value.migration.version == 3
    assert dump(v1_file) == before


def test_after_a_failure_the_fixed_step_applies(v1_file, steps):
    bad = steps / "0002_step.sql"
    bad.write_text("NOT SQL;\n", encoding="utf-8")
    with pytest.raises(MigrationError):
        migrate(v1_file, steps)
    bad.write_text(ADD_COLUMN, encoding="utf-8")
    assert migrate(v1_file, steps) == [2]
    assert grower_names(v1_file) == ["张三", "曾五", "李四"]


# -- a file from a newer FieldApp ---------------------------------------------------------


def test_newer_schema_is_refused_and_untouched(v1_file, steps):
    conn = sqlite3.connect(str(v1_file))
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = v1_file.read_bytes()
    with pytest.raises(NewerSchemaError) as exc:
        migrate(v1_file, steps)
    assert (exc.value.found, exc.value.known) == (7, 1)
    assert v1_file.read_bytes() == before
    assert backups(v1_file) == []


def test_newer_schema_in_rollback_journal_mode_is_untouched(tmp_path):
    # Not even the journal mode may change: connect() would switch it to WAL.
    path = tmp_path / "future.db"
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE future_table (x)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError):
        migrate(path)
    assert path.read_bytes() == before
    with pytest.raises(NewerSchemaError):
        open_database(path)
    assert path.read_bytes() == before


# -- connection pragmas ------------------------------------------------------------------


def pragmas(conn: sqlite3.Connection) -> tuple:
    return tuple(
        conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
    )


def test_connect_sets_the_pragmas(tmp_path):
    conn = connect(tmp_path / "p.db")
    journal, fks, sync, busy = pragmas(conn)
    conn.close()
    assert journal == "wal"
    assert fks == 1
    assert sync == 2  # FULL
    assert busy > 0


def test_every_connection_of_a_database_has_the_pragmas(db):
    results = []
    thread = threading.Thread(target=lambda: results.append(pragmas(db.conn)))
    thread.start()
    thread.join()
    for journal, fks, sync, busy in [pragmas(db.conn), *results]:
        assert (journal, fks, sync) == ("wal", 1, 2)
        assert busy > 0
    assert len(results) == 1


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError), db.transaction():
        db.execute(
            "INSERT INTO villages (id, coop_id, township_id, name, created_at, updated_at, "
            "hlc, device_id) VALUES ('v', 'c', 'no-such-township', 'x', '', '', '', '')"
        )
    assert db.scalar("SELECT count(*) FROM villages") == 0
