-- Baseline load of what the indicators need beside the facts (issue #8): the loaded periods of every
-- municipality and the population by age group from the seeds.
-- Inputs:  staging.cases (load_cases.sql); ${population} (seeds/population.csv); macros.sql.
-- Outputs: core.periods (municipality, period, period_start, period_end),
--          core.population (municipality, year, age_group, population; both sexes).
CREATE OR REPLACE TABLE core.periods AS
SELECT DISTINCT municipality, period, bench_period_start(period) AS period_start,
       bench_period_end(period) AS period_end
FROM staging.cases;
CREATE OR REPLACE TABLE core.population AS
SELECT municipality_code AS municipality, CAST(year AS INTEGER) AS year, age_group,
       CAST(population AS BIGINT) AS population
FROM read_csv('${population}', header = true, all_varchar = true)
WHERE sex = 'T';
