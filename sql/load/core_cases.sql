-- Rebuild core.cases of one municipality from every package of it in staging.
-- Inputs:  staging.cases.  Outputs: core.cases rows of municipality $1.
-- Parameters: $1 municipality.
-- One row per (case_id, person_id, role): the copy from the latest period wins (see V002).
DELETE FROM core.cases WHERE municipality = $1;
INSERT INTO core.cases
SELECT municipality, period, case_id, person_id, role, unit, opened, closed, sex, violence_types,
       relation, disability, lgbtq, foreign_background, age, age_band
FROM staging.cases
WHERE municipality = $1
QUALIFY ROW_NUMBER() OVER (PARTITION BY case_id, person_id, role ORDER BY period DESC, source_line) = 1;
