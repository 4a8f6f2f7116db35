-- FieldApp schema 5: the coop's pest and disease catalogue, and treatment plans as lines.
--
-- The catalogue ships in resources/catalogue/pests.json. A row here is the coop's own
-- word on top of it: a new entry (a UUIDv7 id), an edited shipped entry (the shipped
-- entry's id, so every laptop means the same entry) or a shipped entry taken out of
-- the coop's list (its id, hidden = 1). Entries the coop never touched follow the
-- shipped file, so a new program version can correct them; tombstoning an edit
-- (deleted = 1) puts the shipped entry back.

CREATE TABLE pests (
    id            TEXT PRIMARY KEY,
    coop_id       TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'disease',
    name_zh       TEXT NOT NULL,
    name_en       TEXT NOT NULL DEFAULT '',
    latin         TEXT NOT NULL DEFAULT '',
    crops         TEXT NOT NULL DEFAULT '[]',  -- JSON list of crop names (Chinese)
    symptoms_zh   TEXT NOT NULL DEFAULT '',
    symptoms_en   TEXT NOT NULL DEFAULT '',
    prevention_zh TEXT NOT NULL DEFAULT '',
    prevention_en TEXT NOT NULL DEFAULT '',
    treatments    TEXT NOT NULL DEFAULT '[]',  -- JSON list, as in the shipped file
    sources       TEXT NOT NULL DEFAULT '[]',  -- JSON list of {title, publisher, url, year}
    hidden        INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    hlc           TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
) STRICT;

-- The plan as lines (domain/treatments.py TreatmentLine, JSON). The free-text
-- `treatment` column stays for notes that do not fit a line.
ALTER TABLE visits ADD COLUMN treatment_lines TEXT NOT NULL DEFAULT '[]';
