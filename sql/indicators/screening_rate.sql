-- screening_rate: Share of new contacts asked about violence. What it means is in screening_rate.yml.
--
-- Every unit that ever appears in the municipality's contacts gets a row in every period (0 of 0 where it had none),
-- so a unit's series has no gaps.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
period_contacts AS (
    SELECT p.municipality, p.period, c.contact_id, c.unit, c.asked
    FROM periods p
    JOIN core.contacts c ON c.municipality = p.municipality AND c.contact_date BETWEEN p.start_date AND p.end_date
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown,
           COUNT(DISTINCT CASE WHEN asked THEN contact_id END) AS num, COUNT(DISTINCT contact_id) AS den
    FROM period_contacts GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'unit=' || unit,
           COUNT(DISTINCT CASE WHEN asked THEN contact_id END), COUNT(DISTINCT contact_id)
    FROM period_contacts GROUP BY municipality, period, unit
),
breakdowns AS (
    SELECT municipality, period, 'all' AS breakdown FROM periods
    UNION
    SELECT p.municipality, p.period, 'unit=' || u.unit
    FROM periods p JOIN (SELECT DISTINCT municipality, unit FROM core.contacts) u ON u.municipality = p.municipality
)
SELECT b.municipality, b.period, b.breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM breakdowns b
LEFT JOIN counts c ON c.municipality = b.municipality AND c.period = b.period AND c.breakdown = b.breakdown
ORDER BY b.municipality, b.period, b.breakdown
