-- FieldApp schema 1: device metadata, outbox, pick lists, growers, plots, search index.
-- Synced tables all carry: id (UUIDv7), coop_id, created_at, updated_at (UTC ISO),
-- hlc, device_id (last writer), deleted (tombstone).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Every change to synced data, written in the same transaction as the change.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id  TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    changes    TEXT NOT NULL,          -- JSON {field: new value}
    base       TEXT,                   -- JSON {field: value before}, NULL for inserts
    hlc        TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_row ON outbox (table_name, row_id);

CREATE TABLE townships (
    id         TEXT PRIMARY KEY,
    coop_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX townships_name ON townships (coop_id, name) WHERE deleted = 0;

CREATE TABLE villages (
    id          TEXT PRIMARY KEY,
    coop_id     TEXT NOT NULL,
    township_id TEXT NOT NULL REFERENCES townships (id) DEFERRABLE INITIALLY DEFERRED,
    name        TEXT NOT NULL,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX villages_name ON villages (township_id, name) WHERE deleted = 0;

CREATE TABLE crops (
    id         TEXT PRIMARY KEY,
    coop_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX crops_name ON crops (coop_id, name) WHERE deleted = 0;

CREATE TABLE growers (
    id           TEXT PRIMARY KEY,
    coop_id      TEXT NOT NULL,
    card_no      TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    id_number    TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    gender       TEXT NOT NULL DEFAULT '',
    township_id  TEXT REFERENCES townships (id) DEFERRABLE INITIALLY DEFERRED,
    village_id   TEXT REFERENCES villages (id) DEFERRABLE INITIALLY DEFERRED,
    address      TEXT NOT NULL DEFAULT '',
    account_kind TEXT NOT NULL DEFAULT '',
    account_no   TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    member_since TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
) STRICT;
-- The same ID number twice is refused by the database too, not only by the screen.
CREATE UNIQUE INDEX growers_id_number ON growers (coop_id, id_number)
    WHERE id_number != '' AND deleted = 0;
CREATE INDEX growers_name ON growers (name);

CREATE TABLE plots (
    id         TEXT PRIMARY KEY,
    coop_id    TEXT NOT NULL,
    grower_id  TEXT NOT NULL REFERENCES growers (id) DEFERRABLE INITIALLY DEFERRED,
    name       TEXT NOT NULL,
    area_m2    INTEGER NOT NULL CHECK (area_m2 > 0),
    crop_id    TEXT REFERENCES crops (id) DEFERRABLE INITIALLY DEFERRED,
    variety    TEXT NOT NULL DEFAULT '',
    lat_e6     INTEGER,
    lon_e6     INTEGER,
    soil_notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX plots_grower ON plots (grower_id) WHERE deleted = 0;
CREATE INDEX plots_crop ON plots (crop_id, grower_id) WHERE deleted = 0;

-- Derived, local only (never synced): one row per live grower, for the list and search.
-- num is handed out in name order (storage/grower_index.py), so ORDER BY num is by name
-- and FTS matches (rowid = num) come out sorted by name without a sort.
CREATE TABLE grower_index (
    num         INTEGER PRIMARY KEY,
    grower_id   TEXT NOT NULL UNIQUE REFERENCES growers (id),
    sort_key    TEXT NOT NULL,          -- pinyin with surname readings
    card_no     TEXT NOT NULL,
    place_key   TEXT NOT NULL,          -- township + village, for sorting by place
    township_id TEXT,
    village_id  TEXT,
    status      TEXT NOT NULL,
    phone_rev   TEXT NOT NULL,          -- reversed, so a phone tail is a prefix range
    id_rev      TEXT NOT NULL,
    plot_count  INTEGER NOT NULL DEFAULT 0,   -- the list's plot columns, kept with the plots
    area_m2     INTEGER NOT NULL DEFAULT 0,
    crops       TEXT NOT NULL DEFAULT ''
) STRICT;
-- Each index ends with num implicitly, so "filter, then by name" needs no sort.
CREATE INDEX grower_index_sort ON grower_index (sort_key);
CREATE INDEX grower_index_card ON grower_index (card_no);
CREATE INDEX grower_index_place ON grower_index (place_key);
CREATE INDEX grower_index_village ON grower_index (village_id);
CREATE INDEX grower_index_township ON grower_index (township_id);
CREATE INDEX grower_index_status ON grower_index (status);
CREATE INDEX grower_index_phone ON grower_index (phone_rev);
CREATE INDEX grower_index_id ON grower_index (id_rev);

-- One token per Chinese character, so 1- and 2-character queries work as phrases
-- (the trigram tokenizer finds nothing under three characters).
CREATE VIRTUAL TABLE grower_fts USING fts5 (
    name, place, pinyin,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);
