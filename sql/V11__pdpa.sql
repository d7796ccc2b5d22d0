-- pdpa (issue 18): ID numbers out of the database in clear, and a tamper-evident audit trail.

-- The registered number moves to a sealed column (AES-GCM under the document keys, "keyId:base64") with a keyed
-- fingerprint for uniqueness and look-ups. Sealing needs the key, which only the application has (configuration,
-- never the database): the Java migration 11.2 (account.infrastructure.IdNumberMigration) seals the existing rows,
-- then drops the clear column and moves the unique constraint to the fingerprint.
ALTER TABLE account ADD COLUMN id_number_sealed VARCHAR(200);
ALTER TABLE account ADD COLUMN id_number_index VARCHAR(64);
-- The typed and printed numbers are sealed in place (same columns, wider).
ALTER TABLE verification_request ALTER COLUMN typed_number SET DATA TYPE VARCHAR(200);
ALTER TABLE verification_request ALTER COLUMN document_number SET DATA TYPE VARCHAR(200);
ALTER TABLE verification_request ADD COLUMN typed_number_index VARCHAR(64);
CREATE INDEX ix_request_typed_number ON verification_request (typed_number_index);

-- Audit hash chain: every row appended from now on carries its position in the chain, the previous row's hash and
-- its own (SHA-256 over its fields and the previous hash). Rows written before this migration stay unchained: they
-- are reported as such, not re-hashed, because on PostgreSQL the table is append-only from 11.1 on.
ALTER TABLE audit_event ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_event ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE audit_event ADD COLUMN row_hash VARCHAR(64);
CREATE UNIQUE INDEX uq_audit_chain_position ON audit_event (chain_position);
-- The chain's head: one row, locked by every append, so appends from any node form one sequence (and the newest
-- hash is known, so deleting the last rows shows too). Updatable, unlike audit_event.
CREATE TABLE audit_chain_head (
    id            INTEGER     PRIMARY KEY,
    position      BIGINT      NOT NULL,
    last_hash     VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, position, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
-- How many rows predate the chain: the verification expects exactly these to be unchained, so a chained row
-- stripped of its hash does not pass as an old one.
ALTER TABLE audit_chain_head ADD COLUMN unchained_rows BIGINT;
UPDATE audit_chain_head SET unchained_rows = (SELECT COUNT(*) FROM audit_event);
ALTER TABLE audit_chain_head ALTER COLUMN unchained_rows SET NOT NULL;
