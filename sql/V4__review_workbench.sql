-- Review workbench: claims, decisions with reasons, tier history, and the indexes that keep the queue and the
-- audit list fast with 100,000 rows. The same script runs on H2 (MODE=PostgreSQL) and on PostgreSQL.

-- One row per claimed request: the primary key is what lets only one admin hold a request. A claim ends when
-- it expires, is released or the request is decided; an expired row is simply overwritten by the next claim.
CREATE TABLE review_claim (
    request_id BIGINT PRIMARY KEY REFERENCES verification_request (id),
    admin_id   BIGINT NOT NULL REFERENCES account (id),
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_claim_admin ON review_claim (admin_id, expires_at);

-- The editable list of reasons a reviewer picks from, in both languages, so the member reads it in theirs.
-- applies_to: RESUBMIT (what to fix), REJECT (final refusal) or TIER (lowering a member's tier).
CREATE TABLE review_reason (
    id         BIGINT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    applies_to VARCHAR(16)  NOT NULL,
    text_en    VARCHAR(500) NOT NULL,
    text_th    VARCHAR(500) NOT NULL,
    active     BOOLEAN      NOT NULL,
    position   INTEGER      NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uq_review_reason_code UNIQUE (code)
);
-- Ids from the shared sequence: a value taken here is never handed out by EclipseLink's blocks.
INSERT INTO review_reason (id, code, applies_to, text_en, text_th, active, position, version) VALUES
    (nextval('entity_seq'), 'BLURRED', 'RESUBMIT', 'The photo is blurred or too dark to read. Please take it again in good light.',
     'ภาพเบลอหรือมืดเกินไปจนอ่านไม่ได้ กรุณาถ่ายใหม่ในที่ที่มีแสงเพียงพอ', TRUE, 10, 0),
    (nextval('entity_seq'), 'CROPPED', 'RESUBMIT', 'Part of the card is cut off. Please send a photo that shows the whole card.',
     'ภาพบัตรถูกตัดบางส่วน กรุณาส่งภาพที่เห็นบัตรทั้งใบ', TRUE, 20, 0),
    (nextval('entity_seq'), 'GLARE', 'RESUBMIT', 'A reflection covers the number or the name. Please avoid flash and glare.',
     'มีแสงสะท้อนบังเลขหรือชื่อ กรุณาถ่ายโดยไม่ใช้แฟลชและหลีกเลี่ยงแสงสะท้อน', TRUE, 30, 0),
    (nextval('entity_seq'), 'WRONG_DOCUMENT', 'RESUBMIT', 'This is not the document we asked for. Please send the front of your Thai ID card.',
     'เอกสารนี้ไม่ใช่เอกสารที่ขอ กรุณาส่งภาพด้านหน้าของบัตรประจำตัวประชาชน', TRUE, 40, 0),
    (nextval('entity_seq'), 'NOT_OWN_CARD', 'REJECT', 'The card does not belong to the account holder.',
     'บัตรนี้ไม่ใช่ของเจ้าของบัญชี', TRUE, 50, 0),
    (nextval('entity_seq'), 'ALTERED', 'REJECT', 'The document appears to have been altered.',
     'เอกสารมีร่องรอยการแก้ไข', TRUE, 60, 0),
    (nextval('entity_seq'), 'MISUSE', 'TIER', 'The verified status was misused (for example in sale threads).',
     'มีการใช้สถานะยืนยันตัวตนในทางที่ผิด (เช่น ในกระทู้ซื้อขาย)', TRUE, 70, 0),
    (nextval('entity_seq'), 'DOCUMENT_INVALID', 'TIER', 'The document we verified turned out to be invalid.',
     'เอกสารที่เคยยืนยันไว้ภายหลังพบว่าไม่ถูกต้อง', TRUE, 80, 0);

-- How each request was closed by a reviewer. One row per request at most: the database itself refuses a
-- second decision, whatever happens in the application. The staff note is never shown to the member.
CREATE TABLE review_decision (
    id          BIGINT PRIMARY KEY,
    request_id  BIGINT       NOT NULL REFERENCES verification_request (id),
    admin_id    BIGINT       NOT NULL REFERENCES account (id),
    outcome     VARCHAR(16)  NOT NULL,
    reason_code VARCHAR(40),
    free_text   VARCHAR(1000),
    staff_note  VARCHAR(2000),
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_review_decision_request UNIQUE (request_id)
);

-- Every change of a member's tier, up (an approved request) or down (an admin's revocation).
CREATE TABLE tier_change (
    id            BIGINT PRIMARY KEY,
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    from_tier     VARCHAR(16) NOT NULL,
    to_tier       VARCHAR(16) NOT NULL,
    changed_by_id BIGINT REFERENCES account (id),
    request_id    BIGINT REFERENCES verification_request (id),
    reason_code   VARCHAR(40),
    reason_text   VARCHAR(1000),
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_tier_change_account ON tier_change (account_id, changed_at);

-- The queue: one index per filter the reviewers use, each ending in submitted_at so that the oldest-first
-- page is read in index order and stops after one page.
CREATE INDEX ix_request_status_tier_submitted ON verification_request (status, requested_tier, submitted_at);

-- The audit list: newest first overall, by actor and by action.
CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_actor_occurred ON audit_event (actor_id, occurred_at);
CREATE INDEX ix_audit_action_occurred ON audit_event (action, occurred_at);

