-- Rebuild the core.risk_assessments rows of one municipality whose key the replaced package has or had.
-- Inputs:  staging.risk_assessments, replaced_risk_assessments (replaced_keys.sql).
-- Outputs: core.risk_assessments rows of municipality $1.
-- Parameters: $1 municipality, $2 period (the package just loaded).
-- One row per assessment_id: the copy from the latest period wins. Other keys keep their row.
INSERT INTO replaced_risk_assessments
SELECT assessment_id FROM staging.risk_assessments WHERE municipality = $1 AND period = $2;
DELETE FROM core.risk_assessments c
WHERE c.municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_risk_assessments r WHERE r.assessment_id = c.assessment_id);
INSERT INTO core.risk_assessments
SELECT municipality, period, assessment_id, case_id, person_id, method, assessed_on, risk_level,
       unit, sex, age, age_band
FROM staging.risk_assessments s
WHERE municipality = $1
  AND EXISTS (SELECT 1 FROM replaced_risk_assessments r WHERE r.assessment_id = s.assessment_id)
QUALIFY ROW_NUMBER() OVER (PARTITION BY assessment_id ORDER BY period DESC, source_line) = 1;
DROP TABLE replaced_risk_assessments;
