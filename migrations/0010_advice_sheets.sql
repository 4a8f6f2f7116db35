-- FieldApp schema 10: the advice sheets this laptop sent to the server for the grower
-- portal (docs/portal.md, Advice sheets). A local table like photo_transfers: never
-- synced, each laptop keeps its own. One row per visit: the visit's hlc the last sheet
-- was made from (what the server checks), the same with its photos' and marks'
-- (`content`: a case whose content differs is due again), and how its upload ended; a
-- sheet the server refused stays 'failed' until the case changes.
CREATE TABLE sheet_uploads (
    visit_id   TEXT PRIMARY KEY REFERENCES visits (id),
    version    TEXT NOT NULL,  -- the visit's hlc the sheet shows
    content    TEXT NOT NULL,  -- version | photos | newest photo hlc | marks | newest mark hlc
    sha256     TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    state      TEXT NOT NULL CHECK (state IN ('sent', 'failed')),
    reason     TEXT NOT NULL DEFAULT '',  -- a code the Sync page words (sheet_uploads.py)
    detail     TEXT NOT NULL DEFAULT '',  -- the server's sentence or the error, if failed
    updated_at TEXT NOT NULL
) STRICT;
