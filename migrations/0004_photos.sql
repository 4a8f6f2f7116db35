-- FieldApp schema 4: photos. The image files live in the content-addressed photo store
-- beside the database (photos/originals/ab/<sha256>.<ext>); a row says which visit,
-- plot and grower a photo belongs to and what its EXIF said.

CREATE TABLE photos (
    id          TEXT PRIMARY KEY,
    coop_id     TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL,
    grower_id   TEXT REFERENCES growers (id) DEFERRABLE INITIALLY DEFERRED,
    visit_id    TEXT REFERENCES visits (id) DEFERRABLE INITIALLY DEFERRED,
    plot_id     TEXT REFERENCES plots (id) DEFERRABLE INITIALLY DEFERRED,
    source      TEXT NOT NULL DEFAULT '',  -- the file it was imported from (resuming)
    taken_at    TEXT NOT NULL DEFAULT '',
    lat_e6      INTEGER,
    lon_e6      INTEGER,
    width       INTEGER,
    height      INTEGER,
    camera      TEXT NOT NULL DEFAULT '',
    phash       TEXT NOT NULL DEFAULT '',  -- dHash, 16 hex digits
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
-- A photo is attached to a visit once, however often it is imported.
CREATE UNIQUE INDEX photos_visit_sha ON photos (visit_id, sha256) WHERE deleted = 0;
CREATE INDEX photos_sha ON photos (sha256);
