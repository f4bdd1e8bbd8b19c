-- Conversation, user and dialog state with an etag for optimistic concurrency.
CREATE TABLE state_entries (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    etag TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    expires_at BIGINT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX ix_state_entries_expires_at ON state_entries (expires_at) WHERE expires_at IS NOT NULL;

-- Activities already processed, so a redelivery is handled once.
CREATE TABLE processed_activities (
    conversation_hash TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    processed_at BIGINT NOT NULL,
    PRIMARY KEY (conversation_hash, activity_id)
);
CREATE INDEX ix_processed_activities_processed_at ON processed_activities (processed_at);
