-- FieldApp schema 8: where each photo's file stands between this laptop and the
-- server (docs/sync.md, Photos). A local table: it is not one of domain/sync.py's
-- ALL_TABLES and is never written through storage/synced.py, so it has no outbox
-- rows and never syncs; each laptop keeps its own.
--
-- direction 'up' (this laptop has the file, the server may not):
--   waiting -> uploading (done_bytes = the server's confirmed offset)
--           -> reduced (the reduced copy is on the server, the original not yet)
--           -> sent
-- direction 'down' (a pulled row whose file is not here):
--   missing -> downloading (done_bytes in the partial file) -> fetched
-- failed (either direction): `reason` says why; it is tried again every round.

CREATE TABLE photo_transfers (
    photo_id   TEXT PRIMARY KEY REFERENCES photos (id),
    sha256     TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    direction  TEXT NOT NULL CHECK (direction IN ('up', 'down')),
    state      TEXT NOT NULL CHECK (state IN ('waiting', 'uploading', 'reduced', 'sent',
                                              'missing', 'downloading', 'fetched', 'failed')),
    done_bytes INTEGER NOT NULL DEFAULT 0,
    reason     TEXT NOT NULL DEFAULT '',  -- a code the Sync page words (photo_transfers.py)
    detail     TEXT NOT NULL DEFAULT '',  -- the server's own sentence, when it refused
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX photo_transfers_state ON photo_transfers (state);
