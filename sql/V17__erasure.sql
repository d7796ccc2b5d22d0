-- pdpa (issue 18): a member erases their account. The account row stays as a tombstone ("deleted member"): the
-- audit trail (append-only, hash-chained), decisions, tier history, consents and posts refer to it by id, and
-- those references must neither break nor be rewritten. Everything readable in it is replaced or emptied; the
-- keyed fingerprint of the ID number may stay for trustmark.privacy.keep-id-hash-days (fraud prevention: a banned
-- person cannot sign up again with the same number), then it is emptied too. The same script runs on H2 and
-- PostgreSQL.
ALTER TABLE account ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ALTER COLUMN id_number_sealed DROP NOT NULL;
ALTER TABLE account ALTER COLUMN id_number_index DROP NOT NULL;
-- The number a member typed for a request goes with the rest of the request's personal data.
ALTER TABLE verification_request ALTER COLUMN typed_number DROP NOT NULL;
-- The housekeeping job looks for erased accounts whose kept fingerprint is due.
CREATE INDEX ix_account_erased ON account (erased_at);
