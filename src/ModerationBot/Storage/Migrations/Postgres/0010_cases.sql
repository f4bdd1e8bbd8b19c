-- Per-year case number counter; the upsert that bumps it runs inside the case's write transaction.
CREATE TABLE case_number_sequences (
    year INTEGER NOT NULL PRIMARY KEY,
    last_number INTEGER NOT NULL
);

-- Moderation cases. reporter_name_protected and closing_note are Data Protection ciphertext; the evidence lives in case_evidence.
CREATE TABLE cases (
    id TEXT NOT NULL PRIMARY KEY,
    year INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    reporter_user_id TEXT NOT NULL,
    reporter_aad_object_id TEXT NOT NULL,
    reporter_name_protected TEXT NOT NULL,
    responsible_manager_id TEXT NOT NULL,
    deputy_ids TEXT NOT NULL,
    platform TEXT NOT NULL,
    link TEXT NULL,
    findings TEXT NOT NULL,
    redacted_comment TEXT NOT NULL,
    evidence_reference TEXT NULL,
    police_report_number TEXT NULL,
    closing_note TEXT NULL,
    created_at BIGINT NOT NULL,
    closed_at BIGINT NULL,
    version INTEGER NOT NULL,
    CONSTRAINT ux_cases_number UNIQUE (year, sequence)
);
CREATE INDEX ix_cases_created_at ON cases (created_at);
CREATE INDEX ix_cases_closed_at ON cases (closed_at) WHERE closed_at IS NOT NULL;

-- Everyone a case concerns (reporter, responsible, deputies), to list a user's cases without scanning.
CREATE TABLE case_members (
    case_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    PRIMARY KEY (case_id, user_id)
);
CREATE INDEX ix_case_members_user_id ON case_members (user_id);

-- Append-only: rows are inserted, never updated; deleted only with their case by retention. note is ciphertext.
CREATE TABLE case_audit (
    case_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    actor_id TEXT NOT NULL,
    action TEXT NOT NULL,
    at BIGINT NOT NULL,
    note TEXT NULL,
    PRIMARY KEY (case_id, position)
);

-- Original evidence as Data Protection ciphertext (purpose ModerationBot.Cases.Evidence.v1).
CREATE TABLE case_evidence (
    case_id TEXT NOT NULL PRIMARY KEY,
    protected_payload TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
