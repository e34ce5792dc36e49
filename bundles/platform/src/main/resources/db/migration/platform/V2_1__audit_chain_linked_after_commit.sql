-- Audit entries are written in the transaction of the change they record, without their link in the chain; one
-- chainer links committed entries in order afterwards (chain_seq, previous_hash, hash). Entries written before
-- this migration are linked already, in id order.
ALTER TABLE audit_log ADD COLUMN chain_seq BIGINT;
UPDATE audit_log SET chain_seq = id;
ALTER TABLE audit_log ALTER COLUMN previous_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;
CREATE UNIQUE INDEX audit_log_chain ON audit_log (chain_seq);

-- Ids of new entries; the platform moves it past the highest id at start (entries before it were numbered by hand).
CREATE SEQUENCE audit_log_ids START WITH 1;

-- The head of the chain: one row, locked by the chainer while it links, so two chainers (two nodes) never fork it.
CREATE TABLE audit_chain_head (
    id         INT          PRIMARY KEY,
    chain_seq  BIGINT       NOT NULL,
    hash       VARCHAR(64)  NOT NULL
);
INSERT INTO audit_chain_head (id, chain_seq, hash)
SELECT 1, COALESCE(MAX(a.chain_seq), 0),
       COALESCE(MAX(CASE WHEN a.chain_seq = (SELECT MAX(b.chain_seq) FROM audit_log b) THEN a.hash END),
                '0000000000000000000000000000000000000000000000000000000000000000')
FROM audit_log a;
