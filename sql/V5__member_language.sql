-- Languages and HTML mails. The same script runs on H2 (MODE=PostgreSQL) and on PostgreSQL.

-- The language a member reads pages and mails in ('th' or 'en'): set at sign-up from the page they
-- signed up on, changed by the language switch. NULL for accounts made by configuration or before
-- this column existed; their pages follow the browser and their mails are in English.
ALTER TABLE account ADD COLUMN language VARCHAR(8);

-- Mails are sent as HTML with the plain-text body as the alternative part. NULL for mails queued
-- before this column existed: they go out as plain text, as they were written.
ALTER TABLE outbox_mail ADD COLUMN html_body VARCHAR(60000);
