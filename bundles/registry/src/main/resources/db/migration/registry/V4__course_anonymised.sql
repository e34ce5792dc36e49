-- When a closed course was anonymised under the retention schedule: such a course is not due again.
ALTER TABLE registry.courses ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
