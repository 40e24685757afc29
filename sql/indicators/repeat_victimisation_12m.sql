-- repeat_victimisation_12m: Share of new victims with another case in the previous 12 months. What it means is in repeat_victimisation_12m.yml.
--
-- A person with several new victim rows counts above when any of them has such an earlier case. An earlier case
-- opened the same day does not count (not before); one opened exactly 12 months before does.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
new_victims AS (
    SELECT p.municipality, p.period, c.person_id, c.case_id, c.opened
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
                     AND c.opened BETWEEN p.start_date AND p.end_date
                     AND c.role = 'victim'
),
repeated AS (
    SELECT DISTINCT v.municipality, v.period, v.person_id
    FROM new_victims v
    JOIN core.cases e ON e.municipality = v.municipality
                     AND e.person_id = v.person_id
                     AND e.case_id <> v.case_id
                     AND e.role IN ('victim', 'child_victim', 'child_witness')
                     AND e.opened < v.opened
                     AND e.opened >= v.opened - INTERVAL '12' MONTH
),
counts AS (
    SELECT v.municipality, v.period, COUNT(DISTINCT r.person_id) AS num, COUNT(DISTINCT v.person_id) AS den
    FROM new_victims v
    LEFT JOIN repeated r ON r.municipality = v.municipality AND r.period = v.period AND r.person_id = v.person_id
    GROUP BY v.municipality, v.period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period
ORDER BY p.municipality, p.period
