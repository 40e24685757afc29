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
required_rows AS (
    SELECT p.municipality, p.period, r.breakdown FROM periods p CROSS JOIN required r
)
SELECT * FROM counts_with_zeros('counts', 'required_rows')
