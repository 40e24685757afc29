-- Baseline indicator new_victims_rate (contract 5a, issue #8): persons with a new case as victim aged
-- 18 or over at opening, per 10,000 inhabitants of the latest population year not after the period's.
-- Stand-in: the seeds give the age group 20+, not 18+, so that is the denominator here; the cost is
-- the same. All, sex=K and sex=M (the seeds' population by sex is not split by age, so every
-- breakdown shares the both-sexes denominator in this baseline).
-- Inputs:  core.cases, core.periods, core.scope, core.population.
-- Outputs: municipality, period, indicator, breakdown, numerator, denominator, value.
WITH victims AS (
    SELECT p.municipality, p.period, CAST(left(p.period, 4) AS INTEGER) AS year, c.person_id, c.sex
    FROM core.periods p
    JOIN core.scope s ON s.municipality = p.municipality
    JOIN core.cases c ON c.municipality = p.municipality AND c.opened BETWEEN p.period_start AND p.period_end
    WHERE c.role = 'victim' AND c.age >= 18
), counted AS (
    SELECT municipality, period, year, 'all' AS breakdown, count(DISTINCT person_id) AS numerator
    FROM victims GROUP BY municipality, period, year
    UNION ALL
    SELECT municipality, period, year, 'sex=' || sex, count(DISTINCT person_id)
    FROM victims WHERE sex IN ('K', 'M') GROUP BY municipality, period, year, sex
), adults AS (
    SELECT municipality, year, population FROM core.population WHERE age_group = '20+'
)
SELECT c.municipality, c.period, 'new_victims_rate' AS indicator, c.breakdown, c.numerator,
       a.population AS denominator, CASE WHEN a.population > 0 THEN 10000.0 * c.numerator / a.population END AS value
FROM counted c
ASOF LEFT JOIN adults a ON a.municipality = c.municipality AND a.year <= c.year
