-- Baseline indicators risk_assessments and interventions (contract 5a, issue #8): risk assessments
-- dated in the period (all and by method); interventions starting in the period (all and by type).
-- Inputs:  core.risk_assessments, core.interventions, core.periods, core.scope.
-- Outputs: municipality, period, indicator, breakdown, numerator, denominator, value.
WITH scoped AS (
    SELECT p.* FROM core.periods p JOIN core.scope s ON s.municipality = p.municipality
), assessments AS (
    SELECT p.municipality, p.period, r.method
    FROM scoped p
    JOIN core.risk_assessments r ON r.municipality = p.municipality
                                AND r.assessed_on BETWEEN p.period_start AND p.period_end
), started AS (
    SELECT p.municipality, p.period, i.type
    FROM scoped p
    JOIN core.interventions i ON i.municipality = p.municipality AND i.start BETWEEN p.period_start AND p.period_end
)
SELECT municipality, period, 'risk_assessments' AS indicator, 'all' AS breakdown, count(*) AS numerator,
       NULL::BIGINT AS denominator, count(*)::DOUBLE AS value
FROM assessments GROUP BY municipality, period
UNION ALL
SELECT municipality, period, 'risk_assessments', 'method=' || method, count(*), NULL, count(*)
FROM assessments GROUP BY municipality, period, method
UNION ALL
SELECT municipality, period, 'interventions', 'all', count(*), NULL, count(*)
FROM started GROUP BY municipality, period
UNION ALL
SELECT municipality, period, 'interventions', 'type=' || type, count(*), NULL, count(*)
FROM started GROUP BY municipality, period, type
