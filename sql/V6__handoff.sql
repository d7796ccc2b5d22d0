-- "Continue on another device": short-lived links that let a phone add photos to a member's wizard without
-- signing in. The same script runs on H2 (MODE=PostgreSQL) and on PostgreSQL.

-- Only the SHA-256 of the link's token is kept (64 hex digits), so a copy of this table opens nothing; the
-- unique constraint is also the index the phone's look-up uses. device_hash is the hash of the secret given
-- to the first device that opened the link: from then on only that device may use it. kinds lists the
-- document kinds the request asks for (enum names, comma-separated); language is the wizard's ('th', 'en').
CREATE TABLE document_handoff (
    id          BIGINT PRIMARY KEY,
    owner_id    BIGINT       NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64)  NOT NULL,
    kinds       VARCHAR(100) NOT NULL,
    language    VARCHAR(8),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE,
    device_hash VARCHAR(64),
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_handoff_token UNIQUE (token_hash)
);
-- Leaving the wizard closes the member's links that are still open.
CREATE INDEX ix_handoff_owner ON document_handoff (owner_id, revoked_at);
