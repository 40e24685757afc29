-- Data test intervention_end_before_start: interventions of this package that end before they
-- start. The extract rejects such rows, so any found here means the Parquet did not come from it.
-- Inputs:  staging.interventions.
-- Outputs: one row (message, message_sv) when there are such rows.
-- Parameters: $1 municipality, $2 period.
-- DuckDB-only: format().
SELECT format('interventions: {} rows in {} end before they start', COUNT(*), $2) AS message,
       format('interventions: {} rader för {} slutar innan de börjar', COUNT(*), $2) AS message_sv
FROM staging.interventions
WHERE municipality = $1 AND period = $2 AND "end" < start
HAVING COUNT(*) > 0;
