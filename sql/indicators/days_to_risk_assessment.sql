-- days_to_risk_assessment: Days from new case to risk assessment (median). What it means is in days_to_risk_assessment.yml.
--
-- The pairs and their opening dates are those of risk_assessed_share. `value` is the median (the mean of the two
-- middle values when their number is even), empty when no pair has an assessment; `numerator` is always empty and
-- `denominator` is the number of pairs, which small-number protection judges.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
pairs AS (
    SELECT municipality, period, end_date, case_id, person_id, opened
    FROM (SELECT p.municipality, p.period, p.end_date, c.case_id, c.person_id, c.opened,
                 ROW_NUMBER() OVER (PARTITION BY p.municipality, p.period, c.case_id, c.person_id
                                    ORDER BY c.opened, c.role) AS rn
          FROM periods p
          JOIN core.cases c ON c.municipality = p.municipality
                           AND c.opened BETWEEN p.start_date AND p.end_date
                           AND c.role IN ('victim', 'child_victim')) first_row
    WHERE rn = 1
),
waits AS (
    SELECT pr.municipality, pr.period, pr.case_id, pr.person_id, MIN(a.assessed_on) - pr.opened AS days
    FROM pairs pr
    JOIN core.risk_assessments a ON a.municipality = pr.municipality
                                AND a.case_id = pr.case_id AND a.person_id = pr.person_id
                                AND a.assessed_on BETWEEN pr.opened AND pr.end_date
    GROUP BY pr.municipality, pr.period, pr.case_id, pr.person_id, pr.opened
),
medians AS (
    SELECT municipality, period, COUNT(*) AS n, PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY days) AS median_days
    FROM waits GROUP BY municipality, period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(NULL AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(m.n, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(m.median_days AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN medians m ON m.municipality = p.municipality AND m.period = p.period
ORDER BY p.municipality, p.period
