-- id: interventions_per_victim_case
-- title_sv: Påbörjade insatser per nytt ärende med våldsutsatt
-- title_en: Interventions started per new case with a victim
-- description_sv: Antal insatser som påbörjades under halvåret i ärenden där en våldsutsatt fick en ny ärenderad under
--   halvåret, delat med antalet sådana ärenden. Insatser till alla personer i ärendet räknas.
-- description_en: Number of interventions started during the half-year in cases in which a victim got a new case row
--   during the half-year, divided by the number of such cases. Interventions for every person in the case count.
-- unit: ratio
-- numerator: distinct interventions with start in the period whose case_id is one of the denominator's cases
-- denominator: distinct case_ids with a case row in role victim opened in the period
-- polarity: neither
-- sub_goal: D3
-- reference: none
-- portable: yes
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
victim_cases AS (
    SELECT DISTINCT p.municipality, p.period, p.start_date, p.end_date, c.case_id
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
                     AND c.opened BETWEEN p.start_date AND p.end_date
                     AND c.role = 'victim'
),
counts AS (
    SELECT v.municipality, v.period, COUNT(DISTINCT i.intervention_id) AS num, COUNT(DISTINCT v.case_id) AS den
    FROM victim_cases v
    LEFT JOIN core.interventions i ON i.municipality = v.municipality AND i.case_id = v.case_id
                                  AND i."start" BETWEEN v.start_date AND v.end_date
    GROUP BY v.municipality, v.period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(c.num, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(COALESCE(c.den, 0) AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN counts c ON c.municipality = p.municipality AND c.period = p.period
ORDER BY p.municipality, p.period
