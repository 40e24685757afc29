-- id: elected_trained_share
-- title_sv: Andel förtroendevalda som deltagit i utbildningsdag
-- title_en: Share of elected representatives who attended the training day
-- description_sv: Antal förtroendevalda som deltagit i utbildningsdagen om jämställdhet och våld i nära relationer
--   senast halvårets sista dag, som andel av antalet förtroendevalda enligt halvårets personalsammanställning.
-- description_en: Number of elected representatives who attended the training day on gender equality and violence in
--   close relationships on or before the half-year's last day, as a share of the half-year's headcount of elected
--   representatives.
-- unit: percent
-- numerator: distinct employee ids with role elected and an elected_day course completed on or before the period end
-- denominator: sum of the period's headcount for role elected; empty when no headcount was loaded for the period
-- polarity: higher_is_better
-- sub_goal: D2
-- reference: none
-- goal: 100
-- tests: none: a cumulative coverage that carries every earlier completion forward, so consecutive shares
--  are not independent; the half-year's own completions are tested in training_completions
-- portable: yes
--
-- Completions count from every loaded package. Only rows with role `elected` count: an employee who attended the
-- elected representatives' day is not one of them. The share can exceed 100 % when trained representatives have left.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
trained AS (
    SELECT p.municipality, p.period, COUNT(DISTINCT t.employee_id) AS n
    FROM periods p
    JOIN core.training t ON t.municipality = p.municipality
                        AND t.course = 'elected_day'
                        AND t.role = 'elected'
                        AND t.completed_on <= p.end_date
    GROUP BY p.municipality, p.period
),
elected AS (
    SELECT municipality, period, SUM(CASE WHEN role = 'elected' THEN headcount ELSE 0 END) AS headcount
    FROM core.headcount GROUP BY municipality, period
)
SELECT p.municipality, p.period, 'all' AS breakdown,
       CAST(COALESCE(t.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(e.headcount AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM periods p
LEFT JOIN trained t ON t.municipality = p.municipality AND t.period = p.period
LEFT JOIN elected e ON e.municipality = p.municipality AND e.period = p.period
ORDER BY p.municipality, p.period
