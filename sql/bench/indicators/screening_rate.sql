-- Baseline indicators screening_rate and disclosure_rate (contract 5a, issue #8): contacts in the
-- period with asked true, of all contacts (all and by unit); with disclosed true, of those asked.
-- Inputs:  core.contacts, core.periods, core.scope.
-- Outputs: municipality, period, indicator, breakdown, numerator, denominator, value.
WITH in_period AS (
    SELECT p.municipality, p.period, c.unit, c.asked, c.disclosed
    FROM core.periods p
    JOIN core.scope s ON s.municipality = p.municipality
    JOIN core.contacts c ON c.municipality = p.municipality
                        AND c.contact_date BETWEEN p.period_start AND p.period_end
)
SELECT municipality, period, 'screening_rate' AS indicator, 'all' AS breakdown,
       count(*) FILTER (WHERE asked) AS numerator, count(*) AS denominator,
       100.0 * count(*) FILTER (WHERE asked) / nullif(count(*), 0) AS value
FROM in_period GROUP BY municipality, period
UNION ALL
SELECT municipality, period, 'screening_rate', 'unit=' || unit, count(*) FILTER (WHERE asked), count(*),
       100.0 * count(*) FILTER (WHERE asked) / nullif(count(*), 0)
FROM in_period GROUP BY municipality, period, unit
UNION ALL
SELECT municipality, period, 'disclosure_rate', 'all', count(*) FILTER (WHERE asked AND disclosed),
       count(*) FILTER (WHERE asked),
       100.0 * count(*) FILTER (WHERE asked AND disclosed) / nullif(count(*) FILTER (WHERE asked), 0)
FROM in_period GROUP BY municipality, period
