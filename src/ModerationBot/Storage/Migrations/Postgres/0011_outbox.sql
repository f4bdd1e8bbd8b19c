-- Messages to send, written in the same transaction as the change that causes them; a dispatcher claims and sends
-- them. seq orders messages per conversation; claimed_until is the lease of the dispatcher sending it.
CREATE TABLE outbox_messages (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    case_id TEXT NULL,
    correlation_key TEXT NULL,
    conversation_key TEXT NOT NULL,
    target TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts INTEGER NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    claimed_until BIGINT NULL,
    sent_activity_id TEXT NULL,
    sent_at BIGINT NULL,
    last_error TEXT NULL
);
CREATE INDEX ix_outbox_messages_due ON outbox_messages (next_attempt_at) WHERE sent_at IS NULL;
CREATE INDEX ix_outbox_messages_conversation ON outbox_messages (conversation_key, seq) WHERE sent_at IS NULL;
CREATE INDEX ix_outbox_messages_correlation ON outbox_messages (correlation_key, seq) WHERE correlation_key IS NOT NULL;
CREATE INDEX ix_outbox_messages_case_id ON outbox_messages (case_id) WHERE case_id IS NOT NULL;
