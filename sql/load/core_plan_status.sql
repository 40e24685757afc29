-- Rebuild core.plan_status of one municipality from staging.
-- Inputs:  staging.plan_status.  Outputs: core.plan_status rows of municipality $1.
-- Parameters: $1 municipality.
-- A follow-up is a fact of its period: one row per (period, activity_id), as delivered.
DELETE FROM core.plan_status WHERE municipality = $1;
INSERT INTO core.plan_status
SELECT municipality, period, activity_id, status, value, comment
FROM staging.plan_status
WHERE municipality = $1
QUALIFY ROW_NUMBER() OVER (PARTITION BY period, activity_id ORDER BY source_line) = 1;
