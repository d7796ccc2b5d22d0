-- Document intake: perceptual hashes for reuse detection, and the decision time that retention counts from.

-- 64-bit difference hash of the upright picture (NULL for documents stored before it was computed). The
-- four 16-bit bands are indexed: two hashes at most 3 bits apart share at least one band exactly, so a
-- near-duplicate search is four index look-ups plus an exact Hamming distance on the few candidates.
ALTER TABLE stored_document ADD COLUMN phash BIGINT;
ALTER TABLE stored_document ADD COLUMN phash_band0 INTEGER;
ALTER TABLE stored_document ADD COLUMN phash_band1 INTEGER;
ALTER TABLE stored_document ADD COLUMN phash_band2 INTEGER;
ALTER TABLE stored_document ADD COLUMN phash_band3 INTEGER;
CREATE INDEX ix_document_sha256 ON stored_document (sha256);
CREATE INDEX ix_document_phash_band0 ON stored_document (phash_band0);
CREATE INDEX ix_document_phash_band1 ON stored_document (phash_band1);
CREATE INDEX ix_document_phash_band2 ON stored_document (phash_band2);
CREATE INDEX ix_document_phash_band3 ON stored_document (phash_band3);

-- The retention job looks for images whose request was decided long enough ago, and the key rotation for
-- images sealed under an older key.
CREATE INDEX ix_document_retention ON stored_document (purged_at, request_id);
CREATE INDEX ix_document_key ON stored_document (key_id);
CREATE INDEX ix_request_decided ON verification_request (decided_at);
