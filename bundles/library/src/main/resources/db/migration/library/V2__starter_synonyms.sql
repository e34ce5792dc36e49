-- A few synonym groups across the written standards and English, so the starter corpus meets itself across
-- languages from the first search. Administrators change or delete them like any other group.
INSERT INTO library.synonyms (terms, created_at) VALUES ('fremmedkriger, framandkrigar, foreign fighter', CURRENT_TIMESTAMP);
INSERT INTO library.synonyms (terms, created_at) VALUES ('radikalisering, radicalisation, radicalization', CURRENT_TIMESTAMP);
INSERT INTO library.synonyms (terms, created_at) VALUES ('høyreekstremisme, høgreekstremisme, right-wing extremism', CURRENT_TIMESTAMP);
INSERT INTO library.synonyms (terms, created_at) VALUES ('pårørende, pårørande, relatives', CURRENT_TIMESTAMP);
