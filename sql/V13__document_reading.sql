-- ocr (issue 15): what machine reading found on an uploaded document, one row per document. Deleted with its
-- document (a replaced or discarded draft). The religion column says whether the card's religion field was found
-- and blanked in the stored image, never what it said.
CREATE TABLE document_reading (
    document_id        BIGINT PRIMARY KEY REFERENCES stored_document (id) ON DELETE CASCADE,
    owner_id           BIGINT       NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    started_at         TIMESTAMP    NOT NULL,
    millis             INTEGER,
    id_number          VARCHAR(20),
    name_th_title      VARCHAR(40),
    name_th_given      VARCHAR(100),
    name_th_surname    VARCHAR(100),
    name_en_title      VARCHAR(20),
    name_en_given      VARCHAR(100),
    name_en_surname    VARCHAR(100),
    birth_date         DATE,
    expiry_date        DATE,
    dates_agree        BOOLEAN,
    passport_number    VARCHAR(20),
    account_name       VARCHAR(200),
    bank               VARCHAR(16),
    religion           VARCHAR(16)
);
CREATE INDEX ix_document_reading_owner ON document_reading (owner_id);
