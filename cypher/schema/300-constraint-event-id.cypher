// Event ids already aggregated: the idempotency ledger, written in the same transaction as the aggregates.
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:EventId) REQUIRE e.eventId IS UNIQUE
