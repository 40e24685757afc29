-- interventions_per_victim_case: Interventions started per new case with a victim. What it means is in interventions_per_victim_case.yml.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
victim_cases AS (
    SELECT DISTINCT p.municipality, p.period, p.start_date, p.end_date, c.case_id
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
                     AND c.opened BETWEEN p.start_date AND p.end_date
                     AND c.role = 'victim'
),
counts AS (
    SELECT v.municipality, v.period, COUNT(DISTINCT i.intervention_id) AS num, COUNT(DISTINCT v.case_id) AS den
    FROM victim_cases v
    LEFT JOIN core.interventions i ON i.municipality = v.municipality AND i.case_id = v.case_id
                                  AND i."start" BETWEEN v.start_date AND v.end_date
    GROUP BY v.municipality, v.period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period
ORDER BY p.municipality, p.period
