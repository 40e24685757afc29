-- Baseline indicators training_basic_coverage and elected_trained_share (contract 5a, issue #8):
-- distinct employees and managers with a basic course completed on or before the period's end (in any
-- loaded period), of the period's headcount for those roles (all and by department); distinct elected
-- persons with an elected_day course, of the headcount with role elected.
-- Inputs:  core.training, core.headcount, core.periods, core.scope.
-- Outputs: municipality, period, indicator, breakdown, numerator, denominator, value.
WITH scoped AS (
    SELECT p.* FROM core.periods p JOIN core.scope s ON s.municipality = p.municipality
), staff AS (
    SELECT p.municipality, p.period, h.department, h.role, sum(h.headcount) AS headcount
    FROM scoped p
    JOIN core.headcount h ON h.municipality = p.municipality AND h.period = p.period
    GROUP BY p.municipality, p.period, h.department, h.role
), trained AS (
    SELECT p.municipality, p.period, t.department, t.role, count(DISTINCT t.employee_id) AS persons
    FROM scoped p
    JOIN core.training t ON t.municipality = p.municipality AND t.completed_on <= p.period_end
    WHERE (t.role IN ('employee', 'manager') AND t.course = 'basic') OR (t.role = 'elected' AND t.course = 'elected_day')
    GROUP BY p.municipality, p.period, t.department, t.role
), basic AS (
    SELECT s.municipality, s.period, s.department, sum(coalesce(t.persons, 0)) AS trained,
           sum(s.headcount) AS headcount
    FROM staff s
    LEFT JOIN trained t USING (municipality, period, department, role)
    WHERE s.role IN ('employee', 'manager')
    GROUP BY s.municipality, s.period, s.department
), elected AS (
    SELECT s.municipality, s.period, sum(coalesce(t.persons, 0)) AS trained, sum(s.headcount) AS headcount
    FROM staff s
    LEFT JOIN trained t USING (municipality, period, department, role)
    WHERE s.role = 'elected'
    GROUP BY s.municipality, s.period
)
SELECT municipality, period, 'training_basic_coverage' AS indicator, 'all' AS breakdown,
       sum(trained) AS numerator, sum(headcount) AS denominator,
       100.0 * sum(trained) / nullif(sum(headcount), 0) AS value
FROM basic GROUP BY municipality, period
UNION ALL
SELECT municipality, period, 'training_basic_coverage', 'department=' || department, trained, headcount,
       100.0 * trained / nullif(headcount, 0)
FROM basic
UNION ALL
SELECT municipality, period, 'elected_trained_share', 'all', trained, headcount, 100.0 * trained / nullif(headcount, 0)
FROM elected
