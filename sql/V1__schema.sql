-- Trustmark schema. The same script runs on H2 (MODE=PostgreSQL) and on PostgreSQL.
-- Ids come from one sequence; EclipseLink pre-allocates blocks of 50 (allocationSize = INCREMENT BY).
CREATE SEQUENCE entity_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id                 BIGINT PRIMARY KEY,
    username           VARCHAR(30)  NOT NULL,
    email              VARCHAR(254) NOT NULL,
    password_hash      VARCHAR(300) NOT NULL,
    nationality        VARCHAR(3)   NOT NULL,
    id_number          VARCHAR(20)  NOT NULL,
    role               VARCHAR(16)  NOT NULL,
    tier               VARCHAR(16)  NOT NULL,
    email_confirmed_at TIMESTAMP WITH TIME ZONE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT uq_account_identity UNIQUE (nationality, id_number)
);

CREATE TABLE email_confirmation (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_email_confirmation_token UNIQUE (token_hash)
);

-- Failed-login counters live in the database so that every node sees the same count.
CREATE TABLE login_throttle (
    throttle_key      VARCHAR(200) PRIMARY KEY,
    failures          INTEGER NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE
);

CREATE TABLE board (
    id          BIGINT PRIMARY KEY,
    slug        VARCHAR(40) NOT NULL,
    sale        BOOLEAN     NOT NULL,
    position    INTEGER     NOT NULL,
    CONSTRAINT uq_board_slug UNIQUE (slug)
);
-- Reference data: a forum always has these two boards; their names come from the resource bundles.
INSERT INTO board (id, slug, sale, position) VALUES (1, 'general', FALSE, 1);
INSERT INTO board (id, slug, sale, position) VALUES (2, 'marketplace', TRUE, 2);

CREATE TABLE forum_thread (
    id               BIGINT PRIMARY KEY,
    board_id         BIGINT       NOT NULL REFERENCES board (id),
    author_id        BIGINT       NOT NULL REFERENCES account (id),
    title            VARCHAR(150) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_activity_at TIMESTAMP WITH TIME ZONE NOT NULL,
    reply_count      INTEGER      NOT NULL,
    version          BIGINT       NOT NULL
);
CREATE INDEX ix_thread_board_activity ON forum_thread (board_id, last_activity_at);

CREATE TABLE post (
    id         BIGINT PRIMARY KEY,
    thread_id  BIGINT         NOT NULL REFERENCES forum_thread (id),
    author_id  BIGINT         NOT NULL REFERENCES account (id),
    body       VARCHAR(20000) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_post_thread ON post (thread_id, created_at);

CREATE TABLE consent (
    id             BIGINT PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES account (id),
    purpose        VARCHAR(40) NOT NULL,
    notice_version VARCHAR(20) NOT NULL,
    given_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE verification_request (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT      NOT NULL REFERENCES account (id),
    requested_tier  VARCHAR(16) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    typed_number    VARCHAR(20) NOT NULL,
    consent_id      BIGINT      NOT NULL REFERENCES consent (id),
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE,
    decided_by_id   BIGINT REFERENCES account (id),
    decision_reason VARCHAR(1000),
    -- Holds account_id while the request is open and NULL once it is closed: the unique constraint
    -- lets the database itself guarantee one open request per member, on H2 and PostgreSQL alike.
    open_account_id BIGINT,
    version         BIGINT      NOT NULL,
    CONSTRAINT uq_request_open UNIQUE (open_account_id)
);
CREATE INDEX ix_request_status_submitted ON verification_request (status, submitted_at);
CREATE INDEX ix_request_account ON verification_request (account_id);

-- Uploaded images, sanitised and sealed with AES-256-GCM; key_id names the key so keys can rotate.
CREATE TABLE stored_document (
    id          BIGINT PRIMARY KEY,
    request_id  BIGINT      NOT NULL REFERENCES verification_request (id),
    owner_id    BIGINT      NOT NULL REFERENCES account (id),
    kind        VARCHAR(20) NOT NULL,
    media_type  VARCHAR(40) NOT NULL,
    width       INTEGER     NOT NULL,
    height      INTEGER     NOT NULL,
    byte_size   INTEGER     NOT NULL,
    sha256      VARCHAR(64) NOT NULL,
    key_id      VARCHAR(40),
    nonce       BYTEA,
    ciphertext  BYTEA,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    purged_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_document_request ON stored_document (request_id);

-- Append-only trail of who did what: decisions and every view of a document.
CREATE TABLE audit_event (
    id           BIGINT PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     BIGINT REFERENCES account (id),
    action       VARCHAR(40) NOT NULL,
    subject_type VARCHAR(40) NOT NULL,
    subject_id   BIGINT      NOT NULL,
    detail       VARCHAR(500)
);
CREATE INDEX ix_audit_subject ON audit_event (subject_type, subject_id);

-- Mails are written here in the same transaction as the change they report, and sent after commit.
CREATE TABLE outbox_mail (
    id              BIGINT PRIMARY KEY,
    recipient       VARCHAR(254)   NOT NULL,
    subject         VARCHAR(300)   NOT NULL,
    body            VARCHAR(20000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER        NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    failed_at       TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX ix_outbox_due ON outbox_mail (sent_at, failed_at, next_attempt_at);
