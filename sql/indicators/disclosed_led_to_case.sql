-- id: disclosed_led_to_case
-- title_sv: Andel kontakter där våld kom fram som ledde till ett ärende
-- title_en: Share of contacts with disclosed violence that led to a case
-- description_sv: Av de nya kontakter under halvåret där våld kom fram, andelen som ledde till ett VINR-ärende.
-- description_en: Of the new contacts during the half-year in which violence was disclosed, the share that led to a
--   VINR case.
-- unit: percent
-- numerator: contacts of the denominator with a case_id
-- denominator: contacts with contact_date in the period and disclosed = true (asked or not)
-- polarity: higher_is_better
-- sub_goal: D3
-- reference: none
-- portable: yes
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
