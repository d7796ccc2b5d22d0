-- ThaID (issue 17): a Citizen request may be decided by the state's digital ID instead of an admin reading a
-- photo of the card. The route says which: DOCUMENTS (the wizard's photos, an admin decides) or THAID (the
-- ID token's pid equalled the registered number; approved at once, no image). The same script runs on H2
-- and PostgreSQL.
ALTER TABLE verification_request ADD COLUMN route VARCHAR(16) DEFAULT 'DOCUMENTS' NOT NULL;
