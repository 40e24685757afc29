-- disclosure_rate: Share of asked contacts where violence was disclosed. What it means is in disclosure_rate.yml.
--
-- Violence that came up without the question being asked is outside the denominator, so it is not counted above
-- either: the numerator stays a part of the denominator. An empty `disclosed` counts as not disclosed.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
counts AS (
    SELECT p.municipality, p.period,
           COUNT(DISTINCT CASE WHEN c.disclosed THEN c.contact_id END) AS num,
           COUNT(DISTINCT c.contact_id) AS den
    FROM periods p
    JOIN core.contacts c ON c.municipality = p.municipality
                        AND c.contact_date BETWEEN p.start_date AND p.end_date
                        AND c.asked
    GROUP BY p.municipality, p.period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period
ORDER BY p.municipality, p.period
