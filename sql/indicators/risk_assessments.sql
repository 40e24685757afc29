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
