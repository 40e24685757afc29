-- risk_assessed_share: Share of new victims with a structured risk assessment. What it means is in risk_assessed_share.yml.
--
-- A pair takes its opening date and role from its earliest victim or child_victim row of the period (ties: the role
-- first in alphabetical order), so each pair has one role and the role parts add up to `all`. An assessment dated
-- before that opening, or after the period, does not count.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
pairs AS (
    SELECT municipality, period, end_date, case_id, person_id, role, opened
    FROM (SELECT p.municipality, p.period, p.end_date, c.case_id, c.person_id, c.role, c.opened,
                 ROW_NUMBER() OVER (PARTITION BY p.municipality, p.period, c.case_id, c.person_id
                                    ORDER BY c.opened, c.role) AS rn
          FROM periods p
          JOIN core.cases c ON c.municipality = p.municipality
                           AND c.opened BETWEEN p.start_date AND p.end_date
                           AND c.role IN ('victim', 'child_victim')) first_row
    WHERE rn = 1
),
assessed AS (
    SELECT pr.municipality, pr.period, pr.case_id, pr.person_id, pr.role, MIN(a.assessed_on) AS first_assessed
    FROM pairs pr
    LEFT JOIN core.risk_assessments a ON a.municipality = pr.municipality
                                     AND a.case_id = pr.case_id AND a.person_id = pr.person_id
                                     AND a.assessed_on BETWEEN pr.opened AND pr.end_date
    GROUP BY pr.municipality, pr.period, pr.case_id, pr.person_id, pr.role
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(first_assessed) AS num, COUNT(*) AS den
    FROM assessed GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'role=' || role, COUNT(first_assessed), COUNT(*)
    FROM assessed GROUP BY municipality, period, role
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'role=' || code FROM (VALUES ('victim'), ('child_victim')) AS r(code)
)
SELECT p.municipality, p.period, r.breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
CROSS JOIN required r
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period AND c.breakdown = r.breakdown
ORDER BY p.municipality, p.period, r.breakdown
