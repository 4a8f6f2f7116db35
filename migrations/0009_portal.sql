-- FieldApp schema 9: the grower portal (docs/portal.md). Each grower's card carries a
-- link to their page on the central server with a secret in it; printing a card makes
-- the secret if there is none, "reissue" makes a new one, and the old link stops
-- working once the new value has synced. A synced column like the others, so every
-- laptop and the server agree on which link is valid. '' = no card with a link yet.
ALTER TABLE growers ADD COLUMN portal_key TEXT NOT NULL DEFAULT '';
