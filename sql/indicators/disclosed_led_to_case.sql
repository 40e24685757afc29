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
SELECT * FROM share_of_all('counts')
