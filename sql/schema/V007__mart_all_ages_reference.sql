-- V007: the new-cases mart reads the national reference for all ages only.
--
-- Purpose: since V006, ref.national_figures may hold rates by age band beside the total; the mart's
--          join on (indicator, area, sex, year) would then return one row per band. Same view as
--          V004 otherwise.
-- Inputs:  core.periods, core.cases, ref.municipalities, ref.population, ref.national_figures.
-- Outputs: mart.new_cases_by_period, one row per loaded (municipality, period).

CREATE OR REPLACE VIEW mart.new_cases_by_period AS
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
