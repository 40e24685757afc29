-- Data test unknown_case: risk assessments and interventions of this package whose case is in no
-- loaded cases.csv of the municipality (core.cases is already rebuilt).
-- Inputs:  staging.risk_assessments, staging.interventions, core.cases.
-- Outputs: one row (message, message_sv) per kind with such rows.
-- Parameters: $1 municipality, $2 period.
-- DuckDB-only: format().
WITH orphans AS (
    SELECT 'risk_assessments' AS kind, COUNT(*) AS n
    FROM staging.risk_assessments r
    WHERE r.municipality = $1 AND r.period = $2
      AND NOT EXISTS (SELECT 1 FROM core.cases c WHERE c.municipality = $1 AND c.case_id = r.case_id)
    UNION ALL
    SELECT 'interventions', COUNT(*)
    FROM staging.interventions i
    WHERE i.municipality = $1 AND i.period = $2
      AND NOT EXISTS (SELECT 1 FROM core.cases c WHERE c.municipality = $1 AND c.case_id = i.case_id)
)
SELECT format('{}: {} rows in {} refer to a case that no loaded cases.csv holds', kind, n, $2) AS message,
       format('{}: {} rader för {} hänvisar till ett ärende som inte finns i någon inläst cases.csv', kind, n,
              $2) AS message_sv
FROM orphans
WHERE n > 0
ORDER BY kind;
