-- FieldApp schema 6: marks drawn on photos (domain/photo_marks.py). A box round a lesion
-- or an arrow at an insect, with a short label; the photo file itself is never changed.
-- Coordinates are ten-thousandths of the upright picture (as shown after EXIF rotation):
-- a box's (x0, y0) is its top-left and (x1, y1) its bottom-right corner; an arrow runs
-- from its tail (x0, y0) to its point (x1, y1).

CREATE TABLE photo_marks (
    id          TEXT PRIMARY KEY,
    coop_id     TEXT NOT NULL,
    -- Deferred like the photos' own references: sync may bring a mark before its photo.
    photo_id    TEXT NOT NULL REFERENCES photos (id) DEFERRABLE INITIALLY DEFERRED,
    kind        TEXT NOT NULL CHECK (kind IN ('box', 'arrow')),
    x0          INTEGER NOT NULL CHECK (x0 BETWEEN 0 AND 10000),
    y0          INTEGER NOT NULL CHECK (y0 BETWEEN 0 AND 10000),
    x1          INTEGER NOT NULL CHECK (x1 BETWEEN 0 AND 10000),
    y1          INTEGER NOT NULL CHECK (y1 BETWEEN 0 AND 10000),
    label       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX photo_marks_photo ON photo_marks (photo_id) WHERE deleted = 0;
