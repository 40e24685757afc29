-- new_children_rate: Children with a new case per 10,000 inhabitants aged 0–17. What it means is in new_children_rate.yml.
--
-- The population rule is repeated in Java (se.vinr.indicators.DenominatorBasis), which reports the basis used.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
children AS (
    SELECT p.municipality, p.period, COUNT(DISTINCT c.person_id) AS n
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
                     AND c.opened BETWEEN p.start_date AND p.end_date
                     AND c.role IN ('child_victim', 'child_witness')
    GROUP BY p.municipality, p.period
),
population AS (
    SELECT municipality, period, population
    FROM (SELECT p.municipality, p.period, r.population,
                 ROW_NUMBER() OVER (PARTITION BY p.municipality, p.period
                                    ORDER BY CASE r.age_group WHEN '0-17' THEN 1 ELSE 2 END, r.year DESC) AS rn
          FROM periods p
          JOIN ref.population r ON r.municipality_code = p.municipality
                               AND r.year <= EXTRACT(YEAR FROM p.start_date)
                               AND r.sex = 'T'
                               AND r.age_group IN ('0-17', '0-19')) chosen
    WHERE rn = 1
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(c.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(pop.population AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN children c ON c.municipality = p.municipality AND c.period = p.period
LEFT JOIN population pop ON pop.municipality = p.municipality AND pop.period = p.period
ORDER BY p.municipality, p.period
