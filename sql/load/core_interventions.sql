-- Rebuild the core.interventions rows of one municipality whose key the replaced package has or had.
-- Inputs:  staging.interventions, replaced_interventions (replaced_keys.sql).
-- Outputs: core.interventions rows of municipality $1.
-- Parameters: $1 municipality, $2 period (the package just loaded).
-- One row per intervention_id: the copy from the latest period wins (it may know the end date).
-- Other keys keep their row.
INSERT INTO replaced_interventions
SELECT intervention_id FROM staging.interventions WHERE municipality = $1 AND period = $2;
DELETE FROM core.interventions c
WHERE c.municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_interventions r WHERE r.intervention_id = c.intervention_id);
INSERT INTO core.interventions
SELECT municipality, period, intervention_id, case_id, person_id, type, start, "end", sex, age,
       age_band
FROM staging.interventions s
WHERE municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_interventions r WHERE r.intervention_id = s.intervention_id)
QUALIFY ROW_NUMBER() OVER (PARTITION BY intervention_id ORDER BY period DESC, source_line) = 1;
DROP TABLE replaced_interventions;
