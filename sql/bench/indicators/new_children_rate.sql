-- Baseline indicator new_children_rate (contract 5a, issue #8): persons with a new case as child_victim
-- or child_witness per 10,000 inhabitants aged 0-17 (stand-in: the seeds' 0-19 group).
-- Inputs:  core.cases, core.periods, core.scope, core.population.
-- Outputs: municipality, period, indicator, breakdown, numerator, denominator, value.
WITH counted AS (
    SELECT p.municipality, p.period, CAST(left(p.period, 4) AS INTEGER) AS year,
           count(DISTINCT c.person_id) AS numerator
    FROM core.periods p
    JOIN core.scope s ON s.municipality = p.municipality
    JOIN core.cases c ON c.municipality = p.municipality AND c.opened BETWEEN p.period_start AND p.period_end
    WHERE c.role IN ('child_victim', 'child_witness')
    GROUP BY p.municipality, p.period
), children AS (
    SELECT municipality, year, population FROM core.population WHERE age_group = '0-19'
)
SELECT c.municipality, c.period, 'new_children_rate' AS indicator, 'all' AS breakdown, c.numerator,
       ch.population AS denominator,
       CASE WHEN ch.population > 0 THEN 10000.0 * c.numerator / ch.population END AS value
FROM counted c
ASOF LEFT JOIN children ch ON ch.municipality = c.municipality AND ch.year <= c.year
