-- id: new_children_rate
-- title_sv: Barn med nytt ärende per 10 000 invånare 0–17 år
-- title_en: Children with a new case per 10,000 inhabitants aged 0–17
-- description_sv: Personer som fått ett nytt ärende som barn som utsatts för våld eller som bevittnat våld, per
--   10 000 invånare 0–17 år (befolkningen det senaste år som finns, högst halvårets år). Saknas befolkning 0–17
--   används 0–19, vilket ger en något för låg kvot; rapporten anger vilken nämnare som användes.
-- description_en: Persons with a new case as child victim or child witness, per 10,000 inhabitants aged 0–17
--   (population of the latest year available up to the half-year's year). Without a 0–17 population the 0–19
--   population is used, which makes the rate slightly too low; the report states the denominator used.
-- unit: per_10000
-- numerator: distinct persons with a case row in role child_victim or child_witness opened in the period
-- denominator: population aged 0-17 (fallback 0-19), both sexes, latest year <= the period's year; empty when missing
-- polarity: neither
-- sub_goal:
-- reference: none
-- population: 0-17 (fallback 0-19)
-- portable: yes
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
