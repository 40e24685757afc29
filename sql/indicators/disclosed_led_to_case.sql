-- disclosed_led_to_case: Share of contacts with disclosed violence that led to a case. What it means is in disclosed_led_to_case.yml.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
counts AS (
    SELECT p.municipality, p.period,
           COUNT(DISTINCT CASE WHEN c.case_id IS NOT NULL THEN c.contact_id END) AS num,
           COUNT(DISTINCT c.contact_id) AS den
    FROM periods p
    JOIN core.contacts c ON c.municipality = p.municipality
                        AND c.contact_date BETWEEN p.start_date AND p.end_date
                        AND c.disclosed
    GROUP BY p.municipality, p.period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period
ORDER BY p.municipality, p.period
