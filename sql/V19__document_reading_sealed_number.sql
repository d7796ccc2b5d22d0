-- pdpa: the number machine reading found on a card or passport page is sealed like every other ID number
-- (account.infrastructure.SealedNumberConverter$ReadNumber, META-INF/orm.xml): V13 kept it in clear. The column
-- grows to hold the sealed form; numbers read before this version are dropped rather than left readable (a
-- reading is working data of an open request: the reviewer then sees the number as not read and compares the photo).
ALTER TABLE document_reading ALTER COLUMN id_number SET DATA TYPE VARCHAR(200);
UPDATE document_reading SET id_number = NULL;
