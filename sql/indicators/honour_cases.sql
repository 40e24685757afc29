-- honour_cases: New cases of honour-related violence. What it means is in honour_cases.yml.
--
-- New cases and their types as in new_cases_by_violence_type; a case with several of the four types counts once.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
new_case_ids AS (
    SELECT p.municipality, p.period, p.end_date, c.case_id
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
    GROUP BY p.municipality, p.period, p.start_date, p.end_date, c.case_id
    HAVING MIN(c.opened) BETWEEN p.start_date AND p.end_date
),
honour AS (
    SELECT n.municipality, n.period, COUNT(DISTINCT n.case_id) AS n
    FROM new_case_ids n
    JOIN core.cases c ON c.municipality = n.municipality AND c.case_id = n.case_id AND c.opened <= n.end_date
    JOIN (VALUES ('honour'), ('child_marriage'), ('forced_marriage'), ('fgm')) AS t(code)
      ON '|' || REPLACE(c.violence_types, ' ', '') || '|' LIKE '%|' || t.code || '|%'
    GROUP BY n.municipality, n.period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(h.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(NULL AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN honour h ON h.municipality = p.municipality AND h.period = p.period
ORDER BY p.municipality, p.period
