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
    SELECT * FROM cases_opened_in_period()
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
    JOIN types t ON list_contains(string_split(REPLACE(c.violence_types, ' ', ''), '|'), t.code)
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
),
required_rows AS (
    SELECT p.municipality, p.period, r.breakdown FROM periods p CROSS JOIN required r
)
SELECT * FROM counts_with_zeros('counts', 'required_rows')
