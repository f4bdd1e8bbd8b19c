-- Where to reach a user proactively later; one row per user id (29:...).
CREATE TABLE conversation_references (
    user_id TEXT NOT NULL PRIMARY KEY,
    aad_object_id TEXT NULL,
    tenant_id TEXT NULL,
    service_url TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    bot_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    conversation_type TEXT NULL,
    locale TEXT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ix_conversation_references_aad_object_id ON conversation_references (aad_object_id);
