-- active_cases: Persons with an active case. What it means is in active_cases.yml.
--
-- A person may hold several roles, so the role parts do not add up to `all`.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
active_rows AS (
    SELECT p.municipality, p.period, c.person_id, c.role
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
                     AND c.opened <= p.end_date
                     AND (c.closed IS NULL OR c.closed >= p.start_date)
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(DISTINCT person_id) AS n
    FROM active_rows GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'role=' || role, COUNT(DISTINCT person_id)
    FROM active_rows GROUP BY municipality, period, role
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'role=' || code FROM (VALUES ('victim'), ('child_victim'), ('child_witness'), ('perpetrator')) AS r(code)
),
breakdowns AS (
    SELECT p.municipality, p.period, r.breakdown FROM periods p CROSS JOIN required r
    UNION
    SELECT municipality, period, breakdown FROM counts
)
SELECT b.municipality, b.period, b.breakdown,
       CAST(COALESCE(c.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(NULL AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM breakdowns b
LEFT JOIN counts c ON c.municipality = b.municipality AND c.period = b.period AND c.breakdown = b.breakdown
ORDER BY b.municipality, b.period, b.breakdown
