-- Rebuild the core.headcount rows of one package from staging.
-- Inputs:  staging.headcount.  Outputs: core.headcount rows of ($1, $2).
-- Parameters: $1 municipality, $2 period.
-- Headcount is a fact of its period: one row per (period, department, unit, role), as delivered,
-- so no other period's rows can change.
DELETE FROM core.headcount WHERE municipality = $1 AND period = $2;
INSERT INTO core.headcount
SELECT municipality, period, department, unit, role, headcount
FROM staging.headcount
WHERE municipality = $1 AND period = $2
QUALIFY ROW_NUMBER() OVER (PARTITION BY department, unit, role ORDER BY source_line) = 1;
