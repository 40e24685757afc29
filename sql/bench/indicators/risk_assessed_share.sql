-- Baseline indicators risk_assessed_share and days_to_risk_assessment (contract 5a, issue #8): of the
-- (case, person) pairs with a new case as victim or child_victim, those with a risk assessment for the
-- same case and person dated from opening to the period's end (all and by role); the median days from
-- opening to the first such assessment.
-- Inputs:  core.cases, core.risk_assessments, core.periods, core.scope.
-- Outputs: municipality, period, indicator, breakdown, numerator, denominator, value.
WITH pairs AS (
    SELECT p.municipality, p.period, p.period_end, c.case_id, c.person_id, min(c.role) AS role,
           min(c.opened) AS opened
    FROM core.periods p
    JOIN core.scope s ON s.municipality = p.municipality
    JOIN core.cases c ON c.municipality = p.municipality AND c.opened BETWEEN p.period_start AND p.period_end
    WHERE c.role IN ('victim', 'child_victim')
    GROUP BY p.municipality, p.period, p.period_end, c.case_id, c.person_id
), assessed AS (
    SELECT pr.municipality, pr.period, pr.role, pr.case_id, pr.person_id,
           min(r.assessed_on) - pr.opened AS days
    FROM pairs pr
    LEFT JOIN core.risk_assessments r ON r.municipality = pr.municipality AND r.case_id = pr.case_id
                                     AND r.person_id = pr.person_id
                                     AND r.assessed_on BETWEEN pr.opened AND pr.period_end
    GROUP BY pr.municipality, pr.period, pr.role, pr.case_id, pr.person_id, pr.opened
)
SELECT municipality, period, 'risk_assessed_share' AS indicator, 'all' AS breakdown,
       count(days) AS numerator, count(*) AS denominator, 100.0 * count(days) / nullif(count(*), 0) AS value
FROM assessed GROUP BY municipality, period
UNION ALL
SELECT municipality, period, 'risk_assessed_share', 'role=' || role, count(days), count(*),
       100.0 * count(days) / nullif(count(*), 0)
FROM assessed GROUP BY municipality, period, role
UNION ALL
SELECT municipality, period, 'days_to_risk_assessment', 'all', count(days), NULL, median(days)
FROM assessed GROUP BY municipality, period
