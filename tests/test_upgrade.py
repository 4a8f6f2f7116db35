"""A new FieldApp opens a database from every released schema: backed up, migrated,
nothing lost. The samples in tests/data/schemas were made by
scripts/make_schema_samples.py when each schema was current; they are not remade
here. (tests/test_migrations.py covers the runner itself: order, failure, restore.)"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldapp.domain.growers import GrowerData
from fieldapp.services.bundle import Services
from fieldapp.services.setup import open_database, schema_version
from fieldapp.storage.migrations import available

SAMPLES = Path(__file__).parent / "data" / "schemas"
RELEASED = 7
# Per-table checks would only repeat this: FTS5's own shadow tables are rebuilt by it.
FTS_SHADOWS = ("grower_fts_",)


def sample(version: int) -> Path:
    return SAMPLES / f"schema_{version}.db"


def snapshot(path: Path) -> dict[str, list[dict]]:
    """Every row of every table, as {column: value}, in rowid order."""
    conn = sqlite3.connect(str(path))
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if not r[0].startswith(FTS_SHADOWS)
        ]
        return {
            t: [
                dict(r)
                for r in conn.execute(f'SELECT rowid AS _rowid, * FROM "{t}" ORDER BY rowid')
            ]
            for t in tables
        }
    finally:
        conn.close()


@pytest.fixture(params=range(1, RELEASED + 1), ids=lambda v: f"schema{v}")
def old_file(request, tmp_path: Path) -> tuple[int, Path]:
    version = request.param
    target = tmp_path / "data" / "fieldapp.db"
    target.parent.mkdir()
    shutil.copy(sample(version), target)
    return version, target


def test_every_released_schema_has_a_sample():
    assert len(available()) >= RELEASED
    for version in range(1, RELEASED + 1):
        assert sample(version).is_file(), f"run scripts/make_schema_samples.py --upto {version}"
        conn = sqlite3.connect(str(sample(version)))
        try:
            assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        finally:
            conn.close()


def test_an_old_database_is_backed_up_and_every_record_survives(old_file):
    version, path = old_file
    before = snapshot(path)
    assert before["growers"], "the sample holds growers"

    db = open_database(path)
    try:
        assert schema_version(db) == len(available())
    finally:
        db.close()

    backups = list(path.parent.glob(f"fieldapp.db.v{version}-*.bak"))
    assert len(backups) == 1, "one backup, named after the schema it holds"
    assert snapshot(backups[0]) == before, "the backup is the database as it was"

    after = snapshot(path)
    for table, rows in before.items():
        assert table in after, f"table {table} disappeared"
        kept = {r["_rowid"]: r for r in after[table]}
        for row in rows:
            now = kept.get(row["_rowid"])
            assert now is not None, f"{table}: row {row} lost"
            # New columns may have been added with defaults; old ones keep their values.
            assert {c: now[c] for c in row} == row, f"{table}: row changed"


def test_the_upgraded_data_reads_through_the_services(old_file):
    _version, path = old_file
    expected = snapshot(path)
    db = open_database(path)
    services = Services.over(db)
    try:
        for row in expected["growers"]:
            grower = services.registry.get(row["id"])
            assert grower is not None and grower.data.name == row["name"]
        if "receipts" in expected:
            for row in expected["receipts"]:
                entry = services.purchases.entry(row["id"])
                assert entry is not None and entry.intact, "signed bytes still match the rows"
            assert any(services.purchases.entry(r["id"]).void for r in expected["receipts"])
        if "visits" in expected:
            assert all(services.visits.get(r["id"]) for r in expected["visits"])
        if "photo_marks" in expected:
            photo = expected["photo_marks"][0]["photo_id"]
            assert services.photos.marks(photo)
        # The program writes again after the upgrade, through the same services.
        new_id = services.registry.save(GrowerData(name="升级后", phone="13900000000"))
        assert services.registry.get(new_id) is not None
    finally:
        services.close()


def test_opening_twice_makes_no_second_backup(old_file):
    _version, path = old_file
    open_database(path).close()
    open_database(path).close()
    assert len(list(path.parent.glob("fieldapp.db.v*.bak"))) == 1
