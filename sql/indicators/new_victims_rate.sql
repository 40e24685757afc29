-- new_victims_rate: New adult victims per 10,000 inhabitants aged 18+. What it means is in new_victims_rate.yml.
--
-- Each person is counted once, with the sex of their earliest qualifying row. Persons of sex X or unknown count in
-- `all` only (there is no population for them), so the sex parts do not add up to `all`.
-- The population rule is repeated in Java (se.vinr.indicators.DenominatorBasis), which reports the basis used.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
victims AS (
    SELECT municipality, period, person_id, sex
    FROM (SELECT p.municipality, p.period, c.person_id, c.sex,
                 ROW_NUMBER() OVER (PARTITION BY p.municipality, p.period, c.person_id ORDER BY c.opened, c.sex) AS rn
          FROM periods p
          JOIN core.cases c ON c.municipality = p.municipality
                           AND c.opened BETWEEN p.start_date AND p.end_date
                           AND c.role = 'victim' AND c.age >= 18) first_row
    WHERE rn = 1
),
population AS (
    SELECT municipality, period, sex, population
    FROM (SELECT p.municipality, p.period, r.sex, r.population,
                 ROW_NUMBER() OVER (PARTITION BY p.municipality, p.period, r.sex
                                    ORDER BY CASE r.age_group WHEN '18+' THEN 1 ELSE 2 END, r.year DESC) AS rn
          FROM periods p
          JOIN ref.population r ON r.municipality_code = p.municipality
                               AND r.year <= EXTRACT(YEAR FROM p.start_date)
                               AND r.age_group IN ('18+', '20+')) chosen
    WHERE rn = 1
),
required AS (
    SELECT 'all' AS breakdown, 'T' AS population_sex, CAST(NULL AS VARCHAR) AS person_sex
    UNION ALL SELECT 'sex=K', 'K', 'K'
    UNION ALL SELECT 'sex=M', 'M', 'M'
),
counts AS (
    SELECT p.municipality, p.period, r.breakdown, COUNT(v.person_id) AS n
    FROM periods p
    CROSS JOIN required r
    LEFT JOIN victims v ON v.municipality = p.municipality AND v.period = p.period
                       AND (r.person_sex IS NULL OR v.sex = r.person_sex)
    GROUP BY p.municipality, p.period, r.breakdown
)
SELECT p.municipality, p.period, r.breakdown,
       CAST(c.n AS DOUBLE PRECISION) AS numerator,
       CAST(pop.population AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
CROSS JOIN required r
JOIN counts c ON c.municipality = p.municipality AND c.period = p.period AND c.breakdown = r.breakdown
LEFT JOIN population pop ON pop.municipality = p.municipality AND pop.period = p.period
                        AND pop.sex = r.population_sex
ORDER BY p.municipality, p.period, r.breakdown
