-- face (issue 16): the face aid's comparison of a member's face photo with the portrait on their ID card or passport
-- page, one row per face photo, for the reviewer. Deleted with either document. The crops (the two faces only,
-- at most 240 px) are sealed like the documents (AES-GCM under the document key); no embedding is kept.
CREATE TABLE face_comparison (
    face_document_id  BIGINT PRIMARY KEY REFERENCES stored_document (id) ON DELETE CASCADE,
    card_document_id  BIGINT       NOT NULL REFERENCES stored_document (id) ON DELETE CASCADE,
    owner_id          BIGINT       NOT NULL,
    band              VARCHAR(20)  NOT NULL,
    similarity        DOUBLE PRECISION,
    liveness          DOUBLE PRECISION,
    millis            INTEGER,
    key_id            VARCHAR(40),
    face_nonce        BYTEA,
    face_crop         BYTEA,
    card_nonce        BYTEA,
    card_crop         BYTEA,
    compared_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_face_comparison_card ON face_comparison (card_document_id);
CREATE INDEX ix_face_comparison_band ON face_comparison (band);
