-- training_advanced_coverage: Share of staff with advanced training on violence in close relationships. What it means is in training_advanced_coverage.yml.
--
-- Completions count from every loaded package (training rows are kept across periods), whichever package reported
-- them. Each trained person belongs to the department of their latest such completion, so the department parts add
-- up to `all`. Every department seen in the municipality's headcount, in any period, gets a row in every period.
-- A department without headcount in a period that has headcount gets denominator 0 (value empty).
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
trained AS (
    SELECT municipality, period, employee_id, department
    FROM (SELECT p.municipality, p.period, t.employee_id, t.department,
                 ROW_NUMBER() OVER (PARTITION BY p.municipality, p.period, t.employee_id
                                    ORDER BY t.completed_on DESC, t.department) AS rn
          FROM periods p
          JOIN core.training t ON t.municipality = p.municipality
                              AND t.course = 'advanced'
                              AND t.role IN ('employee', 'manager')
                              AND t.completed_on <= p.end_date) latest
    WHERE rn = 1
),
staff AS (
    SELECT municipality, period, department, SUM(headcount) AS headcount
    FROM core.headcount WHERE role IN ('employee', 'manager')
    GROUP BY municipality, period, department
),
counted AS (
    SELECT municipality, period FROM core.headcount GROUP BY municipality, period
),
breakdowns AS (
    SELECT municipality, period, 'all' AS breakdown, CAST(NULL AS VARCHAR) AS department FROM periods
    UNION
    SELECT p.municipality, p.period, 'department=' || h.department, h.department
    FROM periods p JOIN (SELECT DISTINCT municipality, department FROM core.headcount) h
                     ON h.municipality = p.municipality
    UNION
    SELECT municipality, period, 'department=' || department, department FROM trained
),
numerators AS (
    SELECT b.municipality, b.period, b.breakdown, COUNT(t.employee_id) AS n
    FROM breakdowns b
    LEFT JOIN trained t ON t.municipality = b.municipality AND t.period = b.period
                       AND (b.department IS NULL OR t.department = b.department)
    GROUP BY b.municipality, b.period, b.breakdown
),
denominators AS (
    SELECT b.municipality, b.period, b.breakdown,
           CASE WHEN k.period IS NULL THEN NULL ELSE COALESCE(SUM(s.headcount), 0) END AS d
    FROM breakdowns b
    LEFT JOIN counted k ON k.municipality = b.municipality AND k.period = b.period
    LEFT JOIN staff s ON s.municipality = b.municipality AND s.period = b.period
                     AND (b.department IS NULL OR s.department = b.department)
    GROUP BY b.municipality, b.period, b.breakdown, k.period
)
SELECT n.municipality, n.period, n.breakdown,
       CAST(n.n AS DOUBLE PRECISION) AS numerator,
       CAST(d.d AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM numerators n
JOIN denominators d ON d.municipality = n.municipality AND d.period = n.period AND d.breakdown = n.breakdown
ORDER BY n.municipality, n.period, n.breakdown
