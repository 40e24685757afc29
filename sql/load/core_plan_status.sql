-- Rebuild the core.plan_status rows of one package from staging.
-- Inputs:  staging.plan_status.  Outputs: core.plan_status rows of ($1, $2).
-- Parameters: $1 municipality, $2 period.
-- A follow-up is a fact of its period: one row per (period, activity_id), as delivered, so no
-- other period's rows can change.
DELETE FROM core.plan_status WHERE municipality = $1 AND period = $2;
INSERT INTO core.plan_status
SELECT municipality, period, activity_id, status, value, comment
FROM staging.plan_status
WHERE municipality = $1 AND period = $2
QUALIFY ROW_NUMBER() OVER (PARTITION BY activity_id ORDER BY source_line) = 1;
