-- id: training_completions
-- title_sv: Genomförda utbildningar
-- title_en: Courses completed
-- description_sv: Antal genomförda utbildningstillfällen (en person som går en kurs en dag räknas en gång) under
--   halvåret, totalt och per kurs (grundutbildning, fördjupad utbildning, utbildningsdag för förtroendevalda,
--   kunskapsdag, annan).
-- description_en: Number of course completions (one person completing one course on one day counts once) during the
--   half-year, in total and by course (basic, advanced, elected representatives' day, knowledge day, other).
-- unit: count
-- numerator: distinct (employee, course, completed_on) with completed_on in the period, any role
-- denominator: none
-- polarity: higher_is_better
-- sub_goal: D2
-- reference: none
-- additive: course
-- portable: yes
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
period_completions AS (
    SELECT DISTINCT p.municipality, p.period, t.employee_id, t.course, t.completed_on
    FROM periods p
    JOIN core.training t ON t.municipality = p.municipality AND t.completed_on BETWEEN p.start_date AND p.end_date
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(*) AS n
    FROM period_completions GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'course=' || course, COUNT(*)
    FROM period_completions GROUP BY municipality, period, course
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'course=' || code
    FROM (VALUES ('basic'), ('advanced'), ('elected_day'), ('knowledge_day'), ('other')) AS k(code)
),
breakdowns AS (
    SELECT p.municipality, p.period, r.breakdown FROM periods p CROSS JOIN required r
    UNION
    SELECT municipality, period, breakdown FROM counts
)
SELECT b.municipality, b.period, b.breakdown,
       CAST(COALESCE(c.n, 0) AS DOUBLE PRECISION) AS numerator,
       CAST(NULL AS DOUBLE PRECISION) AS denominator,
       CAST(NULL AS DOUBLE PRECISION) AS value
FROM breakdowns b
LEFT JOIN counts c ON c.municipality = b.municipality AND c.period = b.period AND c.breakdown = b.breakdown
ORDER BY b.municipality, b.period, b.breakdown
