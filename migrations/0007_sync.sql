-- FieldApp schema 7: what sync keeps on a laptop besides `meta` (server address,
-- token, pull cursor). Conflicts come from the server (docs/sync.md, Merge): the same
-- field changed on two laptops; the Sync page lists the open ones for a person.

CREATE TABLE conflicts (
    id           TEXT PRIMARY KEY,
    coop_id      TEXT NOT NULL,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    kept         TEXT NOT NULL,  -- the value in the row now, JSON
    other        TEXT NOT NULL,  -- the value that lost for now, JSON
    kept_hlc     TEXT NOT NULL,
    other_hlc    TEXT NOT NULL,
    kept_device  TEXT NOT NULL DEFAULT '',
    other_device TEXT NOT NULL DEFAULT '',
    resolved     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX conflicts_open ON conflicts (resolved) WHERE deleted = 0;

-- A pulled row this laptop cannot hold as it is: another row here already has its
-- unique value (the same ID number registered on two laptops offline). Kept whole
-- for a person to settle on the Sync page, never dropped.
CREATE TABLE sync_held (
    id         INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    fields     TEXT NOT NULL,  -- JSON, as pulled
    reason     TEXT NOT NULL,
    held_at    TEXT NOT NULL
) STRICT;
