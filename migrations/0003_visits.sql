-- FieldApp schema 3: field visits (what a technician saw on a plot, the diagnosis, the
-- plan and the follow-up). Photos and the pest catalogue come in later steps.

CREATE TABLE visits (
    id               TEXT PRIMARY KEY,
    coop_id          TEXT NOT NULL,
    grower_id        TEXT NOT NULL REFERENCES growers (id) DEFERRABLE INITIALLY DEFERRED,
    plot_id          TEXT REFERENCES plots (id) DEFERRABLE INITIALLY DEFERRED,
    visited_on       TEXT NOT NULL,  -- local date, ISO
    technician       TEXT NOT NULL,
    kind             TEXT NOT NULL DEFAULT 'field' CHECK (kind IN ('field', 'remote')),
    weather          TEXT NOT NULL DEFAULT '',
    crop_stage       TEXT NOT NULL DEFAULT '',
    symptoms         TEXT NOT NULL DEFAULT '',
    diagnosis        TEXT NOT NULL DEFAULT '',
    pest_id          TEXT NOT NULL DEFAULT '',
    severity         TEXT NOT NULL DEFAULT 'none'
                     CHECK (severity IN ('none', 'light', 'moderate', 'severe')),
    affected_percent INTEGER NOT NULL DEFAULT 0 CHECK (affected_percent BETWEEN 0 AND 100),
    treatment        TEXT NOT NULL DEFAULT '',
    follow_up_on     TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open'
                     CHECK (status IN ('open', 'treated', 'resolved')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    hlc              TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX visits_grower ON visits (grower_id, visited_on) WHERE deleted = 0;
CREATE INDEX visits_day ON visits (visited_on) WHERE deleted = 0;
CREATE INDEX visits_follow_up ON visits (follow_up_on) WHERE deleted = 0 AND status != 'resolved';
