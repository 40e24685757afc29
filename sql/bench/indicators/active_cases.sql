-- Baseline indicator active_cases (contract 5a, issue #8): persons with a case row open on some day of
-- the period (opened on or before its end, closed empty or on or after its start); all and by role.
-- Inputs:  core.cases, core.periods, core.scope.
-- Outputs: municipality, period, indicator, breakdown, numerator, denominator, value.
WITH open_rows AS (
    SELECT p.municipality, p.period, c.person_id, c.role
    FROM core.periods p
    JOIN core.scope s ON s.municipality = p.municipality
    JOIN core.cases c ON c.municipality = p.municipality AND c.opened <= p.period_end
                     AND (c.closed IS NULL OR c.closed >= p.period_start)
)
SELECT municipality, period, 'active_cases' AS indicator, 'all' AS breakdown,
       count(DISTINCT person_id) AS numerator, NULL::BIGINT AS denominator, count(DISTINCT person_id)::DOUBLE AS value
FROM open_rows GROUP BY municipality, period
UNION ALL
SELECT municipality, period, 'active_cases', 'role=' || role, count(DISTINCT person_id), NULL, count(DISTINCT person_id)
FROM open_rows GROUP BY municipality, period, role
