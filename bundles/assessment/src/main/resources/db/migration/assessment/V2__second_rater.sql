-- A second rater's blind assessment of the same subject with the same form version points at the first one.
ALTER TABLE assessments ADD COLUMN pair_of BIGINT;
