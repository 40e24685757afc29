-- risk_assessments: Risk assessments carried out. What it means is in risk_assessments.yml.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
period_assessments AS (
    SELECT p.municipality, p.period, a.assessment_id, a.method
    FROM periods p
    JOIN core.risk_assessments a ON a.municipality = p.municipality
                                AND a.assessed_on BETWEEN p.start_date AND p.end_date
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(DISTINCT assessment_id) AS n
    FROM period_assessments GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'method=' || method, COUNT(DISTINCT assessment_id)
    FROM period_assessments GROUP BY municipality, period, method
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'method=' || code
    FROM (VALUES ('FREDA_KORTFRAGOR'), ('FREDA_BESKRIVNING'), ('FREDA_FARLIGHET'), ('SARA_SV'), ('PATRIARK'),
                 ('SAM'), ('OTHER')) AS m(code)
),
required_rows AS (
    SELECT p.municipality, p.period, r.breakdown FROM periods p CROSS JOIN required r
)
SELECT * FROM counts_with_zeros('counts', 'required_rows')
