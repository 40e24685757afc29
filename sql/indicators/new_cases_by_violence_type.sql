-- new_cases_by_violence_type: New cases by type of violence. What it means is in new_cases_by_violence_type.yml.
--
-- Counts cases, not persons: the victim, the perpetrator and the children of one case usually carry the same types.
-- A case is new when its earliest opened row lies in the period (a person added to an older case does not make it
-- new). The types of a case are all types listed on any of its rows opened by the period's end, so a row added
-- later does not change a past period. Types are not additive (several per case).
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
types AS (
    SELECT code FROM (VALUES ('physical'), ('psychological'), ('sexual'), ('economic'), ('material'), ('latent'),
                             ('neglect'), ('honour'), ('child_marriage'), ('forced_marriage'), ('fgm'),
                             ('trafficking')) AS t(code)
),
typed AS (
    SELECT DISTINCT n.municipality, n.period, n.case_id, t.code
    FROM new_case_ids n
    JOIN core.cases c ON c.municipality = n.municipality AND c.case_id = n.case_id AND c.opened <= n.end_date
    JOIN types t ON '|' || REPLACE(c.violence_types, ' ', '') || '|' LIKE '%|' || t.code || '|%'
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(*) AS n
    FROM new_case_ids GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'violence_type=' || code, COUNT(*)
    FROM typed GROUP BY municipality, period, code
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'violence_type=' || code FROM types
)
SELECT p.municipality, p.period, r.breakdown,
       CAST(COALESCE(c.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(NULL AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
CROSS JOIN required r
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period AND c.breakdown = r.breakdown
ORDER BY p.municipality, p.period, r.breakdown
