"""Opening the installation's database: migrate (with backup), identity, first-run defaults."""

from __future__ import annotations

from pathlib import Path

from fieldapp.domain.ids import shipped_id
from fieldapp.storage import migrations, places
from fieldapp.storage.database import Database
from fieldapp.storage.device import identity

# Offered on a new database so the plot editor is not empty; the coop edits the list.
DEFAULT_CROPS = ("水稻", "玉米", "柑橘", "茶叶", "蔬菜", "马铃薯", "烤烟", "油菜")


def open_database(path: Path) -> Database:
    """Migrate the file (backing it up first) and open it.

    Raises storage.migrations.MigrationError (the file was restored) or
    NewerSchemaError (written by a newer FieldApp; left untouched).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    applied = migrations.migrate(path)
    db = Database(path)
    identity(db)
    if 1 in applied and not places.crops(db):
        with db.transaction():
            for name in DEFAULT_CROPS:
                places.add_crop(db, name, shipped_id("crop", name))
    return db


def schema_version(db: Database) -> int:
    return migrations.schema_version(db.conn)
