-- FieldApp schema 2: the weighing station. Price rules (versioned), container tares,
-- the purchase ledger (receipts, their lots, voids, payments) and the devices' public
-- keys. Ledger tables are append-only: triggers refuse UPDATE and DELETE, so a
-- correction is a void row plus a new receipt that names the one it replaces.

-- One row per version of a crop and grade's rule; editing a rule adds a version and
-- leaves the old one, which purchases made under it keep pointing at.
CREATE TABLE price_rules (
    id               TEXT PRIMARY KEY,
    coop_id          TEXT NOT NULL,
    crop_id          TEXT NOT NULL REFERENCES crops (id) DEFERRABLE INITIALLY DEFERRED,
    grade            TEXT NOT NULL,
    version          INTEGER NOT NULL CHECK (version >= 1),
    price_fen_per_kg INTEGER NOT NULL CHECK (price_fen_per_kg >= 0),
    moisture         TEXT NOT NULL DEFAULT '[]',  -- JSON [[from, to|null, bp/point], ...]
    impurity         TEXT NOT NULL DEFAULT '[]',
    retired          INTEGER NOT NULL DEFAULT 0,  -- a version that ends a grade
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    hlc              TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX price_rules_version ON price_rules (coop_id, crop_id, grade, version);

CREATE TABLE containers (
    id         TEXT PRIMARY KEY,
    coop_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    tare_g     INTEGER NOT NULL CHECK (tare_g >= 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    device_id  TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE UNIQUE INDEX containers_name ON containers (coop_id, name) WHERE deleted = 0;

-- Every device's receipt-signing public key; this device's private key is in meta.
CREATE TABLE device_keys (
    key_id      TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_code TEXT NOT NULL,
    public_key  TEXT NOT NULL,  -- Ed25519 raw, hex
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE receipts (
    id          TEXT PRIMARY KEY,
    coop_id     TEXT NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    sequence    INTEGER NOT NULL,
    issued_at   TEXT NOT NULL,
    grower_id   TEXT NOT NULL REFERENCES growers (id) DEFERRABLE INITIALLY DEFERRED,
    grower_name TEXT NOT NULL,
    card_no     TEXT NOT NULL,
    clerk       TEXT NOT NULL,
    coop_name   TEXT NOT NULL,
    total_fen   INTEGER NOT NULL CHECK (total_fen >= 0),
    net_g       INTEGER NOT NULL CHECK (net_g > 0),
    key_id      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    signature   TEXT NOT NULL,  -- Ed25519, hex
    canonical   TEXT NOT NULL,  -- the exact text (UTF-8) that was signed
    replaces    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0)
) STRICT;
CREATE UNIQUE INDEX receipts_device_sequence ON receipts (device_id, sequence);
CREATE INDEX receipts_grower ON receipts (grower_id, issued_at);
CREATE INDEX receipts_issued ON receipts (issued_at);

CREATE TABLE receipt_lots (
    id               TEXT PRIMARY KEY,
    coop_id          TEXT NOT NULL,
    receipt_id       TEXT NOT NULL REFERENCES receipts (id) DEFERRABLE INITIALLY DEFERRED,
    position         INTEGER NOT NULL,
    crop_id          TEXT NOT NULL,
    crop             TEXT NOT NULL,
    grade            TEXT NOT NULL,
    rule_id          TEXT NOT NULL,
    rule_version     INTEGER NOT NULL,
    gross_g          INTEGER NOT NULL CHECK (gross_g > 0),
    tare_g           INTEGER NOT NULL CHECK (tare_g >= 0),
    tare_method      TEXT NOT NULL,
    containers       INTEGER NOT NULL DEFAULT 0,
    container        TEXT NOT NULL DEFAULT '',
    deductions       TEXT NOT NULL DEFAULT '[]',  -- JSON [[kind, grams, permille|null], ...]
    net_g            INTEGER NOT NULL CHECK (net_g > 0),
    price_fen_per_kg INTEGER NOT NULL,
    amount_fen       INTEGER NOT NULL CHECK (amount_fen >= 0),
    manual_reason    TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    hlc              TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
    UNIQUE (receipt_id, position)
) STRICT;

CREATE TABLE receipt_voids (
    id          TEXT PRIMARY KEY,
    coop_id     TEXT NOT NULL,
    receipt_id  TEXT NOT NULL UNIQUE REFERENCES receipts (id) DEFERRABLE INITIALLY DEFERRED,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    clerk       TEXT NOT NULL,
    voided_at   TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0)
) STRICT;

CREATE TABLE payments (
    id          TEXT PRIMARY KEY,
    coop_id     TEXT NOT NULL,
    receipt_id  TEXT NOT NULL UNIQUE REFERENCES receipts (id) DEFERRABLE INITIALLY DEFERRED,
    method      TEXT NOT NULL CHECK (method IN ('cash', 'transfer')),
    reference   TEXT NOT NULL DEFAULT '',
    amount_fen  INTEGER NOT NULL CHECK (amount_fen >= 0),
    clerk       TEXT NOT NULL,
    paid_at     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted = 0),
    CHECK (method = 'cash' OR length(trim(reference)) > 0)
) STRICT;

CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts
BEGIN SELECT RAISE(ABORT, 'ledger is append-only: receipts cannot be changed'); END;
CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
BEGIN SELECT RAISE(ABORT, 'ledger is append-only: receipts cannot be deleted'); END;
CREATE TRIGGER receipt_lots_no_update BEFORE UPDATE ON receipt_lots
BEGIN SELECT RAISE(ABORT, 'ledger is append-only: lots cannot be changed'); END;
CREATE TRIGGER receipt_lots_no_delete BEFORE DELETE ON receipt_lots
BEGIN SELECT RAISE(ABORT, 'ledger is append-only: lots cannot be deleted'); END;
CREATE TRIGGER receipt_voids_no_update BEFORE UPDATE ON receipt_voids
BEGIN SELECT RAISE(ABORT, 'ledger is append-only: voids cannot be changed'); END;
CREATE TRIGGER receipt_voids_no_delete BEFORE DELETE ON receipt_voids
BEGIN SELECT RAISE(ABORT, 'ledger is append-only: voids cannot be deleted'); END;
CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN SELECT RAISE(ABORT, 'ledger is append-only: payments cannot be changed'); END;
CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN SELECT RAISE(ABORT, 'ledger is append-only: payments cannot be deleted'); END;
-- The signing key never changes once made.
CREATE TRIGGER device_keys_no_update BEFORE UPDATE ON device_keys
BEGIN SELECT RAISE(ABORT, 'device keys cannot be changed'); END;
