-- id: active_cases
-- title_sv: Personer med pågående ärende
-- title_en: Persons with an active case
-- description_sv: Antal personer med en ärenderad som var öppen någon dag under halvåret (öppnad senast sista dagen
--   och inte avslutad före första dagen), totalt och per roll. Ärenden som öppnats tidigare och fortsätter räknas.
-- description_en: Number of persons with a case row open on some day of the half-year (opened on or before its last
--   day and not closed before its first day), in total and by role. Cases carried over from earlier count.
-- unit: count
-- numerator: distinct persons with a case row with opened <= period end and (closed empty or closed >= period start)
-- denominator: none
-- polarity: neither
-- sub_goal: D3
-- reference: none
-- tests: none: a stock that counts the same persons in overlapping half-years (a case open over a half-year's
--  end counts in both), so consecutive values are not independent counts; the flow is tested in new_cases
-- portable: yes
--
-- A person may hold several roles, so the role parts do not add up to `all`.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
active_rows AS (
    SELECT p.municipality, p.period, c.person_id, c.role
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality
                     AND c.opened <= p.end_date
                     AND (c.closed IS NULL OR c.closed >= p.start_date)
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(DISTINCT person_id) AS n
    FROM active_rows GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'role=' || role, COUNT(DISTINCT person_id)
    FROM active_rows GROUP BY municipality, period, role
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'role=' || code FROM (VALUES ('victim'), ('child_victim'), ('child_witness'), ('perpetrator')) AS r(code)
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
