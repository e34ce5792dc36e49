-- Issue 16, item 5: whatever a request names is audited in full. A record id holds any path or query parameter
-- the API accepts (InputLengthFilter refuses longer ones with 400); 512 characters stay within PostgreSQL's
-- b-tree row limit for the (record_type, record_id) index even at four bytes a character. The detail names every
-- record a list showed, so it takes long lists.
ALTER TABLE audit_log ALTER COLUMN record_id SET DATA TYPE VARCHAR(512);
ALTER TABLE audit_log ALTER COLUMN detail SET DATA TYPE VARCHAR(1000000);
