-- interventions: Interventions started. What it means is in interventions.yml.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
period_interventions AS (
    SELECT p.municipality, p.period, i.intervention_id, i.type
    FROM periods p
    JOIN core.interventions i ON i.municipality = p.municipality
                             AND i."start" BETWEEN p.start_date AND p.end_date
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(DISTINCT intervention_id) AS n
    FROM period_interventions GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'type=' || type, COUNT(DISTINCT intervention_id)
    FROM period_interventions GROUP BY municipality, period, type
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'type=' || code
    FROM (VALUES ('protected_housing'), ('support_talks'), ('financial_aid'), ('perpetrator_programme'),
                 ('child_support'), ('other')) AS t(code)
),
breakdowns AS (
    SELECT p.municipality, p.period, r.breakdown FROM periods p CROSS JOIN required r
    UNION
    SELECT municipality, period, breakdown FROM counts
)
SELECT b.municipality, b.period, b.breakdown,
       CAST(COALESCE(c.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(NULL AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM breakdowns b
LEFT JOIN counts c ON c.municipality = b.municipality AND c.period = b.period AND c.breakdown = b.breakdown
ORDER BY b.municipality, b.period, b.breakdown
