-- Rebuild core.risk_assessments of one municipality from every package of it in staging.
-- Inputs:  staging.risk_assessments.  Outputs: core.risk_assessments rows of municipality $1.
-- Parameters: $1 municipality.
-- One row per assessment_id: the copy from the latest period wins.
DELETE FROM core.risk_assessments WHERE municipality = $1;
INSERT INTO core.risk_assessments
SELECT municipality, period, assessment_id, case_id, person_id, method, assessed_on, risk_level,
       unit, sex, age, age_band
FROM staging.risk_assessments
WHERE municipality = $1
QUALIFY ROW_NUMBER() OVER (PARTITION BY assessment_id ORDER BY period DESC, source_line) = 1;
