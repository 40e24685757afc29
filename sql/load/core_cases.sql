-- Rebuild the core.cases rows of one municipality whose key the replaced package has or had.
-- Inputs:  staging.cases, replaced_cases (replaced_keys.sql).  Outputs: core.cases rows of municipality $1.
-- Parameters: $1 municipality, $2 period (the package just loaded).
-- One row per (case_id, person_id, role): the copy from the latest period wins (see V002). Keys
-- outside replaced_cases keep their row: no copy of them changed.
INSERT INTO replaced_cases
SELECT case_id, person_id, role FROM staging.cases WHERE municipality = $1 AND period = $2;
DELETE FROM core.cases c
WHERE c.municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_cases r
              WHERE r.case_id = c.case_id AND r.person_id = c.person_id AND r.role = c.role);
INSERT INTO core.cases
SELECT municipality, period, case_id, person_id, role, unit, opened, closed, sex, violence_types,
       relation, disability, lgbtq, foreign_background, age, age_band
FROM staging.cases s
WHERE municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_cases r
              WHERE r.case_id = s.case_id AND r.person_id = s.person_id AND r.role = s.role)
QUALIFY ROW_NUMBER() OVER (PARTITION BY case_id, person_id, role ORDER BY period DESC, source_line) = 1;
DROP TABLE replaced_cases;
