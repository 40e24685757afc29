-- Baseline indicator new_cases (contract 5a, issue #8): persons with a case row opened in the period;
-- all, by role, and for role victim by sex and by age band.
-- Inputs:  core.cases, core.periods, core.scope (the municipalities the benchmark reports).
-- Outputs: municipality, period, indicator, breakdown, numerator, denominator, value.
WITH new_rows AS (
    SELECT p.municipality, p.period, c.person_id, c.role, c.sex, c.age_band
    FROM core.periods p
    JOIN core.scope s ON s.municipality = p.municipality
    JOIN core.cases c ON c.municipality = p.municipality AND c.opened BETWEEN p.period_start AND p.period_end
)
SELECT municipality, period, 'new_cases' AS indicator, 'all' AS breakdown,
       count(DISTINCT person_id) AS numerator, NULL::BIGINT AS denominator, count(DISTINCT person_id)::DOUBLE AS value
FROM new_rows GROUP BY municipality, period
UNION ALL
SELECT municipality, period, 'new_cases', 'role=' || role, count(DISTINCT person_id), NULL, count(DISTINCT person_id)
FROM new_rows GROUP BY municipality, period, role
UNION ALL
SELECT municipality, period, 'new_cases', 'role=victim;sex=' || sex, count(DISTINCT person_id), NULL,
       count(DISTINCT person_id)
FROM new_rows WHERE role = 'victim' GROUP BY municipality, period, sex
UNION ALL
SELECT municipality, period, 'new_cases', 'role=victim;age_band=' || age_band, count(DISTINCT person_id), NULL,
       count(DISTINCT person_id)
FROM new_rows WHERE role = 'victim' GROUP BY municipality, period, age_band
