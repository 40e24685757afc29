-- training_completions: Courses completed. What it means is in training_completions.yml.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
period_completions AS (
    SELECT DISTINCT p.municipality, p.period, t.employee_id, t.course, t.completed_on
    FROM periods p
    JOIN core.training t ON t.municipality = p.municipality AND t.completed_on BETWEEN p.start_date AND p.end_date
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(*) AS n
    FROM period_completions GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'course=' || course, COUNT(*)
    FROM period_completions GROUP BY municipality, period, course
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'course=' || code
    FROM (VALUES ('basic'), ('advanced'), ('elected_day'), ('knowledge_day'), ('other')) AS k(code)
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
