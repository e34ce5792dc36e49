-- When a mentor's profile was anonymised under the retention schedule: such a profile is not due again.
ALTER TABLE registry.mentors ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
