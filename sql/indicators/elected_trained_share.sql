-- elected_trained_share: Share of elected representatives who attended the training day. What it means is in elected_trained_share.yml.
--
-- Completions count from every loaded package. Only rows with role `elected` count: an employee who attended the
-- elected representatives' day is not one of them. The share can exceed 100 % when trained representatives have left.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
trained AS (
    SELECT p.municipality, p.period, COUNT(DISTINCT t.employee_id) AS n
    FROM periods p
    JOIN core.training t ON t.municipality = p.municipality
                        AND t.course = 'elected_day'
                        AND t.role = 'elected'
                        AND t.completed_on <= p.end_date
    GROUP BY p.municipality, p.period
),
elected AS (
    SELECT municipality, period, SUM(CASE WHEN role = 'elected' THEN headcount ELSE 0 END) AS headcount
    FROM core.headcount GROUP BY municipality, period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(t.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(e.headcount AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN trained t ON t.municipality = p.municipality AND t.period = p.period
LEFT JOIN elected e ON e.municipality = p.municipality AND e.period = p.period
ORDER BY p.municipality, p.period
