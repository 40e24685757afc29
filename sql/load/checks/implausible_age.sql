-- Data test implausible_age: rows of this package whose age at the event is above a limit.
-- Inputs:  staging.cases, staging.contacts, staging.risk_assessments, staging.interventions.
-- Outputs: one row (message, message_sv) per kind with such rows.
-- Parameters: $1 municipality, $2 period, $3 the highest plausible age.
-- DuckDB-only: format().
WITH old AS (
    SELECT 'cases' AS kind, COUNT(*) AS n FROM staging.cases
    WHERE municipality = $1 AND period = $2 AND age > $3
    UNION ALL SELECT 'contacts', COUNT(*) FROM staging.contacts
    WHERE municipality = $1 AND period = $2 AND age > $3
    UNION ALL SELECT 'risk_assessments', COUNT(*) FROM staging.risk_assessments
    WHERE municipality = $1 AND period = $2 AND age > $3
    UNION ALL SELECT 'interventions', COUNT(*) FROM staging.interventions
    WHERE municipality = $1 AND period = $2 AND age > $3
)
SELECT format('{}: {} rows in {} give an age above {}', kind, n, $2, $3) AS message,
       format('{}: {} rader för {} anger en ålder över {}', kind, n, $2, $3) AS message_sv
FROM old
WHERE n > 0
ORDER BY kind;
