-- perpetrator_programme_share: Share of new perpetrators in a perpetrator programme. What it means is in perpetrator_programme_share.yml.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
perpetrators AS (
    SELECT p.municipality, p.period, p.end_date, c.person_id, c.case_id
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
                     AND c.opened BETWEEN p.start_date AND p.end_date
                     AND c.role = 'perpetrator'
),
in_programme AS (
    SELECT DISTINCT v.municipality, v.period, v.person_id
    FROM perpetrators v
    JOIN core.interventions i ON i.municipality = v.municipality
                             AND i.case_id = v.case_id AND i.person_id = v.person_id
                             AND i.type = 'perpetrator_programme'
                             AND i."start" <= v.end_date
),
counts AS (
    SELECT v.municipality, v.period, COUNT(DISTINCT g.person_id) AS num, COUNT(DISTINCT v.person_id) AS den
    FROM perpetrators v
    LEFT JOIN in_programme g ON g.municipality = v.municipality AND g.period = v.period AND g.person_id = v.person_id
    GROUP BY v.municipality, v.period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period
ORDER BY p.municipality, p.period
