-- id: disclosure_rate
-- title_sv: Andel tillfrågade där våld kom fram
-- title_en: Share of asked contacts where violence was disclosed
-- description_sv: Av de nya kontakter under halvåret där frågan om våld ställdes, andelen där våld kom fram.
-- description_en: Of the new contacts during the half-year in which the question about violence was asked, the share
--   in which violence was disclosed.
-- unit: percent
-- numerator: contacts with contact_date in the period, asked = true and disclosed = true
-- denominator: contacts with contact_date in the period and asked = true
-- polarity: neither
-- sub_goal: D3
-- reference: none
-- portable: yes
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
