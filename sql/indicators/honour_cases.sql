-- honour_cases: New cases of honour-related violence. What it means is in honour_cases.yml.
--
-- New cases and their types as in new_cases_by_violence_type; a case with several of the four types counts once.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
new_case_ids AS (
    SELECT * FROM cases_opened_in_period()
),
honour AS (
    SELECT n.municipality, n.period, COUNT(DISTINCT n.case_id) AS n
    FROM new_case_ids n
    JOIN core.cases c ON c.municipality = n.municipality AND c.case_id = n.case_id AND c.opened <= n.end_date
    JOIN (VALUES ('honour'), ('child_marriage'), ('forced_marriage'), ('fgm')) AS t(code)
      ON list_contains(string_split(REPLACE(c.violence_types, ' ', ''), '|'), t.code)
    GROUP BY n.municipality, n.period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(h.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(NULL AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN honour h ON h.municipality = p.municipality AND h.period = p.period
ORDER BY p.municipality, p.period
