// The ledger's retention: expired event ids are deleted in pages by the events worker.
CREATE INDEX event_id_expires_at IF NOT EXISTS FOR (e:EventId) ON (e.expiresAt)
