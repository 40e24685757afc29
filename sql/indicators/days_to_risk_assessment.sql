-- id: days_to_risk_assessment
-- title_sv: Dagar från nytt ärende till riskbedömning (median)
-- title_en: Days from new case to risk assessment (median)
-- description_sv: För de nya ärenden som våldsutsatt eller barn som utsatts för våld som fått en riskbedömning i
--   samma ärende under halvåret: medianen av antalet dagar från att ärendet öppnades till den första
--   riskbedömningen.
-- description_en: For the new cases as victim or child victim that got a risk assessment in the same case during the
--   half-year: the median number of days from the opening of the case to the first risk assessment.
-- unit: days
-- numerator: none (the value is the median itself)
-- denominator: (case, person) pairs counted in risk_assessed_share's numerator, i.e. the pairs the median is taken over
-- polarity: lower_is_better
-- sub_goal: D3
-- reference: none
-- portable: yes (PERCENTILE_CONT ... WITHIN GROUP is SQL:2008; DATE - DATE giving days holds in DuckDB and PostgreSQL)
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
