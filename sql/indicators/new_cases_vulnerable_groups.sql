-- new_cases_vulnerable_groups: New victims in particularly vulnerable groups. What it means is in new_cases_vulnerable_groups.yml.
--
-- Groups, judged on the person's new rows of the period in those roles: disability, lgbtq, foreign_background =
-- the flag is true on some row (empty counts as not); age_65_plus = aged 65+ at some row's opening; children = some
-- row in role child_victim or child_witness, or aged under 18 at its opening. Groups overlap, so not additive.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
victim_rows AS (
    SELECT p.municipality, p.period, c.person_id, c.role, c.age, c.disability, c.lgbtq, c.foreign_background
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
                     AND c.opened BETWEEN p.start_date AND p.end_date
                     AND c.role IN ('victim', 'child_victim', 'child_witness')
),
memberships AS (
    SELECT municipality, period, person_id, 'all' AS breakdown FROM victim_rows
    UNION
    SELECT municipality, period, person_id, 'group=disability' FROM victim_rows WHERE disability
    UNION
    SELECT municipality, period, person_id, 'group=age_65_plus' FROM victim_rows WHERE age >= 65
    UNION
    SELECT municipality, period, person_id, 'group=lgbtq' FROM victim_rows WHERE lgbtq
    UNION
    SELECT municipality, period, person_id, 'group=foreign_background' FROM victim_rows WHERE foreign_background
    UNION
    SELECT municipality, period, person_id, 'group=children' FROM victim_rows
    WHERE role IN ('child_victim', 'child_witness') OR age < 18
),
counts AS (
    SELECT municipality, period, breakdown, COUNT(*) AS n FROM memberships GROUP BY municipality, period, breakdown
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'group=' || code
    FROM (VALUES ('disability'), ('age_65_plus'), ('lgbtq'), ('foreign_background'), ('children')) AS g(code)
)
SELECT p.municipality, p.period, r.breakdown,
       CAST(COALESCE(c.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(NULL AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
CROSS JOIN required r
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period AND c.breakdown = r.breakdown
ORDER BY p.municipality, p.period, r.breakdown
