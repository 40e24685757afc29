-- Rebuild core.interventions of one municipality from every package of it in staging.
-- Inputs:  staging.interventions.  Outputs: core.interventions rows of municipality $1.
-- Parameters: $1 municipality.
-- One row per intervention_id: the copy from the latest period wins (it may know the end date).
DELETE FROM core.interventions WHERE municipality = $1;
INSERT INTO core.interventions
SELECT municipality, period, intervention_id, case_id, person_id, type, start, "end", sex, age,
       age_band
FROM staging.interventions
WHERE municipality = $1
QUALIFY ROW_NUMBER() OVER (PARTITION BY intervention_id ORDER BY period DESC, source_line) = 1;
