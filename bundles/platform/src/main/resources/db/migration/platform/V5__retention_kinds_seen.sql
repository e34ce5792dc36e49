-- Issue 18: the kinds of record each module has declared, with its shipped defaults, so that a module that is later
-- uninstalled still shows in the schedule, paused, with the rule that will apply when it comes back (its tables
-- stay in the database while it is away, and nothing deletes from them).
CREATE TABLE platform.retention_kinds (
    module VARCHAR(40) NOT NULL,
    kind VARCHAR(60) NOT NULL,
    after_event VARCHAR(60) NOT NULL,
    keep_days INTEGER NOT NULL,
    action VARCHAR(20) NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (module, kind)
);
