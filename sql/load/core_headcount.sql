-- Rebuild core.headcount of one municipality from staging.
-- Inputs:  staging.headcount.  Outputs: core.headcount rows of municipality $1.
-- Parameters: $1 municipality.
-- Headcount is a fact of its period: one row per (period, department, unit, role), as delivered.
DELETE FROM core.headcount WHERE municipality = $1;
INSERT INTO core.headcount
SELECT municipality, period, department, unit, role, headcount
FROM staging.headcount
WHERE municipality = $1
QUALIFY ROW_NUMBER() OVER (PARTITION BY period, department, unit, role ORDER BY source_line) = 1;
