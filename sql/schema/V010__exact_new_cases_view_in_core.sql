-- V010: the exact new-cases view moves from mart to core; mart holds only what was published.
--
-- Purpose: new cases per half-year of a municipality next to its population and the national
--          reference, for reading with any SQL client (the README's example query). Its counts are
--          exact, so it belongs with the other exact data in core: since V009 the mart schema is the
--          publication ledger, and a BI tool reading mart.* must see only published, protected figures.
-- Inputs:  core.periods, core.cases, ref.municipalities, ref.population, ref.national_figures.
-- Outputs: core.new_cases_by_period, one row per loaded (municipality, period); drops
--          mart.new_cases_by_period (created by V004 and V007 in warehouses made before this version).
--
-- The view's one definition: V004 and V007 no longer create it, so a new warehouse and an upgraded
-- one end the same. new_cases is the contract's indicator new_cases (distinct persons with a case
-- row opened in the period). Population: total, both sexes, of the latest year <= the period's year.
-- The national reference is ref.national_figures indicator 'new_cases_per_10000', area 'riket',
-- sex 'T', all ages, for the same half-year (year = '2026H1'); an annual figure is not comparable
-- with a half-year, so none is substituted.
-- Exact counts (docs/contract.md#6-small-number-protection): anything published from this view must
-- go through small-number protection.

DROP VIEW IF EXISTS mart.new_cases_by_period;

CREATE VIEW core.new_cases_by_period AS
WITH new_cases AS (
    SELECT p.municipality,
           p.period,
           p.start_date,
           p.end_date,
           COUNT(DISTINCT c.person_id) AS new_cases
    FROM core.periods p
    LEFT JOIN core.cases c
           ON c.municipality = p.municipality
          AND c.opened BETWEEN p.start_date AND p.end_date
    GROUP BY p.municipality, p.period, p.start_date, p.end_date
),
population AS (
    SELECT n.municipality,
           n.period,
           pop.year,
           pop.population,
           ROW_NUMBER() OVER (PARTITION BY n.municipality, n.period ORDER BY pop.year DESC) AS newest
    FROM new_cases n
    JOIN ref.population pop
      ON pop.municipality_code = n.municipality
     AND pop.sex = 'T'
     AND pop.age_group = 'total'
     AND pop.year <= EXTRACT(YEAR FROM n.start_date)
)
SELECT n.municipality,
       m.municipality_name,
       n.period,
       n.start_date,
       n.end_date,
       n.new_cases,
       pop.population,
       pop.year AS population_year,
       CASE WHEN pop.population > 0 THEN 10000.0 * n.new_cases / pop.population END AS new_cases_per_10000,
       nat.value AS riket_new_cases_per_10000,
       nat.source AS riket_source
FROM new_cases n
LEFT JOIN ref.municipalities m
       ON m.municipality_code = n.municipality
LEFT JOIN population pop
       ON pop.municipality = n.municipality
      AND pop.period = n.period
      AND pop.newest = 1
LEFT JOIN ref.national_figures nat
       ON nat.indicator = 'new_cases_per_10000'
      AND nat.area = 'riket'
      AND nat.sex = 'T'
      AND nat.year = n.period
      AND nat.age_group = 'total';
