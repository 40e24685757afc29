-- Record a loaded package in meta.loads, replacing an earlier load of it.
-- Inputs:  parameters.  Outputs: meta.loads.
-- Parameters: $1 municipality, $2 period, $3 key_fingerprint, $4 manifest_sha256, $5 tool_version,
--             $6 extract_created, $7 accepted_new_key, $8 loaded_at, $9..$15 rows of cases,
--             contacts, risk_assessments, interventions, training, headcount, plan_status
--             (NULL: the package has no such file).
DELETE FROM meta.loads WHERE municipality = $1 AND period = $2;
INSERT INTO meta.loads VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15);
