-- Accounts: password reset, sessions ended by a new password, known devices, sign-in back-off.
-- The same script runs on H2 (MODE=PostgreSQL) and on PostgreSQL.

-- Raised when the password changes (a reset); a signed-in session remembers the value it started with and
-- ends when the two differ. Kept in the database, so a reset ends the sessions on every node.
ALTER TABLE account ADD COLUMN session_generation BIGINT DEFAULT 0 NOT NULL;

-- Single-use "choose a new password" links. Only the SHA-256 of the token is kept (64 hex digits), so a
-- copy of this table resets nothing; the unique constraint is also the index the link's look-up uses.
CREATE TABLE password_reset (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_password_reset_token UNIQUE (token_hash)
);
CREATE INDEX ix_password_reset_account ON password_reset (account_id, used_at);

-- Browsers an account signed in from: the cookie holds a random token, this table its SHA-256. A known
-- device is not refused by failures of the same account from elsewhere.
CREATE TABLE known_device (
    token_hash   VARCHAR(64) PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_known_device_account ON known_device (account_id);

-- Sign-in back-off: a day without failures starts a counter afresh, counted from its last failure.
ALTER TABLE login_throttle ADD COLUMN last_failure_at TIMESTAMP WITH TIME ZONE;
