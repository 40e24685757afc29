-- Data test volume_drop: a record kind whose rows fell by more than a share against the latest
-- earlier loaded period of the same municipality (or whose file is gone).
-- Inputs:  meta.loads (the current load is already recorded).
-- Outputs: one row (message, message_sv) per kind that dropped.
-- Parameters: $1 municipality, $2 period, $3 the largest accepted drop as a share (0.40 = 40 %).
-- DuckDB-only: format().
WITH previous AS (
    SELECT MAX(period) AS period FROM meta.loads WHERE municipality = $1 AND period < $2
),
counts AS (
    SELECT period, 'cases' AS kind, rows_cases AS n FROM meta.loads WHERE municipality = $1
    UNION ALL SELECT period, 'contacts', rows_contacts FROM meta.loads WHERE municipality = $1
    UNION ALL SELECT period, 'risk_assessments', rows_risk_assessments FROM meta.loads WHERE municipality = $1
    UNION ALL SELECT period, 'interventions', rows_interventions FROM meta.loads WHERE municipality = $1
    UNION ALL SELECT period, 'training', rows_training FROM meta.loads WHERE municipality = $1
    UNION ALL SELECT period, 'headcount', rows_headcount FROM meta.loads WHERE municipality = $1
    UNION ALL SELECT period, 'plan_status', rows_plan_status FROM meta.loads WHERE municipality = $1
)
SELECT
    CASE WHEN cur.n IS NULL
         THEN format('{}: no file in {}, {} rows in {}', before.kind, $2, before.n, before.period)
         ELSE format('{}: {} rows in {} against {} in {} ({} % fewer)', before.kind, cur.n, $2, before.n,
                     before.period, CAST(ROUND(100.0 * (before.n - cur.n) / before.n) AS BIGINT))
    END AS message,
    CASE WHEN cur.n IS NULL
         THEN format('{}: ingen fil för {}, {} rader för {}', before.kind, $2, before.n, before.period)
         ELSE format('{}: {} rader för {} mot {} för {} ({} % färre)', before.kind, cur.n, $2, before.n,
                     before.period, CAST(ROUND(100.0 * (before.n - cur.n) / before.n) AS BIGINT))
    END AS message_sv
FROM counts before
JOIN previous ON before.period = previous.period
LEFT JOIN counts cur ON cur.kind = before.kind AND cur.period = $2
WHERE before.n > 0
  AND (cur.n IS NULL OR cur.n < before.n * (1 - $3))
ORDER BY before.kind;
