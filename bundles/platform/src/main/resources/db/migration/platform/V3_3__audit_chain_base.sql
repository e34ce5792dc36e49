-- Issue 18, item 3: audit entries past their retention are deleted from the oldest end. Each prune records here the
-- chain position and hash of the last entry it deleted (the hash the first kept entry chains to), with the cutoff,
-- when and by whom; the newest row is the base verification starts from. A signed line in checkpoints.log, written
-- outside the database before the prune commits, anchors each base.
CREATE TABLE platform.audit_chain_base (
    chain_seq BIGINT PRIMARY KEY,
    hash VARCHAR(64) NOT NULL,
    pruned_before TIMESTAMP WITH TIME ZONE NOT NULL,
    pruned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    pruned_by VARCHAR(64) NOT NULL,
    deleted BIGINT NOT NULL
);
