-- Trusted tier: what the member typed from their documents, the automatic checks run at submission,
-- four-eyes approvals, and the Citizen mark as a fact of its own.

-- The green C means "an admin verified this member's ID document". Until now it followed from the tier;
-- a Trusted approval may or may not have verified an ID (from Citizen it reuses the earlier one), so the
-- fact is stored, with the request that established it.
ALTER TABLE account ADD COLUMN id_verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE account ADD COLUMN id_verified_request_id BIGINT;

-- Every Citizen so far was verified by an admin (an approved request, or demo data without one).
UPDATE account SET
    id_verified_request_id = (SELECT MAX(r.id) FROM verification_request r
                              WHERE r.account_id = account.id AND r.status = 'APPROVED'),
    id_verified_at = COALESCE((SELECT MAX(r.decided_at) FROM verification_request r
                               WHERE r.account_id = account.id AND r.status = 'APPROVED'), created_at)
WHERE tier = 'CITIZEN';

-- The forum's rules: members approved as Trusted whose ID copy was verified are Citizens as well.
UPDATE account SET
    id_verified_request_id = (SELECT MAX(r.id) FROM verification_request r
                              WHERE r.account_id = account.id AND r.status = 'APPROVED'
                                AND EXISTS (SELECT 1 FROM stored_document d WHERE d.request_id = r.id
                                            AND d.kind IN ('ID_CARD_FRONT', 'PASSPORT_PAGE'))),
    id_verified_at = (SELECT MAX(r.decided_at) FROM verification_request r
                      WHERE r.account_id = account.id AND r.status = 'APPROVED'
                        AND EXISTS (SELECT 1 FROM stored_document d WHERE d.request_id = r.id
                                    AND d.kind IN ('ID_CARD_FRONT', 'PASSPORT_PAGE')))
WHERE tier = 'TRUSTED' AND id_verified_at IS NULL;

-- What the member typed, as printed on the card or passport and the passbook. Kept after the images are
-- purged: a later Citizen -> Trusted request reuses the verified names (identity_source_request_id).
ALTER TABLE verification_request ADD COLUMN id_document_kind VARCHAR(20);
-- The card's number, or the passport's own number (the registered ID is then the passport's personal number).
ALTER TABLE verification_request ADD COLUMN document_number VARCHAR(20);
ALTER TABLE verification_request ADD COLUMN name_th_title VARCHAR(60);
ALTER TABLE verification_request ADD COLUMN name_th_given VARCHAR(100);
ALTER TABLE verification_request ADD COLUMN name_th_surname VARCHAR(100);
ALTER TABLE verification_request ADD COLUMN name_en_title VARCHAR(60);
ALTER TABLE verification_request ADD COLUMN name_en_given VARCHAR(100);
ALTER TABLE verification_request ADD COLUMN name_en_surname VARCHAR(100);
ALTER TABLE verification_request ADD COLUMN document_expiry DATE;
ALTER TABLE verification_request ADD COLUMN passbook_account_name VARCHAR(200);
ALTER TABLE verification_request ADD COLUMN passbook_bank VARCHAR(20);
ALTER TABLE verification_request ADD COLUMN identity_source_request_id BIGINT REFERENCES verification_request (id);
-- Four-eyes rule: the first of two approvals by different admins.
ALTER TABLE verification_request ADD COLUMN first_approved_by_id BIGINT REFERENCES account (id);
ALTER TABLE verification_request ADD COLUMN first_approved_at TIMESTAMP WITH TIME ZONE;

-- Results of the automatic checks, computed once at submission and never recomputed, so a later change
-- of the rules does not rewrite what the reviewer was shown.
CREATE TABLE request_check (
    id         BIGINT PRIMARY KEY,
    request_id BIGINT      NOT NULL REFERENCES verification_request (id),
    code       VARCHAR(30) NOT NULL,
    outcome    VARCHAR(16) NOT NULL,
    reasons    VARCHAR(4000),
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_request_check UNIQUE (request_id, code)
);
CREATE INDEX ix_request_check_code ON request_check (code, outcome, request_id);

-- Images uploaded in the wizard but not yet submitted are documents without a request (drafts): sealed
-- like the rest, one per kind and member, attached on submission, and deleted when the wizard is left or
-- the draft expires.
ALTER TABLE stored_document ALTER COLUMN request_id DROP NOT NULL;
ALTER TABLE stored_document ADD COLUMN draft_expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_document_owner ON stored_document (owner_id, kind);
