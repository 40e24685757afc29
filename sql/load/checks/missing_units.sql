-- Data test missing_units: a unit that had rows of a kind in the latest earlier loaded period and
-- has none in this package (only kinds this package delivers; a missing file is volume_drop's).
-- Only the files that list a unit's ongoing work: training lists completed courses, so a unit
-- without a course this half-year is normal, not an export gone wrong.
-- Inputs:  meta.loads, staging.cases, staging.contacts, staging.risk_assessments, staging.headcount.
-- Outputs: one row (message, message_sv) per (kind, unit) that disappeared.
-- Parameters: $1 municipality, $2 period.
-- DuckDB-only: format().
WITH previous AS (
    SELECT MAX(period) AS period FROM meta.loads WHERE municipality = $1 AND period < $2
),
compared AS (
    SELECT $2 AS period UNION ALL SELECT period FROM previous
),
-- Only the two periods compared: the municipality's whole history would cost a scan per load.
units AS (
    SELECT 'cases' AS kind, period, unit FROM staging.cases
    WHERE municipality = $1 AND period IN (SELECT period FROM compared)
    UNION ALL SELECT 'contacts', period, unit FROM staging.contacts
    WHERE municipality = $1 AND period IN (SELECT period FROM compared)
    UNION ALL SELECT 'risk_assessments', period, unit FROM staging.risk_assessments
    WHERE municipality = $1 AND unit IS NOT NULL AND period IN (SELECT period FROM compared)
    UNION ALL SELECT 'headcount', period, unit FROM staging.headcount
    WHERE municipality = $1 AND period IN (SELECT period FROM compared)
),
before AS (
    SELECT units.kind, units.unit, units.period, COUNT(*) AS n
    FROM units JOIN previous ON units.period = previous.period
    GROUP BY units.kind, units.unit, units.period
),
now AS (
    SELECT DISTINCT kind, unit FROM units WHERE period = $2
)
SELECT format('{}: unit ''{}'' had {} rows in {} and has none in {}', before.kind, before.unit, before.n,
              before.period, $2) AS message,
       format('{}: enheten ''{}'' hade {} rader för {} och har inga för {}', before.kind, before.unit,
              before.n, before.period, $2) AS message_sv
FROM before
WHERE before.kind IN (SELECT kind FROM now)
  AND NOT EXISTS (SELECT 1 FROM now WHERE now.kind = before.kind AND now.unit = before.unit)
ORDER BY before.kind, before.unit;
