-- new_cases: Persons with a new case. What it means is in new_cases.yml.
--
-- A person may hold several roles, so the role parts do not add up to `all`. Each new victim is described once, by
-- their earliest victim row of the period (sex, and age band at that opening), so the sex and the age-band parts do
-- add up to `role=victim`. A missing sex or age band shows as `unknown` (only when it occurs). The crossed
-- cells `role=victim;sex=K;age_band=25-44` describe the same victims, so each sex's age bands add up to
-- `role=victim;sex=K` and each age band's sexes add up to `role=victim;age_band=25-44`: every sex × age band
-- appears, zeros included, over the contract's sexes and bands and any `unknown` that occurs in the period.
WITH periods AS (
    SELECT municipality, period, start_date, end_date FROM core.periods
),
new_rows AS (
    SELECT p.municipality, p.period, c.person_id, c.role, c.opened,
           COALESCE(c.sex, 'unknown') AS sex, COALESCE(c.age_band, 'unknown') AS age_band
    FROM periods p
    JOIN core.cases c ON c.municipality = p.municipality AND c.opened BETWEEN p.start_date AND p.end_date
),
victims AS (
    SELECT municipality, period, person_id, sex, age_band
    FROM (SELECT n.*, ROW_NUMBER() OVER (PARTITION BY municipality, period, person_id
                                         ORDER BY opened, sex, age_band) AS rn
          FROM new_rows n WHERE role = 'victim') first_victim_row
    WHERE rn = 1
),
counts AS (
    SELECT municipality, period, 'all' AS breakdown, COUNT(DISTINCT person_id) AS n
    FROM new_rows GROUP BY municipality, period
    UNION ALL
    SELECT municipality, period, 'role=' || role, COUNT(DISTINCT person_id)
    FROM new_rows GROUP BY municipality, period, role
    UNION ALL
    SELECT municipality, period, 'role=victim;sex=' || sex, COUNT(*)
    FROM victims GROUP BY municipality, period, sex
    UNION ALL
    SELECT municipality, period, 'role=victim;age_band=' || age_band, COUNT(*)
    FROM victims GROUP BY municipality, period, age_band
    UNION ALL
    SELECT municipality, period, 'role=victim;sex=' || sex || ';age_band=' || age_band, COUNT(*)
    FROM victims GROUP BY municipality, period, sex, age_band
),
victim_sexes AS (
    SELECT p.municipality, p.period, s.code
    FROM periods p CROSS JOIN (VALUES ('K'), ('M'), ('X')) AS s(code)
    UNION
    SELECT municipality, period, sex FROM victims
),
victim_age_bands AS (
    SELECT p.municipality, p.period, a.code
    FROM periods p CROSS JOIN (VALUES ('0-17'), ('18-24'), ('25-44'), ('45-64'), ('65-79'), ('80+')) AS a(code)
    UNION
    SELECT municipality, period, age_band FROM victims
),
required AS (
    SELECT 'all' AS breakdown
    UNION ALL
    SELECT 'role=' || code FROM (VALUES ('victim'), ('child_victim'), ('child_witness'), ('perpetrator')) AS r(code)
    UNION ALL
    SELECT 'role=victim;sex=' || code FROM (VALUES ('K'), ('M'), ('X')) AS s(code)
    UNION ALL
    SELECT 'role=victim;age_band=' || code
    FROM (VALUES ('0-17'), ('18-24'), ('25-44'), ('45-64'), ('65-79'), ('80+')) AS a(code)
),
breakdowns AS (
    SELECT p.municipality, p.period, r.breakdown FROM periods p CROSS JOIN required r
    UNION
    SELECT s.municipality, s.period, 'role=victim;sex=' || s.code || ';age_band=' || a.code
    FROM victim_sexes s
    JOIN victim_age_bands a ON a.municipality = s.municipality AND a.period = s.period
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
